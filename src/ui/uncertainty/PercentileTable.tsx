/** The percentiles of each simulated total, as a table that scrolls sideways in its own box. */
import { useId } from 'react';
import { PERCENTILE_KEYS } from '../../core';
import { formatMoney, formatPct } from '../../i18n';
import { useI18n } from '../useI18n';
import type { PercentileRow } from './outcomes';

export function PercentileTable({ rows }: { rows: readonly PercentileRow[] }) {
  const { t, lang } = useI18n();
  const captionId = useId();
  // A wide table scrolls sideways in its own box, which the keyboard can reach and scroll.
  return (
    <div className="table-wrap" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table>
        <caption id={captionId}>{t('calculator.outcomes.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('calculator.outcomes.total')}</th>
            {PERCENTILE_KEYS.map((k) => (
              <th scope="col" key={k}>
                {k === 'p50'
                  ? t('calculator.outcomes.median')
                  : t('calculator.outcomes.percentile', { n: k.slice(1) })}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.label}>
              <th scope="row">{t(r.label)}</th>
              {PERCENTILE_KEYS.map((k) => (
                <td key={k}>
                  {r.unit === 'pct' ? formatPct(r.p[k], 2, lang) : formatMoney(r.p[k], r.unit, lang)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
