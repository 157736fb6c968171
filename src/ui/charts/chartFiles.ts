/** The names of a chart's downloads and the pixel size its PNG is announced with. */
import { PNG_SCALE } from '../export/rasterize';

export type ChartFileKind = 'png' | 'svg' | 'csv';

/** `<stem>.<chart>.<ext>`, e.g. `golden-dome.yearly-chart.png`; "chart" stands in for a missing part. */
export function chartFileName(
  stem: string | undefined,
  chart: string | undefined,
  kind: ChartFileKind,
): string {
  return `${stem ?? 'chart'}.${chart ?? 'chart'}.${kind}`;
}

/** The PNG's size in pixels for an image of `width` × `height` CSS pixels. */
export function pngSize(image: { width: number; height: number }): { width: number; height: number } {
  return { width: image.width * PNG_SCALE, height: image.height * PNG_SCALE };
}
