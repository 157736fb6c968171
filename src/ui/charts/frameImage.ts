/**
 * A chart frame's image as it is drawn now: its drawing (recharts' SVG or YearPlot's), note and
 * legend read from the frame's DOM and composed by buildChartImage.
 */
import { buildChartImage, type ChartImage, type LegendEntry } from '../export/chartImage';
import type { ChartExportInfo } from '../export/context';

/** The legend's items: each one's swatch and words. */
function legendOf(frame: HTMLElement): LegendEntry[] {
  return [...frame.querySelectorAll('.chart-legend li')].map((li) => ({
    swatch: li.querySelector('svg'),
    label: (li.textContent ?? '').trim(),
  }));
}

/** The image of the chart in `section`; undefined without a drawing or without export info. */
export function frameImage(
  section: HTMLElement | null,
  title: string,
  summary: string,
  info: ChartExportInfo | null,
): ChartImage | undefined {
  const plot = section?.querySelector<SVGSVGElement>(
    '.chart-plot svg.recharts-surface, .chart-plot svg.year-plot-svg',
  );
  if (!section || !plot || !info) return undefined;
  const note = section.querySelector('.chart-note')?.textContent ?? '';
  const text = { title, summary, note, ...info };
  return buildChartImage(plot, legendOf(section), text, getComputedStyle(section).fontFamily);
}
