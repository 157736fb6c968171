/**
 * Typed numbers per language: the marks each language writes numbers with (from its locale
 * entry), reading a typed number with them, and saying in words how to type one that could not be
 * read. The reading rules are core's readTypedNumber (see its table).
 */
import { Dec, readTypedNumber, type NumberMarks, type TypedNumber, type TypedNumberProblem } from '../core';
import type { Lang } from './lang';
import { localeOf } from './languages';
import { formatNumber } from './locale';
import { translate } from './translate';

/**
 * The marks the language writes numbers with, from its locale entry: en-CA "." and ","; fr-CA ","
 * and a space (where the thousands separator is a space, any space is read as one).
 */
export function numberMarks(lang: Lang): NumberMarks {
  const { decimal, group } = localeOf(lang);
  return { decimal, group: group === '\u00a0' ? ' ' : group };
}

/** A number typed in the language's way ("1,200.5" / "1 200,5"), or why it cannot be read. */
export function readNumber(text: string, lang: Lang): TypedNumber {
  return readTypedNumber(text, numberMarks(lang));
}

/** A decimal string written the language's way, every decimal kept: "1200" → "1,200" / "1 200". */
function reading(decimal: string, lang: Lang): string {
  const value = new Dec(decimal);
  return formatNumber(value, value.decimalPlaces(), lang);
}

/**
 * How to type a number, for a problem readNumber found: "Use a point for decimals, such as 1.2, …".
 * `whole`: the field takes whole numbers, so the examples have no decimals.
 */
export function typedProblemText(problem: TypedNumberProblem, lang: Lang, whole = false): string {
  if (problem.kind === 'ambiguous') {
    const [thousands, decimal] = problem.readings;
    return translate(lang, 'typed.ambiguous', {
      thousands: reading(thousands, lang),
      decimal: reading(decimal, lang),
    });
  }
  if (problem.kind === 'grouping') return translate(lang, 'typed.grouping');
  return translate(lang, whole ? `typed.${problem.kind}.whole` : `typed.${problem.kind}`);
}
