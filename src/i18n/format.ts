/**
 * Display formatting in English or French (Canada): exact (decimal strings handed to Intl, never
 * floats), with units on every number. Money is rounded half-even by the core before it gets here.
 * en: "US$27.10 billion", "C$417.52", "7.13%"; fr: "27,10 milliards $ US", "417,52 $ CA", "7,13 %".
 */
import { Dec, fixed, type Currency } from '../core';
import { LOCALES, type Lang } from './lang';

const PREFIX: Record<Currency, string> = { USD: 'US$', CAD: 'C$', GBP: '£' };
/** French: a no-break space inside "$ US" so the currency never breaks across lines. */
const SUFFIX_FR: Record<Currency, string> = { USD: '$\u00a0US', CAD: '$\u00a0CA', GBP: '£' };
/** Scale words: [trillion, billion, million] (French: billion = 10¹², milliard = 10⁹). */
const SCALE_WORDS: Record<Lang, readonly [string, string, string]> = {
  en: ['trillion', 'billion', 'million'],
  fr: ['billions', 'milliards', 'millions'],
};
const SCALES = [new Dec('1e12'), new Dec('1e9'), new Dec('1e6')] as const;
const NBSP = '\u00a0';

const formatters = new Map<string, Intl.NumberFormat>();

/** A decimal string grouped by the locale ("1,234.50" / "1 234,50"), exactly `digits` places. */
function grouped(decimal: string, digits: number, lang: Lang): string {
  const key = `${lang}:${digits}`;
  let nf = formatters.get(key);
  if (!nf) {
    nf = new Intl.NumberFormat(LOCALES[lang], {
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
    });
    formatters.set(key, nf);
  }
  // Intl formats decimal strings exactly (ES2023); lib.d.ts types the argument as number.
  return nf.format(decimal as unknown as number);
}

function withCurrency(number: string, currency: Currency, lang: Lang, word = ''): string {
  if (lang === 'fr') return `${number}${word ? `${NBSP}${word}` : ''}${NBSP}${SUFFIX_FR[currency]}`;
  return `${PREFIX[currency]}${number}${word ? ` ${word}` : ''}`;
}

/** Big sums in scaled words, small ones to the cent: "US$27.10 billion", "C$1,293.12". */
export function formatMoney(value: Dec, currency: Currency, lang: Lang = 'en'): string {
  const abs = value.abs();
  const sign = value.isNegative() && !value.isZero() ? '−' : '';
  const i = SCALES.findIndex((scale) => abs.gte(scale));
  const scale = SCALES[i];
  const scaled = scale ? abs.div(scale) : abs;
  const shown = fixed(scaled, 2);
  const plural = SCALE_WORDS[lang][i] ?? '';
  // French: singular below 2 ("1,50 milliard", "2 milliards"); English scale words never take an s.
  const word = i < 0 ? '' : lang === 'fr' && new Dec(shown).lt(2) ? plural.replace(/s$/, '') : plural;
  return sign + withCurrency(grouped(shown, 2, lang), currency, lang, word);
}

/** A percentage: "7.13%" / "7,13 %". */
export function formatPct(value: Dec, digits = 2, lang: Lang = 'en'): string {
  return `${grouped(fixed(value, digits), digits, lang)}${lang === 'fr' ? `${NBSP}%` : '%'}`;
}

/** A plain count: "41,528,680" / "41 528 680". */
export function formatCount(value: Dec, lang: Lang = 'en'): string {
  return grouped(fixed(value, 0), 0, lang);
}

/** A plain decimal with `digits` places: "1.39" / "1,39". */
export function formatNumber(value: Dec, digits: number, lang: Lang = 'en'): string {
  return grouped(fixed(value, digits), digits, lang);
}

/** The currency as a unit label: "US$" / "$ US". */
export function currencyPrefix(currency: Currency, lang: Lang = 'en'): string {
  return lang === 'fr' ? SUFFIX_FR[currency] : PREFIX[currency];
}
