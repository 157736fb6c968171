/** The adapter boundary: exact Decimals become JS numbers here, and only here, for recharts. */
import { Dec, roundHalfEven, roundSplit } from '../../core';

const BILLION = new Dec('1e9');

/** Whole currency units as a number of billions (6 decimals, half-even). */
export function toBillions(amount: Dec): number {
  return Number(roundHalfEven(amount.div(BILLION), 6).toFixed(6));
}

/** A percentage (26 means 26 %) as a number with 4 decimals, half-even. */
export function toPctNumber(pct: Dec): number {
  return Number(roundHalfEven(pct, 4).toFixed(4));
}

/** Canada's part, the US's part and the whole, as numbers of billions. */
export interface SplitBn {
  readonly canada: number;
  readonly us: number;
  readonly total: number;
}

/**
 * Rows of a whole split into Canada's part and the rest (whole currency units) as billions with the
 * 2 places a table shows, rounded together (core's roundSplit at 0.01 billion): each figure is its
 * value rounded down or up, every row adds up (Canada + US = total) and every column adds up to the
 * totals, which are half-even wherever that allows. Formatting them again changes no digit.
 */
export function splitBillions(rows: readonly { canada: Dec; total: Dec }[]): {
  rows: SplitBn[];
  totals: SplitBn;
} {
  const split = roundSplit(
    rows.map((r) => r.total.div(BILLION)),
    rows.map((r) => r.canada.div(BILLION)),
    2,
  );
  const bn = (s: { whole: Dec; part: Dec; rest: Dec }): SplitBn => ({
    canada: s.part.toNumber(),
    us: s.rest.toNumber(),
    total: s.whole.toNumber(),
  });
  return { rows: split.rows.map(bn), totals: bn(split) };
}
