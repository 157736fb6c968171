import { memo } from 'react';
/** Section 3: how Canada's share is set, what part is shared, and any credit. */
import {
  CANADA_ASKS,
  CONTEXT_RULES,
  contextRuleSharePct,
  Dec,
  defaultContext,
  defaultFx,
  findEstimate,
  NORAD_MODERNIZATION_CAD,
  plain,
  roundHalfEven,
  SHARE_RULE_SPECS,
  type ContextRuleName,
  type Currency,
  type Dollars,
  type ShareRuleName,
} from '../../core';
import { billionsShort, currencyUnit, dateText, decimalText, pctText } from '../../i18n';
import { useAppStore, type ScenarioForm } from '../../state';
import { useI18n } from '../useI18n';
import { AskPicker } from './AskPicker';
import { ChoiceGroup } from './ChoiceGroup';
import { NumberField } from './NumberField';
import { toScaled } from './scaled';

/** Canada's share (%) under each context rule with the default figures, to 2 places (core computes it). */
const RULE_PCT = Object.fromEntries(
  CONTEXT_RULES.map((rule) => [
    rule,
    plain(roundHalfEven(contextRuleSharePct(rule, defaultContext(), defaultFx()), 2)),
  ]),
) as Record<ContextRuleName, string>;
const PERCENT = SHARE_RULE_SPECS.percent.params.percent;
const ASKS = CANADA_ASKS.map((e) => ({
  billions: new Dec(e.amount).div('1e9').toString(),
  date: e.source.date,
}));
const NORAD_BILLIONS = toScaled(NORAD_MODERNIZATION_CAD.value, '1e9');

/** The dollar-year of the program on screen: the prices a constant amount or credit is in. */
function programDollarYear(form: ScenarioForm): string {
  if (form.costMode === 'custom') return form.customDollarYear;
  return String(findEstimate(form.estimateId)?.dollarYear ?? '');
}

export const ShareSection = memo(function ShareSection() {
  const { t, lang } = useI18n();
  const form = useAppStore((s) => s.form);
  const edit = useAppStore((s) => s.edit);
  const dollarsChoices = [
    { value: 'nominal', label: t('explain.choice.nominal'), hint: t('explain.choice.nominal.hint') },
    {
      value: 'constant',
      label: t('explain.choice.constant', { year: programDollarYear(form) }),
      hint: t('explain.choice.constant.hint'),
    },
  ] as const;
  // The rules given by context figures first, each with its share under the default figures.
  const choices: readonly { value: ShareRuleName; label: string; hint?: string }[] = [
    ...CONTEXT_RULES.map((rule) => ({
      value: rule,
      label: t(`calculator.share.${rule}`),
      hint: t(`calculator.share.${rule}.hint`, { pct: pctText(RULE_PCT[rule], lang) }),
    })),
    { value: 'percent', label: t('calculator.share.percent') },
    {
      value: 'fixed',
      label: t('calculator.share.fixed'),
      hint: t('calculator.share.fixed.hint', {
        a: billionsShort(ASKS[0]?.billions ?? '61', 'USD', lang),
        b: billionsShort(ASKS[1]?.billions ?? '71', 'USD', lang),
      }),
    },
  ];
  const askMarks = ASKS.map((a) => ({
    value: a.billions,
    label: t('calculator.share.mark.ask', {
      amount: decimalText(a.billions, lang),
      date: dateText(a.date, lang),
    }),
  }));
  return (
    <fieldset className="section">
      <legend>{t('calculator.share.legend')}</legend>
      <p className="section-note">{t('calculator.share.note')}</p>
      <AskPicker />
      <ChoiceGroup<ShareRuleName>
        legend={t('calculator.share.ruleLegend')}
        name="share-rule"
        value={form.shareRule}
        choices={choices}
        onChange={(shareRule) => edit('shareRule', { shareRule })}
      />
      {form.shareRule === 'percent' && (
        <NumberField
          label={t('calculator.field.sharePercent')}
          path="share.percent"
          unit={t('calculator.unit.pctShared')}
          value={form.sharePercent}
          min={PERCENT.min}
          max={PERCENT.max}
          step={0.1}
          marks={CONTEXT_RULES.map((rule) => ({
            value: RULE_PCT[rule],
            label: t(`calculator.share.mark.${rule}`, { pct: pctText(RULE_PCT[rule], lang) }),
          }))}
          onChange={(v) => edit('sharePercent', { sharePercent: v })}
        />
      )}
      {form.shareRule === 'fixed' && (
        <>
          <NumberField
            label={t('calculator.field.fixedAmount')}
            path="share.amount"
            unit={t('calculator.share.fixedUnit', { currency: currencyUnit(form.fixedCurrency, lang) })}
            value={form.fixedAmountBillions}
            min={0}
            max={1000}
            step={0.5}
            marks={form.fixedCurrency === 'USD' ? askMarks : []}
            onChange={(v) => edit('fixedAmountBillions', { fixedAmountBillions: v })}
          />
          <div className="select-field">
            <label htmlFor="fixed-currency">{t('calculator.share.fixedCurrency')}</label>
            <select
              id="fixed-currency"
              value={form.fixedCurrency}
              onChange={(e) => edit('fixedCurrency', { fixedCurrency: e.target.value as Currency })}
            >
              <option value="USD">{t('calculator.currency.USD')}</option>
              <option value="CAD">{t('calculator.currency.CAD')}</option>
            </select>
          </div>
          <ChoiceGroup<Dollars>
            legend={t('explain.fixedDollars.legend')}
            name="fixed-dollars"
            value={form.fixedAmountDollars}
            choices={dollarsChoices}
            onChange={(fixedAmountDollars) => edit('fixedAmountDollars', { fixedAmountDollars })}
          />
        </>
      )}
      <NumberField
        label={t('calculator.field.coveredPct')}
        path="share.coveredPct"
        unit={t('calculator.share.coveredUnit')}
        value={form.coveredPct}
        min={0}
        max={100}
        step={1}
        hint={t('calculator.share.coveredHint')}
        onChange={(v) => edit('coveredPct', { coveredPct: v })}
      />
      <NumberField
        label={t('calculator.field.creditCad')}
        unit={t('calculator.unit.billions', { currency: currencyUnit('CAD', lang) })}
        value={form.creditCadBillions}
        min={0}
        max={200}
        step={0.1}
        marks={[
          {
            value: NORAD_BILLIONS,
            label: t('calculator.share.creditMark', { amount: billionsShort(NORAD_BILLIONS, 'CAD', lang) }),
          },
        ]}
        hint={t('calculator.share.creditHint')}
        onChange={(v) => edit('creditCadBillions', { creditCadBillions: v })}
      />
      {!/^[0.\s]*$/.test(form.creditCadBillions) && (
        <ChoiceGroup<Dollars>
          legend={t('explain.creditDollars.legend')}
          name="credit-dollars"
          value={form.creditDollars}
          choices={dollarsChoices}
          onChange={(creditDollars) => edit('creditDollars', { creditDollars })}
        />
      )}
    </fieldset>
  );
});
