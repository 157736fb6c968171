/**
 * What a chart needs to say about itself once it leaves the page: the scenario it belongs to, its
 * one-sentence summary, where the figure comes from, the money's currency and dollars, and the
 * file name stem. Provided by the view that shows the charts (the results, the comparison), read by
 * ChartFrame's download menu at the moment of the download, so an image is never of a stale scenario.
 */
import { createContext, useContext } from 'react';

export interface ChartExportInfo {
  /** The scenario's name, as the page shows it. */
  readonly name: string;
  /** The scenario's one-sentence summary. */
  readonly sentence: string;
  /** "Source: CBO, 2025-05-05 · Golden Dome cost calculator". */
  readonly source: string;
  /** "Money in US dollars, nominal (as spent each year)." */
  readonly units: string;
  /** File names start with it: `<stem>.<chart>.png`. */
  readonly fileStem: string;
}

/** null: the charts are of a scenario that is no longer the current one (out of date): no downloads. */
export const ChartExportContext = createContext<ChartExportInfo | null | undefined>(undefined);

/** The info of the nearest provider; a chart outside any (a test) still downloads, with a plain name. */
export function useChartExportInfo(): ChartExportInfo | null {
  const info = useContext(ChartExportContext);
  return info === undefined ? FALLBACK : info;
}

const FALLBACK: ChartExportInfo = { name: '', sentence: '', source: '', units: '', fileStem: 'chart' };
