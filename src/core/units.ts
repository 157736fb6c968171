/**
 * Branded money and percentage types for the values that are easy to mix up. Each has one
 * factory; arithmetic happens on plain Dec and the result is branded again where it is reported.
 */
import { dec, type Dec, type DecLike } from './money';

declare const unit: unique symbol;
export type Usd = Dec & { readonly [unit]: 'USD' };
export type Cad = Dec & { readonly [unit]: 'CAD' };
export type Gbp = Dec & { readonly [unit]: 'GBP' };
/** A percentage: 26 means 26 %. */
export type Pct = Dec & { readonly [unit]: 'PCT' };

export const usd = (v: DecLike): Usd => dec(v) as Usd;
export const cad = (v: DecLike): Cad => dec(v) as Cad;
export const gbp = (v: DecLike): Gbp => dec(v) as Gbp;
export const pct = (v: DecLike): Pct => dec(v) as Pct;

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
