/**
 * What a number field makes of its typed text: the decimal string to store, or the message saying
 * why not and how to type it, in the page's language. Pure; the one reader is i18n's readNumber.
 */
import { Dec } from '../../core';
import { type Lang, numberText, readNumber, translate, typedProblemText } from '../../i18n';

export interface FieldLimits {
  readonly min: number;
  readonly max: number;
  readonly step: number;
  /** A calendar year: its range reads "2000 to 2100", never "2,000 to 2,100". */
  readonly year?: boolean;
}

export type FieldReading =
  { readonly ok: true; readonly value: string } | { readonly ok: false; readonly message: string };

/** A field whose step is a whole number takes whole numbers only (years, draws, a seed). */
const isWhole = (step: number) => Number.isInteger(step) && step >= 1;

export function readField(text: string, limits: FieldLimits, lang: Lang): FieldReading {
  const whole = isWhole(limits.step);
  const read = readNumber(text, lang);
  if (!read.ok) return { ok: false, message: typedProblemText(read.problem, lang, whole) };
  const value = new Dec(read.value);
  if (value.lt(limits.min) || value.gt(limits.max)) {
    const bound = (n: number) => (limits.year ? String(n) : numberText(n, lang));
    return {
      ok: false,
      message: translate(lang, 'calculator.field.range', { min: bound(limits.min), max: bound(limits.max) }),
    };
  }
  if (whole && !value.isInteger()) return { ok: false, message: translate(lang, 'calculator.field.whole') };
  return { ok: true, value: read.value };
}
