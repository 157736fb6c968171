/**
 * The frame every chart sits in: a titled section, a "Show as table" / "Show as chart" button, the
 * drawing (role="img" with a one-sentence summary) or, when switched, an accessible table with the
 * same numbers. The button is a plain button whose label says what it will do, not a toggle with
 * aria-pressed: a toggle's label must stay the same, and "Show as table, pressed" over a table reads wrong.
 * Every chart has a download menu (ChartDownloads): PNG, SVG, copy as image, and its CSV; the
 * results' charts an "Embed" button (ChartEmbed). In an embed, a lead (the scenario) follows the title.
 */
import { useContext, useId, useRef, useState, type ReactNode } from 'react';
import type { EmbedChart } from '../embed/embedCharts';
import { ChartLeadContext } from '../embed/embedContext';
import { useI18n } from '../useI18n';
import { ChartDownloads } from './ChartDownloads';
import { ChartEmbed } from './ChartEmbed';
import { DataTable, type TableSpec } from './DataTable';
import type { Lazy } from './describe';
import './charts.css';

export interface ChartFrameProps {
  /** Title with units, e.g. "Yearly cost, US$ billions (nominal)". */
  readonly title: string;
  /** What the chart shows, read by screen readers in place of the drawing. */
  readonly summary: string;
  /** The table that replaces the drawing, made when shown or downloaded. */
  readonly table: Lazy<TableSpec>;
  /** Pixel height of the drawing. */
  readonly height: number;
  /** A legend in HTML text, shown under the drawing. */
  readonly legend?: ReactNode;
  /** A short note under the title (assumptions, sources). */
  readonly note?: ReactNode;
  /** Options for the drawing (a scale), next to the table switch. */
  readonly controls?: ReactNode;
  /** Its name in an embed address (`?embed=<name>`), for its "Embed" button; none: not embeddable. */
  readonly embed?: EmbedChart;
  readonly children: ReactNode;
}

export function ChartFrame(props: ChartFrameProps) {
  const { title, summary, table, height, legend, note, controls, embed, children } = props;
  const lead = useContext(ChartLeadContext);
  const { t } = useI18n();
  const headingId = useId();
  const [asTable, setAsTable] = useState(false);
  const frame = useRef<HTMLElement>(null);
  return (
    <section className="chart" aria-labelledby={headingId} ref={frame}>
      <div className="chart-head">
        <h3 id={headingId}>{title}</h3>
        {controls}
        <button type="button" className="chart-toggle" onClick={() => setAsTable((v) => !v)}>
          {asTable ? t('charts.showChart') : t('charts.showTable')}
        </button>
        <ChartDownloads title={title} summary={summary} table={table} frame={frame} asTable={asTable} />
        {embed && <ChartEmbed chart={embed} title={title} />}
      </div>
      {lead}
      {note ? <p className="chart-note">{note}</p> : null}
      {asTable ? (
        <DataTable {...table()} />
      ) : (
        <>
          <div className="chart-plot" role="img" aria-label={summary} style={{ height }}>
            {children}
          </div>
          {legend}
        </>
      )}
    </section>
  );
}
