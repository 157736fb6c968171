/**
 * Canada asks (Trump's US$61B and US$71B): a share, not a program cost. Choosing one sets the
 * fixed-amount rule to it, in constant dollars (the asks were stated in 2025 against the 2025-dollar
 * US$175B), against the program on screen — or against US$175B when the base cost is an ask — and
 * says so in a notice.
 */
import {
  askOfShare,
  ASKS_SET_AGAINST_ID,
  CANADA_ASKS,
  Dec,
  findEstimate,
  isProgramEstimate,
  type Estimate,
} from '../../core';
import { getAppStore, useAppStore, type ScenarioForm } from '../../state';
import { useFormFields } from '../../state/formFields';
import { useI18n } from '../useI18n';
import { estimateLabel } from '../../i18n';

const BILLION = new Dec('1e9');

/** The form's fixed share as a rule, to find the ask it is (if any). */
function askOfForm(
  form: Pick<ScenarioForm, 'shareRule' | 'fixedAmountBillions' | 'fixedCurrency'>,
): Estimate | undefined {
  if (form.shareRule !== 'fixed') return undefined;
  try {
    const amount = new Dec(form.fixedAmountBillions).times(BILLION);
    return askOfShare({ rule: 'fixed', amount, currency: form.fixedCurrency });
  } catch {
    return undefined; // not a number yet: the field shows its own message
  }
}

export function AskPicker() {
  const { t, lang } = useI18n();
  const current = askOfForm(useFormFields('shareRule', 'fixedAmountBillions', 'fixedCurrency'));
  const edit = useAppStore((s) => s.edit);
  const setNotice = useAppStore((s) => s.setNotice);
  const choose = (ask: Estimate) => {
    // The rest of the form is read at the choice: the picker does not redraw on every edit.
    const { form } = getAppStore().getState();
    const onScreen = form.costMode === 'estimate' ? findEstimate(form.estimateId) : undefined;
    // An ask is never the program: with one as the base cost, the asks' own US$175B takes its place.
    const program = onScreen && !isProgramEstimate(onScreen) ? findEstimate(ASKS_SET_AGAINST_ID) : undefined;
    const cost = program
      ? {
          costMode: 'estimate' as const,
          estimateId: program.id,
          startYear: String(program.defaultStartYear),
          years: String(program.defaultYears),
        }
      : {};
    edit('ask', {
      shareRule: 'fixed',
      fixedAmountBillions: new Dec(ask.amount).div(BILLION).toString(),
      fixedCurrency: ask.currency,
      fixedAmountDollars: 'constant',
      ...cost,
    });
    const shown = program ?? onScreen;
    setNotice({
      kind: 'info',
      key: 'explain.notice.ask',
      params: {
        billions: new Dec(ask.amount).div(BILLION).toString(),
        date: ask.source.date,
        year: ask.dollarYear,
        program: shown ? estimateLabel(shown, lang) : form.customLabel,
      },
    });
  };
  return (
    <div className="select-field">
      <label htmlFor="ask">{t('explain.ask.label')}</label>
      <select
        id="ask"
        aria-describedby="ask-hint"
        value={current?.id ?? ''}
        onChange={(e) => {
          const ask = CANADA_ASKS.find((a) => a.id === e.target.value);
          if (ask) choose(ask);
        }}
      >
        {!current && <option value="">{t('explain.ask.none')}</option>}
        {CANADA_ASKS.map((a) => (
          <option key={a.id} value={a.id}>
            {estimateLabel(a, lang)}
          </option>
        ))}
      </select>
      <p id="ask-hint" className="field-hint">
        {t('explain.ask.hint')}
      </p>
    </div>
  );
}
