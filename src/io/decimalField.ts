/** Zod fields for decimal values: a decimal string (or a plain JSON number) checked against limits. */
import { z } from 'zod';

// zod's JIT probes `new Function` on first use; under the app's Content-Security-Policy that is a
// reported violation on every page load. The interpreted path is fast enough for scenario files.
z.config({ jitless: true });
import { Dec, quoteValue } from '../core';

/** Plain decimal notation, optionally with an exponent: "542000000000", "1.39", "-2.5", "5.42e11". */
const DECIMAL_RE = /^-?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

/**
 * What a decimal in a file may be, beyond its field's min and max: at most 100 characters as written,
 * at most 40 significant digits (half the core's precision, so nothing is silently rounded) and at most 50
 * decimal places (so "1e-999999" is refused, and every accepted value is short in plain notation).
 */
const DECIMAL_LIMITS = { characters: 100, significantDigits: 40, decimalPlaces: 50 } as const;

/** Why a decimal's text is refused before its value is looked at, or undefined. */
function textProblem(value: string | number, text: string): string | undefined {
  if (text.length > DECIMAL_LIMITS.characters)
    return `too long for a decimal number (at most ${DECIMAL_LIMITS.characters} characters), got ${quoteValue(text)}`;
  if (!DECIMAL_RE.test(text) || (typeof value === 'number' && !Number.isFinite(value)))
    return `must be a decimal number such as "1.39", got ${quoteValue(value)}`;
  return undefined;
}

/** Why a parsed decimal is refused, or undefined. */
function valueProblem(
  d: Dec,
  text: string,
  min: number,
  max: number,
  exclusiveMin: boolean,
): string | undefined {
  // An exponent beyond decimal.js's range (e.g. "1e99999999999999999") parses as Infinity, which dec() throws on.
  if (!d.isFinite()) return `must be a finite decimal number, got ${text}`;
  if (exclusiveMin ? d.lte(min) : d.lt(min))
    return `must be ${exclusiveMin ? 'more than' : 'at least'} ${min}, got ${text}`;
  if (d.gt(max)) return `must be at most ${new Dec(max).toString()}, got ${text}`;
  if (d.sd() > DECIMAL_LIMITS.significantDigits)
    return `has more than ${DECIMAL_LIMITS.significantDigits} significant digits, got ${text}`;
  if (d.decimalPlaces() > DECIMAL_LIMITS.decimalPlaces)
    return `has more than ${DECIMAL_LIMITS.decimalPlaces} decimal places, got ${text}`;
  return undefined;
}

/** A decimal value as a string or JSON number, within [min, max] and DECIMAL_LIMITS, as a Dec. */
export function decimalField(min: number, max: number, opts: { exclusiveMin?: boolean } = {}) {
  return z
    .union([z.string(), z.number()], { error: 'must be a number or a decimal string such as "1.39"' })
    .transform((value, ctx) => {
      const text = typeof value === 'number' ? String(value) : value.trim();
      const refused = textProblem(value, text);
      const d = refused === undefined ? new Dec(text) : undefined;
      const problem = d ? valueProblem(d, text, min, max, opts.exclusiveMin ?? false) : refused;
      if (problem !== undefined || !d) {
        ctx.addIssue({ code: 'custom', message: problem ?? '' });
        return z.NEVER;
      }
      return d;
    });
}

/** A whole number within [min, max]. */
export function integerField(min: number, max: number) {
  return z
    .number({ error: 'must be a whole number' })
    .int({ error: 'must be a whole number' })
    .min(min, { error: `must be at least ${min}` })
    .max(max, { error: `must be at most ${max}` });
}
