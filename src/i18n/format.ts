/**
 * Display formatting: exact (decimal strings handed to Intl, never floats), with units on every
 * number. Money is rounded half-even by the core before it gets here.
 */
import { Dec, fixed, type Currency } from '../core';

const LOCALE = 'en-CA';
const PREFIX: Record<Currency, string> = { USD: 'US$', CAD: 'C$', GBP: '£' };
const TRILLION = new Dec('1e12');
const BILLION = new Dec('1e9');
const MILLION = new Dec('1e6');

function grouped(decimal: string, digits: number): string {
  return new Intl.NumberFormat(LOCALE, {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(
    decimal as unknown as number, // Intl formats decimal strings exactly (ES2023); typed as number in lib.d.ts
  );
}

/** "US$27.10 billion", "C$1.19 trillion", "C$1,293.12": scaled words for big sums, cents for small. */
export function formatMoney(value: Dec, currency: Currency): string {
  const abs = value.abs();
  const sign = value.isNegative() && !value.isZero() ? '−' : '';
  const [scaled, word] = abs.gte(TRILLION)
    ? [abs.div(TRILLION), ' trillion']
    : abs.gte(BILLION)
      ? [abs.div(BILLION), ' billion']
      : abs.gte(MILLION)
        ? [abs.div(MILLION), ' million']
        : [abs, ''];
  return `${sign}${PREFIX[currency]}${grouped(fixed(scaled, 2), 2)}${word}`;
}

/** Money to the cent with its currency: "US$27,100,000,000.00". */
export function formatCents(value: Dec, currency: Currency): string {
  return `${PREFIX[currency]}${grouped(fixed(value, 2), 2)}`;
}

/** A percentage: "7.13%". */
export function formatPct(value: Dec, digits = 2): string {
  return `${grouped(fixed(value, digits), digits)}%`;
}

/** A plain count: "41,528,680". */
export function formatCount(value: Dec): string {
  return grouped(fixed(value, 0), 0);
}

export function currencyPrefix(currency: Currency): string {
  return PREFIX[currency];
}
