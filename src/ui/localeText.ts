/**
 * Small pieces of text written the way each language writes them: decimals ("1.39" / "1,39"),
 * percentages ("26%" / "26 %"), short amounts ("US$61B" / "61 G$ US") and source dates
 * ("May 20, 2025" / "20 mai 2025"). Pure.
 */
import type { Currency } from '../core';
import { LOCALES, translate, type Lang } from '../i18n';

const NBSP = '\u00a0';
const PREFIX: Record<Currency, string> = { USD: 'US$', CAD: 'C$', GBP: '£' };
/** French short units: G$ for a billion dollars (milliard), as Canadian French writes it. */
const SUFFIX_FR: Record<Currency, string> = { USD: `G$${NBSP}US`, CAD: `G$${NBSP}CA`, GBP: 'G£' };

/** A decimal as the language writes it: "1.3755" / "1,3755" (no grouping; the digits are unchanged). */
export function decimalText(value: string, lang: Lang): string {
  return lang === 'fr' ? value.replace('.', ',') : value;
}

/** A percentage from a decimal string: "26%" / "26 %", "3.5%" / "3,5 %". */
export function pctText(value: string, lang: Lang): string {
  return lang === 'fr' ? `${decimalText(value, lang)}${NBSP}%` : `${value}%`;
}

/** An amount in billions, short: "US$61B", "£18.7B" / "61 G$ US", "18,7 G£". */
export function billionsShort(value: string, currency: Currency, lang: Lang): string {
  return lang === 'fr'
    ? `${decimalText(value, lang)}${NBSP}${SUFFIX_FR[currency]}`
    : `${PREFIX[currency]}${value}B`;
}

const numberFormats = new Map<Lang, Intl.NumberFormat>();

/**
 * A plain number for messages, grouped per language, every decimal kept: "4,294,967,295" /
 * "4 294 967 295", "29,184.89" / "29 184,89". Takes a number or an exact decimal string.
 */
export function numberText(n: number | string, lang: Lang): string {
  let nf = numberFormats.get(lang);
  if (!nf) {
    nf = new Intl.NumberFormat(LOCALES[lang], { maximumFractionDigits: 20 });
    numberFormats.set(lang, nf);
  }
  // Intl formats decimal strings exactly (ES2023); lib.d.ts types the argument as number.
  return nf.format(n as number);
}

const dateFormats = new Map<Lang, Intl.DateTimeFormat>();

/**
 * A source's date in words: "2025-05-20" → "May 20, 2025" / "20 mai 2025" ("1er mai" on the first);
 * a year alone stays a year; "undated" is translated.
 */
export function dateText(date: string, lang: Lang): string {
  if (date === 'undated') return translate(lang, 'calculator.date.undated');
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return date;
  let df = dateFormats.get(lang);
  if (!df) {
    df = new Intl.DateTimeFormat(LOCALES[lang], { dateStyle: 'long', timeZone: 'UTC' });
    dateFormats.set(lang, df);
  }
  const text = df.format(new Date(`${date}T00:00:00Z`));
  return lang === 'fr' ? text.replace(/^1 /, `1er${NBSP}`) : text;
}
