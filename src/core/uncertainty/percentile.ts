/** Percentiles by nearest rank over the draws, ties broken by draw index. */

/** The percentiles the simulation reports. */
const PERCENTILES = [5, 25, 50, 75, 95] as const;
export type Percentile = (typeof PERCENTILES)[number];
export type PercentileKey = `p${Percentile}`;
export const PERCENTILE_KEYS: readonly PercentileKey[] = PERCENTILES.map((p) => `p${p}` as const);

/** The 1-based nearest rank of percentile p among n values: ⌈p/100 · n⌉, at least 1. */
export function nearestRank(p: number, n: number): number {
  return Math.max(1, Math.ceil((p * n) / 100));
}

/**
 * For each percentile, the index of the draw at its nearest rank when the draws are ordered by
 * value and then by index. Deterministic: the order is total, so any correct sort gives the same draw.
 */
export function percentileDraws(
  values: Float64Array,
  percentiles: readonly number[] = PERCENTILES,
): number[] {
  const n = values.length;
  if (n === 0) throw new RangeError('no draws');
  const sorted = Float64Array.from(values).sort();
  return percentiles.map((p) => {
    const at = nearestRank(p, n) - 1;
    const value = sorted[at] ?? Number.NaN;
    let first = at;
    while (first > 0 && sorted[first - 1] === value) first -= 1;
    // The draw we want is the (at − first)-th, in index order, of those with exactly this value.
    let skip = at - first;
    for (let d = 0; d < n; d += 1) {
      if (values[d] === value) {
        if (skip === 0) return d;
        skip -= 1;
      }
    }
    throw new RangeError(`percentile ${p}: a value is not a number`);
  });
}
