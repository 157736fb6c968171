/**
 * Reading a number a student typed as an answer: the number as readTypedNumber reads it in the
 * interface's language (see its table: "12.47" in English, "12,47" in French, thousands grouped
 * the language's way), with currency and unit words around it ignored, because the question already
 * says the unit: "C$12.47B", "12,47 G$", "US$ 12.47 billion", "12,47 milliards de dollars",
 * "7.13 %", "3 years", "3 ans". Scale words that would change the value ("million", "T", "k") are
 * not ignored: such text is refused rather than silently misread.
 */
import { readTypedNumber, type NumberMarks, type TypedNumber } from '../typedNumber';

/** Longer text is refused as it is, without looking for words to strip. */
const MAX_ANSWER_LENGTH = 100;

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

/** Removes currency and unit words (and the spaces around them) from both ends, as often as they appear. */
function stripNoise(text: string): string {
  let s = text.trim();
  for (let changed = true; changed;) {
    changed = false;
    const lower = s.toLowerCase();
    for (const word of NOISE) {
      if (lower.startsWith(word)) {
        s = s.slice(word.length).trim();
        changed = true;
        break;
      }
      if (lower.endsWith(word)) {
        s = s.slice(0, s.length - word.length).trim();
        changed = true;
        break;
      }
    }
  }
  return s;
}

/** The number in a typed answer, read with the interface language's `marks`, or why it cannot be read. */
export function readTypedAnswer(typed: string, marks: NumberMarks): TypedNumber {
  if (typed.length > MAX_ANSWER_LENGTH) return readTypedNumber(typed, marks);
  const s = stripNoise(typed.replace(/\u2212/g, '-'));
  const sign = /^[+-]/.exec(s)?.[0] ?? '';
  const rest = sign === '' ? s : stripNoise(s.slice(1));
  return readTypedNumber(`${sign}${rest}`, marks);
}
