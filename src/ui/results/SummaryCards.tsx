/** The headline numbers of the current scenario, each with its unit. */
import { buildReport, type Dollars, type ScenarioResult } from '../../core';
import { formatMoney, formatPct } from '../../i18n/format';
import type { DisplayCurrency } from '../../state';
import { inCurrency } from './summaryText';

interface Card {
  readonly label: string;
  readonly value: string;
  readonly detail?: string;
}

export function SummaryCards({
  result,
  currency,
  dollars,
}: {
  result: ScenarioResult;
  currency: DisplayCurrency;
  dollars: Dollars;
}) {
  const { totals } = buildReport(result, dollars);
  const money = (usd: Parameters<typeof inCurrency>[0]) =>
    formatMoney(inCurrency(usd, currency, result), currency);
  const dollarsWords =
    dollars === 'nominal' ? 'nominal dollars' : `constant ${result.base.dollarYear} dollars`;
  const cards: Card[] = [
    { label: 'Program total', value: money(totals.programUsd), detail: dollarsWords },
    {
      label: 'Canada’s total',
      value: formatMoney(totals.canadaCad, 'CAD'),
      detail: `${formatMoney(totals.canadaUsd, 'USD')}`,
    },
    {
      label: 'Canada per person',
      value: formatMoney(totals.canadaCadPerPerson, 'CAD'),
      detail: 'over the whole period',
    },
    {
      label: 'Canada’s effective share',
      value: formatPct(totals.canadaSharePct),
      detail: 'of the whole program',
    },
    {
      label: 'US total',
      value: money(totals.usUsd),
      detail: `${formatMoney(totals.usPerPersonUsd, 'USD')} per American`,
    },
    {
      label: 'Present value',
      value: money(totals.presentValueUsd),
      detail: `whole program at ${result.scenario.startYear}, discounted at ${result.scenario.discountRatePct.toString()}%`,
    },
    {
      label: 'Canada’s peak year',
      value: `${formatPct(totals.canadaPeakPctOfDefenceBudget, 1)} of its defence budget`,
      detail: `in ${totals.canadaPeakYear}`,
    },
  ];
  return (
    <dl className="cards" aria-label="Summary">
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
