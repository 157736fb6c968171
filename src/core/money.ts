/**
 * The one module that touches decimal.js. Everything money-related in the app goes through the
 * configured `Dec` clone exported here: 40 significant digits, half-even rounding.
 */
import Decimal from 'decimal.js';

/** A Decimal constructor configured for money: 40 significant digits, ROUND_HALF_EVEN. */
export const Dec = Decimal.clone({
  precision: 40,
  rounding: Decimal.ROUND_HALF_EVEN,
  toExpNeg: -30,
  toExpPos: 40,
});
export type Dec = InstanceType<typeof Dec>;

/** The rounding mode used at every output point (banker's rounding). */
export const HALF_EVEN = Decimal.ROUND_HALF_EVEN;
/** Rounding toward minus infinity (used to split a whole into cents). */
export const FLOOR = Decimal.ROUND_FLOOR;

/** Anything that can become a Dec: a Dec, a decimal string, or an integer/number literal from JSON. */
export type DecLike = Dec | string | number;

export const ZERO = new Dec(0);
export const ONE = new Dec(1);
export const HUNDRED = new Dec(100);

/** Wraps a value as a Dec. Throws on NaN or infinite input, which would poison every sum downstream. */
export function dec(value: DecLike): Dec {
  const d = value instanceof Dec ? value : new Dec(value);
  if (!d.isFinite()) throw new RangeError(`not a finite number: ${String(value)}`);
  return d;
}

/** Sum of Decs, exact to the configured precision. */
export function sum(values: readonly Dec[]): Dec {
  return values.reduce((acc, v) => acc.plus(v), ZERO);
}

/** A percentage (e.g. 26 for 26 %) as a fraction (0.26). */
export function pctToFraction(pct: Dec): Dec {
  return pct.div(HUNDRED);
}

/** Rounds to `dp` decimal places, half-even. */
export function roundHalfEven(value: Dec, dp: number): Dec {
  return value.toDecimalPlaces(dp, HALF_EVEN);
}

/** A decimal string with exactly `dp` places, rounded half-even; never exponent notation. */
export function fixed(value: Dec, dp: number): string {
  const s = value.toFixed(dp, HALF_EVEN);
  return /^-0(\.0*)?$/.test(s) ? s.slice(1) : s;
}

/** A decimal in plain notation with all its digits ("0.00001", never "1e-5"); -0 is "0". */
export function plain(value: Dec): string {
  return value.isZero() ? '0' : value.toFixed();
}
