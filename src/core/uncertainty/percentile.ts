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
 * Puts the k-th smallest of `a` (0-based) at index k, smaller-or-equal values before it and
 * larger-or-equal after (Hoare's quickselect, median-of-three pivot): a percentile without a full
 * sort. Only a[from…] is searched: everything before `from` must already be no larger than it.
 */
function select(a: Float64Array, k: number, from: number): number {
  let lo = from;
  let hi = a.length - 1;
  while (lo < hi) {
    const x = a[lo] as number;
    const y = a[lo + ((hi - lo) >> 1)] as number;
    const z = a[hi] as number;
    const pivot = x < y ? (y < z ? y : x < z ? z : x) : x < z ? x : y < z ? z : y;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while ((a[i] as number) < pivot) i += 1;
      while ((a[j] as number) > pivot) j -= 1;
      if (i <= j) {
        const t = a[i] as number;
        a[i] = a[j] as number;
        a[j] = t;
        i += 1;
        j -= 1;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else break;
  }
  return a[k] as number;
}

/**
 * For each percentile, the index of the draw at its nearest rank when the draws are ordered by
 * value and then by index. Deterministic: the order is total, so any correct selection gives the
 * same draw.
 */
export function percentileDraws(
  values: Float64Array,
  percentiles: readonly number[] = PERCENTILES,
): number[] {
  const n = values.length;
  if (n === 0) throw new RangeError('no draws');
  const work = Float64Array.from(values);
  // From the lowest rank up: each selection leaves the values below its rank before it.
  const ranks = percentiles.map((p) => nearestRank(p, n) - 1);
  const valueAt = new Map<number, number>();
  let from = 0;
  for (const at of [...ranks].sort((a, b) => a - b)) {
    valueAt.set(at, select(work, at, from));
    from = at;
  }
  return percentiles.map((p, i) => {
    const at = ranks[i] ?? 0;
    const value = valueAt.get(at) ?? Number.NaN;
    if (Number.isNaN(value)) throw new RangeError(`percentile ${p}: a value is not a number`);
    // The draw we want is the (at − below)-th, in index order, of those with exactly this value.
    let below = 0;
    for (let d = 0; d < n; d += 1) if ((values[d] as number) < value) below += 1;
    let skip = at - below;
    for (let d = 0; d < n; d += 1) {
      if (values[d] === value) {
        if (skip === 0) return d;
        skip -= 1;
      }
    }
    throw new RangeError(`percentile ${p}: a value is not a number`);
  });
}
