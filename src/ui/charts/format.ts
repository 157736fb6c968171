/**
 * Display text for chart numbers, in English (Canada) or French (Canada) style. The numbers come
 * from series.ts, where they were rounded from exact Decimals; here their shortest decimal form is
 * rounded again half-even with decimal.js, so "0.125" shows as "0.12", as the CSV's rounding would.
 * en: "1,234.50", "2.01%", "US$1.00 billion"; fr: "1 234,50", "2,01 %", "1,00 milliard $ US".
 */
import { Dec, fixed, type Dollars } from '../../core';
import { LOCALES, translate, type Lang } from '../../i18n';
import type { DisplayCurrency } from '../../state';

const NBSP = '\u00a0';
const SEPARATORS: Record<Lang, { group: string; decimal: string }> = {
  en: { group: ',', decimal: '.' },
  fr: { group: NBSP, decimal: ',' },
};

/** `n` to exactly `digits` places, half-even, with thousands separators: "1,234.50" / "1 234,50". */
function fixedDigits(n: number, digits: number, lang: Lang): string {
  const { group, decimal } = SEPARATORS[lang];
  const [int = '0', frac] = fixed(new Dec(String(n)), digits).split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  return frac === undefined ? grouped : `${grouped}${decimal}${frac}`;
}

/** Like fixedDigits, but a positive amount that would round to zero shows as "<0.01", never "0.00". */
function notZero(n: number, digits: number, lang: Lang): string {
  const text = fixedDigits(n, digits, lang);
  return n > 0 && /^0[.,]?0*$/.test(text) ? `<${fixedDigits(10 ** -digits, digits, lang)}` : text;
}

/** Billions with 2 decimals, half-even: "1,234.50" / "1 234,50". */
export function formatBn(n: number, lang: Lang = 'en'): string {
  return notZero(n, 2, lang);
}

/** Percentage with `digits` decimals, half-even: "2.01%" / "2,01 %". */
export function formatPct(n: number, digits = 2, lang: Lang = 'en'): string {
  return `${notZero(n, digits, lang)}${lang === 'fr' ? `${NBSP}%` : '%'}`;
}

/** The currency as a unit: "US$" / "$ US". */
export function currencyPrefix(currency: DisplayCurrency, lang: Lang = 'en'): string {
  if (lang === 'fr') return currency === 'USD' ? `$${NBSP}US` : `$${NBSP}CA`;
  return currency === 'USD' ? 'US$' : 'C$';
}

/** French counts a billion in the singular below two: "1,50 milliard", "2,00 milliards". */
function milliards(n: number): string {
  return Math.abs(n) < 2 ? 'milliard' : 'milliards';
}

/** "US$1.00 billion" / "1,00 milliard $ US" */
export function formatMoneyBn(n: number, currency: DisplayCurrency, lang: Lang = 'en'): string {
  if (lang === 'fr')
    return `${formatBn(n, lang)}${NBSP}${milliards(n)}${NBSP}${currencyPrefix(currency, lang)}`;
  return `${currencyPrefix(currency)}${formatBn(n)} billion`;
}

/** A short amount for row labels: "US$1.00B" / "1,00 G$ US". */
export function shortMoneyBn(n: number, currency: DisplayCurrency, lang: Lang = 'en'): string {
  if (lang === 'fr') return `${formatBn(n, lang)}${NBSP}G${currencyPrefix(currency, lang)}`;
  return `${currencyPrefix(currency)}${formatBn(n)}B`;
}

/** "C$2.00–C$4.00 billion" / "2,00–4,00 milliards $ CA" */
export function moneyRange(low: number, high: number, currency: DisplayCurrency, lang: Lang = 'en'): string {
  if (lang === 'fr')
    return `${formatBn(low, lang)}–${formatBn(high, lang)}${NBSP}${milliards(high)}${NBSP}${currencyPrefix(currency, lang)}`;
  const prefix = currencyPrefix(currency);
  return `${prefix}${formatBn(low)}–${prefix}${formatBn(high)} billion`;
}

// One formatter per language for every axis tick: creating one per tick costs milliseconds per slider move.
const TICKS = new Map<Lang, Intl.NumberFormat>();
function tickFormat(lang: Lang): Intl.NumberFormat {
  let nf = TICKS.get(lang);
  if (!nf) {
    nf = new Intl.NumberFormat(LOCALES[lang], { maximumFractionDigits: 2 });
    TICKS.set(lang, nf);
  }
  return nf;
}

/** Axis tick: at most 2 decimals, grouped ("1,000", "0.5" / "1 000", "0,5"). */
export function tickBn(n: number, lang: Lang = 'en'): string {
  return tickFormat(lang).format(n);
}

/** Axis tick for percentages ("2.5%" / "2,5 %"). */
export function tickPct(n: number, lang: Lang = 'en'): string {
  return `${tickFormat(lang).format(n)}${lang === 'fr' ? `${NBSP}%` : '%'}`;
}

/** "(nominal)" or "(constant 2025 dollars)" / "(dollars nominaux)", "(dollars constants de 2025)". */
export function dollarsNote(dollars: Dollars, dollarYear: number, lang: Lang = 'en'): string {
  return dollars === 'nominal'
    ? translate(lang, 'charts.nominal')
    : translate(lang, 'charts.constantYear', { year: dollarYear });
}

/** A unit for titles: "US$ billions" / "en milliards $ US". */
export function billionsUnit(currency: DisplayCurrency, lang: Lang = 'en'): string {
  return translate(lang, 'charts.billionsUnit', { currency: currencyPrefix(currency, lang) });
}
