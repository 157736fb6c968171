/**
 * Numbers written the language's way, from its locale entry: the decimal mark, the thousands
 * separator (every group of three; the same output as Intl.NumberFormat for en-CA and fr-CA) and
 * the plural category of a value. Exact: decimals are strings or Decimals, never rounded through
 * floating point.
 */
import { Dec, fixed } from '../../core';
import type { Lang } from '../lang';
import { localeOf } from '../languages';

/** A plain decimal string ("-1234567.5") grouped with the language's marks: "-1,234,567.5" / "-1 234 567,5". */
export function groupedDecimal(decimal: string, lang: Lang): string {
  const { group, decimal: mark } = localeOf(lang);
  const sign = decimal.startsWith('-') ? '-' : '';
  const [int = '', frac] = decimal.slice(sign.length).split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  return `${sign}${grouped}${frac === undefined ? '' : `${mark}${frac}`}`;
}

/** A decimal string with the language's decimal mark, digits unchanged, no grouping: "1.3755" / "1,3755". */
export function decimalText(value: string, lang: Lang): string {
  return value.replace('.', localeOf(lang).decimal);
}

/** A plain decimal with exactly `digits` places (half-even), grouped: "1,234.50" / "1 234,50". */
export function formatNumber(value: Dec, digits: number, lang: Lang = 'en'): string {
  return groupedDecimal(fixed(value, digits), lang);
}

/** A whole count, grouped: "41,528,680" / "41 528 680". */
export function formatCount(value: Dec, lang: Lang = 'en'): string {
  return formatNumber(value, 0, lang);
}

/**
 * A number with at most `maxDigits` decimals and no trailing zeros, grouped, rounded half away from
 * zero from its shortest decimal form — as Intl.NumberFormat rounds (a sign stays on a value that
 * rounds to zero: "-0").
 */
export function upToDigits(n: number | string, maxDigits: number, lang: Lang): string {
  const value = new Dec(n);
  const rounded = value.abs().toDecimalPlaces(maxDigits, Dec.ROUND_HALF_UP).toFixed();
  return groupedDecimal(`${value.isNegative() ? '-' : ''}${rounded}`, lang);
}

/**
 * A plain number for messages, grouped, every decimal kept (up to 20): "4,294,967,295" /
 * "4 294 967 295", "29,184.89" / "29 184,89". Takes a number or an exact decimal string.
 */
export function numberText(n: number | string, lang: Lang): string {
  return upToDigits(n, 20, lang);
}

const pluralRules = new Map<string, Intl.PluralRules>();

/** The plural category of a value in the language (Intl.PluralRules): fr 1.5 → "one", en 1.5 → "other". */
export function pluralOf(value: Dec, lang: Lang): Intl.LDMLPluralRule {
  const { tag } = localeOf(lang);
  let rules = pluralRules.get(tag);
  if (!rules) {
    rules = new Intl.PluralRules(tag);
    pluralRules.set(tag, rules);
  }
  return rules.select(pluralOperand(value.abs()).toNumber());
}

const MILLION = new Dec('1e6');
const HUGE = new Dec('1e15');

/**
 * The value Intl.PluralRules is given. ICU reads huge numbers wrongly (fr-CA 1e20 is "one"); plural
 * rules look at the integer part modulo at most a million, and at whether it is small, so a huge
 * integer part is replaced by its remainder modulo a million plus a million, which keeps both.
 */
function pluralOperand(abs: Dec): Dec {
  if (abs.lt(HUGE)) return abs;
  const int = abs.trunc();
  return int.mod(MILLION).plus(MILLION).plus(abs.minus(int));
}

/** Whether a value takes the singular: French below two ("1,5 an"), English exactly one ("1 year"). */
export function isSingular(value: Dec, lang: Lang): boolean {
  return pluralOf(value, lang) === 'one';
}
