/**
 * Reading a number a student typed as an answer. Accepted (see scenarios/exercises/README.md):
 * - a decimal point or a French decimal comma: "12.47", "12,47";
 * - thousands grouped by spaces (also no-break and thin spaces), commas or points: "1 234,5",
 *   "1,234.5", "1.234,5", "1,234,567";
 * - a sign ("-", "−", "+") and an exponent ("1.2e9");
 * - currency and unit words around the number, which are ignored because the question already
 *   says the unit: "C$12.47B", "12,47 G$", "US$ 12.47 billion", "12,47 milliards de dollars",
 *   "7.13 %", "3 years", "3 ans".
 * A single comma followed by exactly three digits ("1,234") is a thousands separator in English
 * and a decimal comma otherwise. Scale words that would change the value ("million", "T", "k")
 * are not ignored: such text is unparseable rather than silently misread.
 */
import { Dec } from '../money';
import type { ExerciseLang } from './types';

const NOISE = [
  'milliards',
  'milliard',
  'billions',
  'billion',
  'dollars',
  'dollar',
  'américains',
  'canadiens',
  'american',
  'canadian',
  'de',
  'pourcent',
  'percent',
  'années',
  'année',
  'years',
  'year',
  'yrs',
  'ans',
  'an',
  'usd',
  'cad',
  'gbp',
  'us$',
  'ca$',
  'can$',
  'c$',
  '$us',
  '$ca',
  '$can',
  'g$',
  'md$',
  'md',
  'bn',
  'pct',
  'us',
  'ca',
  'can',
  'b',
  'g',
  '$',
  '£',
  '%',
].sort((a, b) => b.length - a.length);

/** Removes currency and unit words from both ends, as often as they appear. */
function stripNoise(text: string): string {
  let s = text;
  for (let changed = true; changed;) {
    changed = false;
    const lower = s.toLowerCase();
    for (const word of NOISE) {
      if (lower.startsWith(word)) {
        s = s.slice(word.length);
        changed = true;
        break;
      }
      if (lower.endsWith(word)) {
        s = s.slice(0, s.length - word.length);
        changed = true;
        break;
      }
    }
  }
  return s;
}

const GROUPED = (sep: string) => new RegExp(`^\\d{1,3}(\\${sep}\\d{3})+$`);

/** "1,234" with `sep` = "," → "1234"; undefined if the groups are not of three digits. */
function ungroup(int: string, sep: string): string | undefined {
  if (!int.includes(sep)) return int;
  return GROUPED(sep).test(int) ? int.split(sep).join('') : undefined;
}

/** Digits with separators → a plain decimal string "1234.5", or undefined. */
function normalizeDigits(s: string, lang: ExerciseLang | undefined): string | undefined {
  if (/^\d+(\.\d+)?e[+-]?\d+$/i.test(s)) return s;
  if (!/^[\d.,]*\d[\d.,]*$/.test(s)) return undefined;
  const commas = s.split(',').length - 1;
  const points = s.split('.').length - 1;
  let decimalSep: ',' | '.' | undefined;
  if (commas > 0 && points > 0) decimalSep = s.lastIndexOf(',') > s.lastIndexOf('.') ? ',' : '.';
  else if (commas === 1) decimalSep = lang === 'en' && GROUPED(',').test(s) ? undefined : ',';
  else if (points === 1) decimalSep = '.';
  const thousandsSep = decimalSep === ',' ? '.' : ',';
  const cut = decimalSep === undefined ? -1 : s.lastIndexOf(decimalSep);
  const int = cut === -1 ? s : s.slice(0, cut);
  const frac = cut === -1 ? '' : s.slice(cut + 1);
  if (frac.includes(',') || frac.includes('.')) return undefined;
  // With no decimal separator, repeated points are thousands too ("1.234.567").
  const plain = ungroup(int, decimalSep === undefined && points > 1 ? '.' : thousandsSep);
  if (plain === undefined || /[.,]/.test(plain)) return undefined;
  return `${plain === '' ? '0' : plain}${frac === '' ? '' : `.${frac}`}`;
}

/**
 * The number in a typed answer, or undefined when it cannot be read unambiguously. `lang` is the
 * interface language, used only for "1,234" (English: one thousand two hundred thirty-four).
 */
export function parseTypedNumber(typed: string, lang?: ExerciseLang): Dec | undefined {
  if (typed.length > 100) return undefined;
  let s = typed.replace(/[\s\u00a0\u2009\u202f]/g, '').replace(/\u2212/g, '-');
  s = stripNoise(s);
  let sign = '';
  if (s.startsWith('-') || s.startsWith('+')) {
    sign = s[0] === '-' ? '-' : '';
    s = stripNoise(s.slice(1));
  }
  const digits = normalizeDigits(s, lang);
  if (digits === undefined) return undefined;
  const value = new Dec(`${sign}${digits}`);
  return value.isFinite() ? value : undefined;
}
