/**
 * A chart's download menu: PNG (2×, its pixel size stated), SVG, copy as image where the browser
 * allows it, and the CSV of the numbers drawn. A disclosure button ("Download chart: <title>") opens
 * a group of plain buttons under the chart's heading; Escape closes it and returns focus. Every file
 * is made at the moment of the click from what the chart shows then, so it is never stale.
 */
import { useCallback, useEffect, useId, useRef, useState, type RefObject } from 'react';
import { upToDigits } from '../../i18n';
import { toCsv } from '../../io';
import { downloadBlob, downloadText } from '../download';
import { buildChartImage, type ChartImage, type LegendEntry } from '../export/chartImage';
import { useChartExportInfo } from '../export/context';
import { canCopyImage, copyPng, PNG_SCALE, svgToPng } from '../export/rasterize';
import { useI18n } from '../useI18n';
import type { TableSpec } from './DataTable';
import type { Lazy } from './describe';

export interface ChartDownloadsProps {
  readonly title: string;
  readonly summary: string;
  readonly table: Lazy<TableSpec>;
  /** The chart's section: its drawing, note and legend are read from it. */
  readonly frame: RefObject<HTMLElement | null>;
  /** The chart is shown as its table: there is no drawing to make an image of. */
  readonly asTable: boolean;
}

function legendOf(frame: HTMLElement): LegendEntry[] {
  return [...frame.querySelectorAll('.chart-legend li')].map((li) => ({
    swatch: li.querySelector('svg'),
    label: (li.textContent ?? '').trim(),
  }));
}

/** Builds the image of the chart in `frame` as it is drawn now; undefined without a drawing. */
function useImage(props: ChartDownloadsProps): () => ChartImage | undefined {
  const info = useChartExportInfo();
  const { title, summary, frame } = props;
  return useCallback(() => {
    const section = frame.current;
    const plot = section?.querySelector<SVGSVGElement>(
      '.chart-plot svg.recharts-surface, .chart-plot svg.year-plot-svg',
    );
    if (!section || !plot || !info) return undefined;
    const note = section.querySelector('.chart-note')?.textContent ?? '';
    const text = { title, summary, note, ...info };
    return buildChartImage(plot, legendOf(section), text, getComputedStyle(section).fontFamily);
  }, [frame, title, summary, info]);
}

const CSV = 'text/csv;charset=utf-8';

export function ChartDownloads(props: ChartDownloadsProps) {
  const { title, table, asTable } = props;
  const { t, lang } = useI18n();
  const info = useChartExportInfo();
  const image = useImage(props);
  const menuId = useId();
  const toggle = useRef<HTMLButtonElement>(null);
  const [open, setOpen] = useState(false);
  const [status, setStatus] = useState('');
  const [px, setPx] = useState<{ width: number; height: number }>();
  const name = () => table().csv?.name ?? 'chart';
  const file = (ext: string) => `${info?.fileStem ?? 'chart'}.${name()}.${ext}`;

  // The stated size follows the drawing while the menu is open (a new scenario, another width).
  useEffect(() => {
    if (!open || asTable) return;
    const built = image();
    setPx(built && { width: built.width * PNG_SCALE, height: built.height * PNG_SCALE });
  }, [open, asTable, image, lang]);

  const done = (key: 'export.saved', f: string) => setStatus(t(key, { file: f }));
  const png = async () => {
    const built = image();
    if (!built) return;
    try {
      downloadBlob(file('png'), await svgToPng(built));
      done('export.saved', file('png'));
    } catch {
      setStatus(t('export.failed'));
    }
  };
  const svg = () => {
    const built = image();
    if (!built) return;
    downloadBlob(file('svg'), new Blob([built.svg], { type: 'image/svg+xml' }));
    done('export.saved', file('svg'));
  };
  const copy = async () => {
    const built = image();
    if (!built) return;
    try {
      await copyPng(svgToPng(built));
      setStatus(t('export.copied'));
    } catch {
      setStatus(t('export.copyFailed'));
    }
  };
  const csv = () => {
    const spec = table().csv;
    if (!spec) return;
    downloadText(file('csv'), toCsv(spec.header, spec.rows), CSV);
    done('export.saved', file('csv'));
  };

  // As toLocaleString writes a number: at most 3 decimals.
  const count = (n: number) => upToDigits(n, 3, lang);
  const label = t('export.menuLabel', { title });
  // Out-of-date charts (the inputs cannot be computed) are not offered: what leaves is always current.
  if (!info) return null;
  return (
    <div className="chart-downloads no-print">
      <button
        ref={toggle}
        type="button"
        className="chart-downloads-toggle"
        aria-expanded={open}
        aria-controls={menuId}
        aria-label={label}
        onClick={() => setOpen((v) => !v)}
      >
        {t('export.menu')}
      </button>
      <div
        id={menuId}
        className="chart-downloads-menu"
        role="group"
        aria-label={label}
        hidden={!open}
        onKeyDown={(e) => {
          if (e.key !== 'Escape') return;
          setOpen(false);
          toggle.current?.focus();
        }}
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
      </div>
    </div>
  );
}
