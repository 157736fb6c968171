/**
 * The one module that touches decimal.js. Everything money-related in the app goes through the
 * configured `Dec` clone exported here: 80 significant digits, half-even rounding.
 *
 * Why 80: the largest figure a valid scenario file can produce is about 4.3 × 10^47 with 4 decimals
 * (Canada's cost in 2149 as % of a C$1 defence budget, for US$100T in pounds at 100 $/£, +1000 %,
 * 50 % inflation from 1990, at 100 C$/US$), 52 digits; 80 leaves 28 guard digits below every
 * reported decimal, so every cent and every rounding direction is exact (40 digits lost the cents
 * of such files; test/io/precision.test.ts). Context figures below one person or one dollar, which
 * would need more, are refused (LIMITS.divisor). Inputs keep at most 40 significant digits.
 */
// The named export: its types are the class under every module resolution (the default is not, under nodenext).
import { Decimal } from 'decimal.js';

/** A Decimal constructor configured for money: 80 significant digits, ROUND_HALF_EVEN. */
export const Dec = Decimal.clone({
  precision: 80,
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
/** × 1/100, exact: a multiplication, not a division. */
export const HUNDREDTH = new Dec('0.01');

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

/**
 * x^e for each whole exponent in `exponents` (consecutive, ascending): one product a year rather
 * than a power each. From x^0 = 1 the products are exact while their digits fit the precision
 * (1.02^40 has 81); an exponent below 0 is a power of its own (1 ÷ x^n is never exact).
 */
export function powers(x: Dec, exponents: readonly number[]): Dec[] {
  let last: { e: number; value: Dec } | undefined;
  return exponents.map((e) => {
    const value = e > 0 && last?.e === e - 1 ? last.value.times(x) : x.pow(e);
    last = { e, value };
    return value;
  });
}

/** A percentage (e.g. 26 for 26 %) as a fraction (0.26). */
export function pctToFraction(pct: Dec): Dec {
  // × 0.01 is exact, as ÷ 100 is, and several times cheaper at 80 digits.
  return pct.times(HUNDREDTH);
}

/**
 * How many places below a rounded figure's last digit the arithmetic's noise is ignored. The core's
 * last digits are noise (an even profile's last year is 1 minus the others, so its share ends …34
 * where the others end …33); at 80 digits that noise stays more than 25 places below a cent for
 * every valid file, and a real difference 20 places below the unit decides no rounding.
 */
export const NOISE_DP = 20;

/**
 * `value` without the arithmetic's noise, for deciding a rounding to `dp` places: rounded half-even
 * to `dp + NOISE_DP` places. Figures that differ only by noise compare equal (a tie), and an exact
 * half stays a half. Never reported itself.
 */
export function denoise(value: Dec, dp: number): Dec {
  return value.toDecimalPlaces(dp + NOISE_DP, HALF_EVEN);
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
