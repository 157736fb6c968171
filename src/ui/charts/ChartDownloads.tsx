/**
 * A chart's download menu: PNG (2×, its pixel size stated), SVG, copy as image where the browser
 * allows it, and the CSV of the numbers drawn. A disclosure button ("Download chart: <title>") opens
 * a group of plain buttons under the chart's heading; Escape closes it and returns focus. Every file
 * is made at the moment of the click from what the chart shows then, so it is never stale.
 */
import { useState } from 'react';
import { upToDigits } from '../../i18n';
import { canCopyImage } from '../export/rasterize';
import { useI18n } from '../useI18n';
import { Disclosure } from './Disclosure';
import { useChartDownloads, type ChartDownloadsProps } from './useChartDownloads';

export function ChartDownloads(props: ChartDownloadsProps) {
  const { title, table, asTable } = props;
  const { t, lang } = useI18n();
  const [open, setOpen] = useState(false);
  const { info, px, status, png, svg, copy, csv } = useChartDownloads({ ...props, open });

  // As toLocaleString writes a number: at most 3 decimals.
  const count = (n: number) => upToDigits(n, 3, lang);
  const label = t('export.menuLabel', { title });
  // Out-of-date charts (the inputs cannot be computed) are not offered: what leaves is always current.
  if (!info) return null;
  return (
    <Disclosure
      name="chart-downloads"
      panelClass="chart-downloads-menu"
      label={label}
      button={t('export.menu')}
      open={open}
      onToggle={() => setOpen((v) => !v)}
      onClose={() => setOpen(false)}
    >
      {asTable ? (
        <p className="hint">{t('export.asTable')}</p>
      ) : (
        <>
          <button type="button" onClick={() => void png()}>
            {px ? t('export.png', { width: count(px.width), height: count(px.height) }) : 'PNG'}
          </button>
          <button type="button" onClick={svg}>
            {t('export.svg')}
          </button>
          {canCopyImage() && (
            <button type="button" onClick={() => void copy()}>
              {t('export.copy')}
            </button>
          )}
        </>
      )}
      {open && table().csv && (
        <button type="button" onClick={csv}>
          {t('export.csv')}
        </button>
      )}
      <p role="status" className="hint chart-downloads-status">
        {status}
      </p>
    </Disclosure>
  );
}
