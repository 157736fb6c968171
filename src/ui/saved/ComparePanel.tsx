/** Two to four saved scenarios side by side: a table of totals, a chart, and a sentence for each. */
import { useId, useMemo } from 'react';
import { type ScenarioResult } from '../../core';
import { useAppStore } from '../../state';
import { reportFor } from '../reportFor';
import { CompareChart } from '../lazyCharts';
import { inCurrency, summarySentence } from '../results/summaryText';
import { useI18n } from '../useI18n';
import { ChartExportContext } from '../export/context';
import { compareExportInfo } from '../export/exportInfo';
import { PrintCompareButton } from '../report/ReportParts';
import { formatMoney, formatPct } from '../../i18n';

export function ComparePanel({ items }: { items: readonly { name: string; result: ScenarioResult }[] }) {
  const { t, lang } = useI18n();
  const currency = useAppStore((s) => s.currency);
  const dollars = useAppStore((s) => s.dollars);
  const captionId = useId();
  const exportInfo = useMemo(
    () => compareExportInfo(items, currency, dollars, lang),
    [items, currency, dollars, lang],
  );
  if (items.length < 2) return null;
  return (
    <section className="panel compare-panel" aria-labelledby="compare-heading">
      <h2 id="compare-heading">{t('calculator.compare.title', { count: items.length })}</h2>
      {/* A wide table scrolls sideways in its own box, which the keyboard can reach and scroll. */}
      <div className="table-wrap" role="region" aria-labelledby={captionId} tabIndex={0}>
        <table>
          <caption id={captionId}>
            {t('calculator.compare.caption', {
              currency: t(`calculator.view.${currency}`),
              dollars: t(`calculator.dollars.${dollars}`),
            })}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('calculator.compare.scenario')}</th>
              <th scope="col">{t('calculator.compare.program')}</th>
              <th scope="col">{t('calculator.compare.canada')}</th>
              <th scope="col">{t('calculator.compare.share')}</th>
              <th scope="col">{t('calculator.compare.perPerson')}</th>
              <th scope="col">{t('calculator.compare.us')}</th>
            </tr>
          </thead>
          <tbody>
            {items.map(({ name, result }, i) => {
              const totals = reportFor(result, dollars).totals;
              return (
                <tr key={`${i}-${name}`}>
                  <th scope="row">{name}</th>
                  <td>{formatMoney(inCurrency(totals.programUsd, currency, result), currency, lang)}</td>
                  <td>{formatMoney(totals.canadaCad, 'CAD', lang)}</td>
                  <td>{formatPct(totals.canadaSharePct, 2, lang)}</td>
                  <td>{formatMoney(totals.canadaCadPerPerson, 'CAD', lang)}</td>
                  <td>{formatMoney(inCurrency(totals.usUsd, currency, result), currency, lang)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <ChartExportContext.Provider value={exportInfo}>
        <CompareChart items={items} currency={currency} dollars={dollars} />
      </ChartExportContext.Provider>
      <div className="button-row no-print">
        <PrintCompareButton />
      </div>
      <ul className="sentences">
        {items.map(({ name, result }, i) => (
          <li key={`${i}-${name}`}>
            <strong>{t('calculator.compare.sentence', { name })}</strong>{' '}
            {summarySentence(result, currency, dollars, lang)}
          </li>
        ))}
      </ul>
    </section>
  );
}
