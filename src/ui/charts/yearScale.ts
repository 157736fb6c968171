/**
 * Where things go in a chart over years: one band per year across, values from 0 to the axis top
 * up. Pure arithmetic in pixels, so it is tested without a browser.
 */

export interface Margin {
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
  readonly left: number;
}

export interface YearScale {
  /** The plot's edges in pixels (the axes sit outside it). */
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
  /** Width of one year's band. */
  readonly band: number;
  /** Width of a bar within its band (10 % gap each side, as in most column charts). */
  readonly barWidth: number;
  /** Left edge of year `i`'s band. */
  bandStart(i: number): number;
  /** Where year `i`'s point or column centre is drawn. */
  x(i: number): number;
  /** Pixel height of `value` on the value axis (0 at the bottom, `top` at the axis top). */
  y(value: number): number;
  /** The year under a horizontal position, or undefined outside the plot. */
  indexAt(x: number): number | undefined;
}

export interface ScaleInput {
  readonly width: number;
  readonly height: number;
  readonly margin: Margin;
  /** Room for the value axis's labels, left of the plot. */
  readonly axisWidth: number;
  /** Room for the year labels, under the plot. */
  readonly yearAxisHeight: number;
  readonly years: number;
  /** The value at the top of the axis (its last tick); a value there is drawn at the plot's top. */
  readonly max: number;
  /**
   * Points (a line) run from one end of the plot to the other, `inset` pixels in; otherwise each
   * year is a column at the centre of its band.
   */
  readonly points?: { readonly inset: number };
}

export function yearScale(input: ScaleInput): YearScale {
  const { width, height, margin, axisWidth, yearAxisHeight, years, max, points } = input;
  const left = margin.left + axisWidth;
  const right = Math.max(left + 1, width - margin.right);
  const top = margin.top;
  const bottom = Math.max(top + 1, height - margin.bottom - yearAxisHeight);
  const n = Math.max(1, years);
  const band = (right - left) / n;
  const span = bottom - top;
  const topValue = max > 0 && Number.isFinite(max) ? max : 1;
  const inset = points ? Math.min(points.inset, (right - left) / 2) : 0;
  const gap = n > 1 ? (right - left - 2 * inset) / (n - 1) : 0;
  const x = points
    ? (i: number) => (n > 1 ? left + inset + i * gap : (left + right) / 2)
    : (i: number) => left + (i + 0.5) * band;
  const inPlot = (px: number) => px >= left && px < right;
  return {
    left,
    right,
    top,
    bottom,
    band,
    barWidth: band * 0.8,
    bandStart: (i) => left + i * band,
    x,
    y: (value) => bottom - (Math.max(0, value) / topValue) * span,
    indexAt: (px) => {
      if (!inPlot(px)) return undefined;
      const i = points
        ? gap > 0
          ? Math.round((px - left - inset) / gap)
          : 0
        : Math.floor((px - left) / band);
      return Math.min(n - 1, Math.max(0, i));
    },
  };
}

/**
 * Which year labels fit: every `step`-th one, counted back from the last year so the last year is
 * always labelled. A label needs its own width (four digits at `fontPx`) plus a gap; `spacing` is
 * the distance between two years' positions.
 */
export function yearLabelStep(spacing: number, fontPx: number): number {
  const labelPx = 4 * 0.62 * fontPx + 8;
  return Math.max(1, Math.ceil(labelPx / Math.max(spacing, 1)));
}

/** Whether year `i` of `n` gets a label at `step`. */
export function labelled(i: number, n: number, step: number): boolean {
  return (n - 1 - i) % step === 0;
}
