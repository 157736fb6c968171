/**
 * Percentages, chart ticks, dates, quotation marks and the space before a high mark, written the
 * language's way from its locale entry: "7.13%" / "7,13 %", "May 20, 2025" / "20 mai 2025",
 * “…” / « … ».
 */
import { fixed, type Dec } from '../../core';
import type { Lang } from '../lang';
import { localeOf } from '../languages';
import { translate } from '../translate';
import { notZero } from './money';
import { decimalText, groupedDecimal, upToDigits } from './numbers';

/** `n` followed by the percent sign, with the language's space before it. */
function percent(n: string, lang: Lang): string {
  return `${n}${localeOf(lang).markSpace}%`;
}

/** A percentage with exactly `digits` places (half-even): "7.13%" / "7,13 %". */
export function formatPct(value: Dec, digits = 2, lang: Lang = 'en'): string {
  return percent(groupedDecimal(fixed(value, digits), lang), lang);
}

/** A percentage from a decimal string, digits unchanged: "26%" / "26 %", "3.5%" / "3,5 %". */
export function pctText(value: string, lang: Lang): string {
  return percent(decimalText(value, lang), lang);
}

/** A chart's percentage with `digits` places; a positive one that rounds to zero shows as "<0.01%". */
export function shownPct(n: number, digits = 2, lang: Lang = 'en'): string {
  return percent(notZero(n, digits, lang), lang);
}

/** Axis tick: at most 2 decimals, grouped ("1,000", "0.5" / "1 000", "0,5"). */
export function tickBn(n: number, lang: Lang = 'en'): string {
  return upToDigits(n, 2, lang);
}

/** Axis tick for percentages ("2.5%" / "2,5 %"). */
export function tickPct(n: number, lang: Lang = 'en'): string {
  return percent(tickBn(n, lang), lang);
}

/** A high mark (":" or ";") after a word, with the language's space before it: ": " / " : ". */
export function markText(mark: ':' | ';', lang: Lang): string {
  return `${localeOf(lang).markSpace}${mark} `;
}

/** The language's quotation marks, with their inner spaces: ["“", "”"] / ["« ", " »"]. */
export function quoteMarks(lang: Lang): readonly [open: string, close: string] {
  return localeOf(lang).quotes;
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * A source's date in words: "2025-05-20" → "May 20, 2025" / "20 mai 2025" (the first of a month as
 * the locale writes it, "1er mai"); a year alone stays a year; "undated" is translated.
 */
export function dateText(date: string, lang: Lang): string {
  if (date === 'undated') return translate(lang, 'calculator.date.undated');
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return date;
  const { tag, firstOfMonth } = localeOf(lang);
  let df = dateFormats.get(tag);
  if (!df) {
    df = new Intl.DateTimeFormat(tag, { dateStyle: 'long', timeZone: 'UTC' });
    dateFormats.set(tag, df);
  }
  const text = df.format(new Date(`${date}T00:00:00Z`));
  return firstOfMonth === undefined ? text : text.replace(/^1 /, `${firstOfMonth}\u00a0`);
}
