/**
 * What a chart's download menu does: each file is made at the moment of the click from what the
 * chart shows then (so it is never stale), and the outcome is said in the menu's status line. The
 * PNG's stated size follows the drawing while the menu is open.
 */
import { useCallback, useEffect, useState, type RefObject } from 'react';
import { toCsv } from '../../io';
import { downloadBlob, downloadText } from '../download';
import type { ChartImage } from '../export/chartImage';
import { useChartExportInfo, type ChartExportInfo } from '../export/context';
import { copyPng, svgToPng } from '../export/rasterize';
import { useI18n } from '../useI18n';
import { chartFileName, pngSize, type ChartFileKind } from './chartFiles';
import type { TableSpec } from './DataTable';
import type { Lazy } from './describe';
import { frameImage } from './frameImage';

const CSV = 'text/csv;charset=utf-8';

export interface ChartDownloadsProps {
  readonly title: string;
  readonly summary: string;
  readonly table: Lazy<TableSpec>;
  /** The chart's section: its drawing, note and legend are read from it. */
  readonly frame: RefObject<HTMLElement | null>;
  /** The chart is shown as its table: there is no drawing to make an image of. */
  readonly asTable: boolean;
}

interface ChartDownloadsInput extends ChartDownloadsProps {
  /** The menu is open: the PNG's stated size is kept up to date. */
  readonly open: boolean;
}

export interface ChartDownloads {
  /** null: the chart is out of date and nothing is offered. */
  readonly info: ChartExportInfo | null;
  /** The PNG's size once measured. */
  readonly px: { width: number; height: number } | undefined;
  /** The last outcome, in words ("Saved …", "Could not …"). */
  readonly status: string;
  readonly png: () => Promise<void>;
  readonly svg: () => void;
  readonly copy: () => Promise<void>;
  readonly csv: () => void;
}

export function useChartDownloads({
  title,
  summary,
  table,
  frame,
  asTable,
  open,
}: ChartDownloadsInput): ChartDownloads {
  const { t, lang } = useI18n();
  const info = useChartExportInfo();
  const [status, setStatus] = useState('');
  const [px, setPx] = useState<{ width: number; height: number }>();
  const image = useCallback(
    (): ChartImage | undefined => frameImage(frame.current, title, summary, info),
    [frame, title, summary, info],
  );
  const file = (kind: ChartFileKind) => chartFileName(info?.fileStem, table().csv?.name, kind);
  const saved = (f: string) => setStatus(t('export.saved', { file: f }));

  // The stated size follows the drawing while the menu is open (a new scenario, another width).
  useEffect(() => {
    if (!open || asTable) return;
    const built = image();
    setPx(built && pngSize(built));
  }, [open, asTable, image, lang]);

  const png = async () => {
    const built = image();
    if (!built) return;
    try {
      downloadBlob(file('png'), await svgToPng(built));
      saved(file('png'));
    } catch {
      setStatus(t('export.failed'));
    }
  };
  const svg = () => {
    const built = image();
    if (!built) return;
    downloadBlob(file('svg'), new Blob([built.svg], { type: 'image/svg+xml' }));
    saved(file('svg'));
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
    saved(file('csv'));
  };
  return { info, px, status, png, svg, copy, csv };
}
