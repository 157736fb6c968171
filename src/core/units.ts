/**
 * Branded money and percentage types for the values that are easy to mix up. Each has one
 * factory; arithmetic happens on plain Dec and the result is branded again where it is reported.
 */
import { dec, type Dec, type DecLike } from './money';

declare const unit: unique symbol;

/**
 * An amount in one unit. It is a Dec everywhere a Dec is read (formatting, rounding, ratios), but
 * adds and subtracts only amounts of its own unit: `usd.plus(cad)` fails the type-check. A product
 * or quotient is a plain Dec, branded again by a factory or a conversion (fx.ts).
 */
export type Amount<U extends string> = Omit<Dec, 'plus' | 'minus' | 'add' | 'sub'> & {
  readonly [unit]: U;
  plus(other: Amount<U>): Amount<U>;
  add(other: Amount<U>): Amount<U>;
  minus(other: Amount<U>): Amount<U>;
  sub(other: Amount<U>): Amount<U>;
};
export type Usd = Amount<'USD'>;
export type Cad = Amount<'CAD'>;
export type Gbp = Amount<'GBP'>;
/** A percentage: 26 means 26 %. */
export type Pct = Amount<'PCT'>;
/** Money in a currency. */
export type Money<C extends Currency> = Amount<C>;

export const usd = (v: DecLike): Usd => dec(v) as unknown as Usd;
export const cad = (v: DecLike): Cad => dec(v) as unknown as Cad;
export const gbp = (v: DecLike): Gbp => dec(v) as unknown as Gbp;
export const pct = (v: DecLike): Pct => dec(v) as unknown as Pct;

export const CURRENCIES = ['USD', 'CAD', 'GBP'] as const;
export type Currency = (typeof CURRENCIES)[number];

/** The currencies results are shown in (the view switch, charts, tables): US and Canadian dollars. */
export const DISPLAY_CURRENCIES = ['USD', 'CAD'] as const satisfies readonly Currency[];
export type DisplayCurrency = (typeof DISPLAY_CURRENCIES)[number];

export function isDisplayCurrency(value: unknown): value is DisplayCurrency {
  return (DISPLAY_CURRENCIES as readonly unknown[]).includes(value);
}

export const DOLLARS = ['nominal', 'constant'] as const;
/** Nominal (then-year) or constant (dollar-year) dollars. */
export type Dollars = (typeof DOLLARS)[number];
