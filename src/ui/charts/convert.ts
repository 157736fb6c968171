/** The adapter boundary: exact Decimals become JS numbers here, and only here, for recharts. */
import { Dec, roundHalfEven } from '../../core';

const BILLION = new Dec('1e9');

/** Whole currency units as a number of billions (6 decimals, half-even). */
export function toBillions(amount: Dec): number {
  return Number(roundHalfEven(amount.div(BILLION), 6).toFixed(6));
}

/** A percentage (26 means 26 %) as a number with 4 decimals, half-even. */
export function toPctNumber(pct: Dec): number {
  return Number(roundHalfEven(pct, 4).toFixed(4));
}
