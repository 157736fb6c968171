/** The headline numbers of the current scenario, each with its unit. */
import { reportFor } from '../reportFor';
import type { ShownResult } from '../shownResult';
import { useI18n } from '../useI18n';
import { inCurrency, outlookPeakText } from './summaryText';
import { formatMoney, formatPct } from '../../i18n';

interface Card {
  readonly label: string;
  readonly value: string;
  readonly detail?: string;
}

export function SummaryCards({ result, currency, dollars }: ShownResult) {
  const { t, lang } = useI18n();
  const { totals } = reportFor(result, dollars);
  const money = (usd: Parameters<typeof inCurrency>[0]) =>
    formatMoney(inCurrency(usd, currency, result), currency, lang);
  const dollarsWords =
    dollars === 'nominal'
      ? t('calculator.cards.nominal')
      : t('calculator.cards.constant', { year: result.base.dollarYear });
  const cards: Card[] = [
    { label: t('calculator.cards.program'), value: money(totals.programUsd), detail: dollarsWords },
    {
      label: t('calculator.cards.canada'),
      value: formatMoney(totals.canadaCad, 'CAD', lang),
      detail: formatMoney(totals.canadaUsd, 'USD', lang),
    },
    {
      label: t('calculator.cards.perPerson'),
      value: formatMoney(totals.canadaCadPerPerson, 'CAD', lang),
      detail: t('calculator.cards.perPerson.detail'),
    },
    {
      label: t('calculator.cards.share'),
      value: formatPct(totals.canadaSharePct, 2, lang),
      detail: t('calculator.cards.share.detail'),
    },
    {
      label: t('calculator.cards.us'),
      value: money(totals.usUsd),
      detail: t('calculator.cards.us.detail', { amount: formatMoney(totals.usPerPersonUsd, 'USD', lang) }),
    },
    {
      label: t('calculator.cards.pv'),
      value: money(totals.presentValueUsd),
      // Present value discounts nominal spending: in the constant-dollar view it says it is not constant.
      detail: t(dollars === 'nominal' ? 'calculator.cards.pv.detail' : 'calculator.cards.pv.detailConstant', {
        year: result.scenario.startYear,
        rate: formatPct(
          result.scenario.discountRatePct,
          result.scenario.discountRatePct.decimalPlaces(),
          lang,
        ),
      }),
    },
    {
      label: t('calculator.cards.peak'),
      value: formatPct(totals.canadaPeakPctOfDefenceBudget, 1, lang),
      // With an outlook the budget changes year by year: the card says which budget, and the pledge's part.
      detail:
        result.scenario.outlook === undefined
          ? t('calculator.cards.peak.detail', { year: totals.canadaPeakYear })
          : outlookPeakText(totals, lang),
    },
  ];
  return (
    <dl className="cards" aria-label={t('calculator.cards.label')}>
      {cards.map((c) => (
        <div className="card" key={c.label}>
          <dt>{c.label}</dt>
          <dd>
            <span className="card-value">{c.value}</span>
            {c.detail && <span className="card-detail">{c.detail}</span>}
          </dd>
        </div>
      ))}
    </dl>
  );
}
