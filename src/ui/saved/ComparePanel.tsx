/** Two to four saved scenarios side by side: a table of totals, a chart, and a sentence for each. */
import { buildReport, type ScenarioResult } from '../../core';
import { formatMoney, formatPct } from '../../i18n/format';
import { useAppStore } from '../../state';
import { CompareChart } from '../lazyCharts';
import { inCurrency, summarySentence } from '../results/summaryText';

export function ComparePanel({ items }: { items: readonly { name: string; result: ScenarioResult }[] }) {
  const currency = useAppStore((s) => s.currency);
  const dollars = useAppStore((s) => s.dollars);
  if (items.length < 2) return null;
  return (
    <section className="panel" aria-labelledby="compare-heading">
      <h2 id="compare-heading">Comparing {items.length} scenarios</h2>
      <div className="table-wrap">
        <table>
          <caption>
            Totals in {currency === 'USD' ? 'US' : 'Canadian'} dollars ({dollars}); Canada’s total always in
            C$
          </caption>
          <thead>
            <tr>
              <th scope="col">Scenario</th>
              <th scope="col">Program total</th>
              <th scope="col">Canada’s total (C$)</th>
              <th scope="col">Canada’s share</th>
              <th scope="col">Canada per person (C$)</th>
              <th scope="col">US total</th>
            </tr>
          </thead>
          <tbody>
            {items.map(({ name, result }) => {
              const t = buildReport(result, dollars).totals;
              return (
                <tr key={name}>
                  <th scope="row">{name}</th>
                  <td>{formatMoney(inCurrency(t.programUsd, currency, result), currency)}</td>
                  <td>{formatMoney(t.canadaCad, 'CAD')}</td>
                  <td>{formatPct(t.canadaSharePct)}</td>
                  <td>{formatMoney(t.canadaCadPerPerson, 'CAD')}</td>
                  <td>{formatMoney(inCurrency(t.usUsd, currency, result), currency)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <CompareChart items={items} currency={currency} dollars={dollars} />
      <ul className="sentences">
        {items.map(({ name, result }) => (
          <li key={name}>
            <strong>{name}:</strong> {summarySentence(result, currency, dollars)}
          </li>
        ))}
      </ul>
    </section>
  );
}
