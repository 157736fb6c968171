/**
 * The value axis of the column and area charts, computed here instead of by recharts: round ticks
 * from zero to just above the largest value, and an axis width from the longest tick label. recharts'
 * `width="auto"` measures the drawn labels (a forced layout per chart per slider move); this does not.
 */

/** Steps a person reads easily: 1, 2, 2.5 and 5 times a power of ten. */
const STEPS = [1, 2, 2.5, 5, 10] as const;

/** Decimal places needed to write `n` (a step such as 0.25 or 2.5) exactly. */
function places(n: number): number {
  const text = String(n);
  return text.includes('e-') ? Number(text.split('e-')[1]) : (text.split('.')[1]?.length ?? 0);
}

/**
 * Evenly spaced round ticks from 0 to the first tick at or above `max`, at most `count` of them:
 * niceTicks(27.1) is [0, 10, 20, 30]; niceTicks(0.3) is [0, 0.1, 0.2, 0.3]. Zero or less gives [0, 1].
 */
export function niceTicks(max: number, count = 5): number[] {
  if (!(max > 0) || !Number.isFinite(max)) return [0, 1];
  const raw = max / (count - 1);
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = (STEPS.find((s) => s * power >= raw * (1 - 1e-12)) ?? 10) * power;
  const digits = places(Number(step.toPrecision(12)));
  const n = Math.ceil(Number((max / step).toPrecision(12)));
  return Array.from({ length: n + 1 }, (_, i) => Number((i * step).toFixed(digits)));
}

/** Average advance of a digit, separator or symbol in the page's sans-serif, in em. */
const CHAR_EM = 0.62;
/** Room between the labels and the plot (recharts' tick line and gap). */
const GAP_PX = 12;

/** Pixels wide enough for the longest label at `fontPx`. */
export function axisWidth(labels: readonly string[], fontPx: number): number {
  const longest = Math.max(1, ...labels.map((l) => l.length));
  return Math.ceil(longest * fontPx * CHAR_EM) + GAP_PX;
}

/**
 * Powers of ten from the one at or below the smallest positive value to the one at or above the
 * largest, for a logarithmic axis: logTicks(25, 3600) is [10, 100, 1000, 10000].
 */
export function logTicks(min: number, max: number): number[] {
  const low = Math.floor(Math.log10(min > 0 && Number.isFinite(min) ? min : 1));
  const high = Math.max(low + 1, Math.ceil(Math.log10(max > 0 && Number.isFinite(max) ? max : 10)));
  return Array.from({ length: high - low + 1 }, (_, i) => Number((10 ** (low + i)).toPrecision(12)));
}
