/**
 * The shapes of a chart over years, in pixels on a yearScale: stacked columns (each series on the
 * ones below it), an area's line and fill, the year under the pointer and where its tooltip goes.
 * Pure arithmetic; YearPlot draws them.
 */
import type { YearScale } from './yearScale';

/** One series of a stack of columns, bottom first. */
export interface BarLayer {
  readonly key: string;
  readonly values: readonly number[];
  readonly fill: string;
  readonly stroke?: string;
}

/** A line through each year's value with a dot per year, over a light fill down to zero unless `filled` is false. */
export interface AreaLayer {
  readonly values: readonly number[];
  readonly colour: string;
  readonly filled?: boolean;
}

/** A value per year drawn over columns as a step line (a path a value is set against), labelled right of the plot. */
export interface LineLayer {
  readonly key: string;
  readonly values: readonly number[];
  readonly colour: string;
  readonly dashed?: boolean;
  /** Text right of the plot, level with the last year's value. */
  readonly label?: string;
}

/** A band between a low and a high value per year (a range of outcomes), both edges drawn. */
export interface BandLayer {
  readonly key: string;
  readonly low: readonly number[];
  readonly high: readonly number[];
  readonly fill: string;
  readonly edge: string;
  readonly dashed?: boolean;
}

/** One rectangle of a stack, keyed by its year. */
export interface ColumnRect {
  readonly year: number;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/**
 * Each layer's rectangles, bottom layer first: a value sits on the sum of the layers below it in
 * its year; a negative or missing value counts as zero, and a zero-height rectangle is left out.
 */
export function stackColumns(
  years: readonly number[],
  layers: readonly { readonly values: readonly number[] }[],
  scale: YearScale,
): ColumnRect[][] {
  const inset = (scale.band - scale.barWidth) / 2;
  const bases = years.map(() => 0);
  return layers.map((layer) =>
    years.flatMap((year, i) => {
      const value = Math.max(0, layer.values[i] ?? 0);
      const base = bases[i] ?? 0;
      bases[i] = base + value;
      const top = scale.y(base + value);
      const height = scale.y(base) - top;
      return height > 0
        ? [{ year, x: scale.bandStart(i) + inset, y: top, width: scale.barWidth, height }]
        : [];
    }),
  );
}

/** An area's line through each year's value and its fill down to zero, as SVG path data; null with no years. */
export function areaPaths(
  years: readonly number[],
  values: readonly number[],
  scale: YearScale,
): { line: string; fill: string } | null {
  const points = years.map((_, i) => `${scale.x(i)},${scale.y(values[i] ?? 0)}`);
  if (points.length === 0) return null;
  const line = `M${points.join('L')}`;
  const fill = `${line}L${scale.x(years.length - 1)},${scale.bottom}L${scale.x(0)},${scale.bottom}Z`;
  return { line, fill };
}

/**
 * A value per year as a step line across each year's whole band (a yearly figure holds for its
 * year), as SVG path data; null with no years.
 */
export function stepPath(
  years: readonly number[],
  values: readonly number[],
  scale: YearScale,
): string | null {
  if (years.length === 0) return null;
  const steps = years.map((_, i) => {
    const y = scale.y(values[i] ?? 0);
    return `${scale.bandStart(i)},${y}L${scale.bandStart(i) + scale.band},${y}`;
  });
  return `M${steps.join('L')}`;
}

/** A band's two edges and the fill between them, as SVG path data; null with no years. */
export function bandPaths(
  years: readonly number[],
  band: Pick<BandLayer, 'low' | 'high'>,
  scale: YearScale,
): { top: string; bottom: string; fill: string } | null {
  if (years.length === 0) return null;
  const at = (values: readonly number[]) => years.map((_, i) => `${scale.x(i)},${scale.y(values[i] ?? 0)}`);
  const high = at(band.high);
  const low = at(band.low);
  return {
    top: `M${high.join('L')}`,
    bottom: `M${low.join('L')}`,
    fill: `M${high.join('L')}L${[...low].reverse().join('L')}Z`,
  };
}

/**
 * The year under a pointer at `clientX`, for a plot `width` drawing pixels wide shown in a box from
 * `boxLeft` and `boxWidth` screen pixels wide.
 */
export function yearAtPointer(
  clientX: number,
  box: { readonly left: number; readonly width: number },
  width: number,
  scale: YearScale,
): number | undefined {
  const x = ((clientX - box.left) / Math.max(box.width, 1)) * width;
  return scale.indexAt(x);
}

/** Gap between the tooltip and the hovered year. */
const TIP_GAP = 12;

/** Where the tooltip of the year at pixel `x` goes: right of it in the left half, left of it in the right half. */
export function tipPlacement(x: number, width: number): { left: string } | { right: string } {
  return x < width / 2
    ? { left: `${((x + TIP_GAP) / width) * 100}%` }
    : { right: `${((width - x + TIP_GAP) / width) * 100}%` };
}
