/**
 * Display text for chart numbers, English (Canada) style. The numbers come from series.ts, where
 * they were rounded from exact Decimals; here their shortest decimal form is rounded again
 * half-even with decimal.js, so "0.125" shows as "0.12", as the CSV's rounding would.
 */
import { Dec, fixed, type Dollars } from '../../core';
import type { DisplayCurrency } from './series';

const LOCALE = 'en-CA';

/** `n` to exactly `digits` places, half-even, with thousands separators: "1,234.50". */
function fixedDigits(n: number, digits: number): string {
  const [int = '0', frac] = fixed(new Dec(String(n)), digits).split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return frac === undefined ? grouped : `${grouped}.${frac}`;
}

/** Like fixedDigits, but a positive amount that would round to zero shows as "<0.01", never "0.00". */
function notZero(n: number, digits: number): string {
  const text = fixedDigits(n, digits);
  return n > 0 && /^0\.?0*$/.test(text) ? `<${fixedDigits(10 ** -digits, digits)}` : text;
}

/** Billions with 2 decimals, half-even: "1,234.50". */
export function formatBn(n: number): string {
  return notZero(n, 2);
}

/** Percentage with `digits` decimals, half-even: "2.01%". */
export function formatPct(n: number, digits = 2): string {
  return `${notZero(n, digits)}%`;
}

export function currencyPrefix(currency: DisplayCurrency): string {
  return currency === 'USD' ? 'US$' : 'C$';
}

/** "US$1.00 billion" */
export function formatMoneyBn(n: number, currency: DisplayCurrency): string {
  return `${currencyPrefix(currency)}${formatBn(n)} billion`;
}

// One formatter for every axis tick: creating one per tick costs milliseconds per slider move.
const TICK = new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 2 });

/** Axis tick: at most 2 decimals, grouped ("1,000", "0.5"). */
export function tickBn(n: number): string {
  return TICK.format(n);
}

/** Axis tick for percentages ("2.5%"). */
export function tickPct(n: number): string {
  return `${TICK.format(n)}%`;
}

/** "(nominal)" or "(constant 2025 dollars)" for chart titles. */
export function dollarsNote(dollars: Dollars, dollarYear: number): string {
  return dollars === 'nominal' ? '(nominal)' : `(constant ${dollarYear} dollars)`;
}

/** A unit for titles: "US$ billions". */
export function billionsUnit(currency: DisplayCurrency): string {
  return `${currencyPrefix(currency)} billions`;
}
