/** Rounding parts so that they still add up to their rounded whole (largest-remainder method). */
import { Dec, denoise, FLOOR, HALF_EVEN, sum } from './money';

/**
 * Rounds each part to `dp` decimal places so that the rounded parts add up exactly to the whole
 * rounded half-even. Each part is first rounded down; the units still missing go, one each, to the
 * parts with the largest remainders (ties to the earlier part). Never moves a part by a full unit.
 * Remainders and the whole are compared without the arithmetic's noise (`denoise`), so parts that
 * are exactly equal tie, and an exact half-unit total stays a half.
 */
export function allocateRounded(parts: readonly Dec[], dp = 2): { total: Dec; parts: Dec[] } {
  const unit = new Dec(10).pow(-dp);
  const exact = parts.map((p) => denoise(p, dp));
  const total = denoise(sum(parts), dp).toDecimalPlaces(dp, HALF_EVEN);
  const floors = exact.map((p) => p.toDecimalPlaces(dp, FLOOR));
  let missing = total.minus(sum(floors)).div(unit).toNumber();
  const order = exact
    .map((p, i) => ({ i, rem: p.minus(floors[i] ?? 0) }))
    .sort((a, b) => b.rem.comparedTo(a.rem) || a.i - b.i);
  const rounded = floors.slice();
  for (const { i } of order) {
    if (missing <= 0) break;
    rounded[i] = (rounded[i] ?? unit).plus(unit);
    missing -= 1;
  }
  return { total, parts: rounded };
}
