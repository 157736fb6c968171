/**
 * Drawing from a range by its inverse CDF. Only + − × ÷ and Math.sqrt are used: IEEE 754 rounds
 * each of them correctly, so a given u gives the same double in every engine.
 */
import type { Distribution, Range } from './range';

/** A range as plain numbers, for drawing. */
export interface FloatRange {
  readonly low: number;
  readonly mostLikely: number;
  readonly high: number;
  readonly distribution: Distribution;
}

/** The range's bounds as doubles (Dec → shortest decimal string → nearest double). */
export function toFloatRange(range: Range): FloatRange {
  return {
    low: range.low.toNumber(),
    mostLikely: range.mostLikely.toNumber(),
    high: range.high.toNumber(),
    distribution: range.distribution,
  };
}

/**
 * The value at probability u ∈ [0, 1) of the range's distribution.
 * uniform: low + u·(high − low).
 * triangular (mode m = mostLikely): with c = (m − low)/(high − low),
 *   low + √(u·(high − low)·(m − low)) if u < c, else high − √((1 − u)·(high − low)·(high − m)).
 * A zero-width range gives low whatever u is. The result is clamped to [low, high], since a
 * rounding in the subtraction could otherwise step an ulp outside (e.g. below a 0 % share).
 */
export function inverseCdf(range: FloatRange, u: number): number {
  const { low, mostLikely: mode, high } = range;
  const width = high - low;
  if (width <= 0) return low;
  let x: number;
  if (range.distribution === 'uniform') x = low + u * width;
  else if (u * width < mode - low) x = low + Math.sqrt(u * width * (mode - low));
  else x = high - Math.sqrt((1 - u) * width * (high - mode));
  return Math.min(Math.max(x, low), high);
}
