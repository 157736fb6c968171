/**
 * Money written the language's way, from its locale entry's currency units, patterns and scale
 * words: "US$27.10 billion" / "27,10 milliards $ US", "US$61B" / "61 G$ US". Two inputs: exact
 * Decimals (money rounded half-even by the core before it gets here), and the charts' plain numbers
 * in billions, already rounded from exact Decimals, whose shortest decimal form is rounded again
 * half-even to 2 places ("0.125" shows as "0.12", as the CSV's rounding would).
 */
import { Dec, fixed, type Currency } from '../../core';
import type { Lang } from '../lang';
import { localeOf } from '../languages';
import { decimalText, formatNumber, groupedDecimal, pluralOf } from './numbers';
import { SCALES, type PluralWords, type Scale } from './types';

const SCALE_SIZES: Readonly<Record<Scale, Dec>> = {
  trillion: new Dec('1e12'),
  billion: new Dec('1e9'),
  million: new Dec('1e6'),
};

/** A pattern with its `{name}` slots filled. */
function fill(pattern: string, parts: Readonly<Record<string, string>>): string {
  return pattern.replace(/\{(\w+)\}/g, (whole, name: string) => parts[name] ?? whole);
}

/** The scale word for a number shown as `shown` (its plural decided by the shown digits). */
function scaleWord(scale: Scale, shown: Dec, lang: Lang): string {
  const words: PluralWords = localeOf(lang).scales[scale];
  return words[pluralOf(shown, lang)] ?? words.other;
}

/** The currency as a unit label: "US$" / "$ US". */
export function currencyUnit(currency: Currency, lang: Lang = 'en'): string {
  return localeOf(lang).currency[currency];
}

/** Big sums in scaled words, small ones to the cent: "US$27.10 billion", "C$1,293.12" / "1 293,12 $ CA". */
export function formatMoney(value: Dec, currency: Currency, lang: Lang = 'en'): string {
  const { money } = localeOf(lang);
  const abs = value.abs();
  const sign = value.isNegative() && !value.isZero() ? '−' : '';
  const scale = SCALES.find((s) => abs.gte(SCALE_SIZES[s]));
  const c = currencyUnit(currency, lang);
  if (scale === undefined) return sign + fill(money.plain, { c, n: formatNumber(abs, 2, lang) });
  const shown = abs.div(SCALE_SIZES[scale]);
  const n = formatNumber(shown, 2, lang);
  return sign + fill(money.scaled, { c, n, scale: scaleWord(scale, new Dec(fixed(shown, 2)), lang) });
}

/** `n` (a chart number) to exactly `digits` places, half-even, grouped: "1,234.50" / "1 234,50". */
function chartDigits(n: number, digits: number, lang: Lang): string {
  return groupedDecimal(fixed(new Dec(String(n)), digits), lang);
}

/**
 * A chart number with `digits` places; a positive one that would round to zero shows as "<0.01",
 * never "0.00".
 */
export function notZero(n: number, digits: number, lang: Lang): string {
  const text = chartDigits(n, digits, lang);
  return n > 0 && new Dec(fixed(new Dec(String(n)), digits)).isZero()
    ? `<${chartDigits(10 ** -digits, digits, lang)}`
    : text;
}

/** Billions with 2 decimals, half-even: "1,234.50" / "1 234,50". */
export function formatBn(n: number, lang: Lang = 'en'): string {
  return notZero(n, 2, lang);
}

/** Billions as the scale word's number: shown to 2 places. */
const shownBn = (n: number) => new Dec(fixed(new Dec(String(Math.abs(n))), 2));

/** "US$1.00 billion" / "1,00 milliard $ US" */
export function formatMoneyBn(n: number, currency: Currency, lang: Lang = 'en'): string {
  const scale = scaleWord('billion', shownBn(n), lang);
  return fill(localeOf(lang).money.scaled, { c: currencyUnit(currency, lang), n: formatBn(n, lang), scale });
}

/** "C$2.00–C$4.00 billion" / "2,00–4,00 milliards $ CA" (the scale word agrees with the high end). */
export function moneyRange(low: number, high: number, currency: Currency, lang: Lang = 'en'): string {
  return fill(localeOf(lang).money.range, {
    c: currencyUnit(currency, lang),
    low: formatBn(low, lang),
    high: formatBn(high, lang),
    scale: scaleWord('billion', shownBn(high), lang),
  });
}

/** A short amount in billions from a number already written the language's way: "US$1.00B" / "1,00 G$ US". */
export function shortMoney(text: string, currency: Currency, lang: Lang = 'en'): string {
  return fill(localeOf(lang).money.short, { c: currencyUnit(currency, lang), n: text });
}

/** A short amount for row labels: "US$1.00B" / "1,00 G$ US". */
export function shortMoneyBn(n: number, currency: Currency, lang: Lang = 'en'): string {
  return shortMoney(formatBn(n, lang), currency, lang);
}

/** An amount in billions from a decimal string, short: "US$61B", "£18.7B" / "61 G$ US", "18,7 G£". */
export function billionsShort(value: string, currency: Currency, lang: Lang): string {
  return shortMoney(decimalText(value, lang), currency, lang);
}
