/** Zod fields for decimal values: a decimal string (or a plain JSON number) checked against limits. */
import { z } from 'zod';

// zod's JIT probes `new Function` on first use; under the app's Content-Security-Policy that is a
// reported violation on every page load. The interpreted path is fast enough for scenario files.
z.config({ jitless: true });
import { Dec } from '../core';

/** Plain decimal notation, optionally with an exponent: "542000000000", "1.39", "-2.5", "5.42e11". */
const DECIMAL_RE = /^-?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

/** A decimal value as a string or JSON number, within [min, max], as a Dec. */
export function decimalField(min: number, max: number, opts: { exclusiveMin?: boolean } = {}) {
  return z
    .union([z.string(), z.number()], { error: 'must be a number or a decimal string such as "1.39"' })
    .transform((value, ctx) => {
      const text = typeof value === 'number' ? String(value) : value.trim();
      if (!DECIMAL_RE.test(text) || (typeof value === 'number' && !Number.isFinite(value))) {
        ctx.addIssue({
          code: 'custom',
          message: `must be a decimal number such as "1.39", got ${JSON.stringify(value)}`,
        });
        return z.NEVER;
      }
      // An exponent beyond decimal.js's range (e.g. "1e99999999999999999") parses as Infinity, which dec() throws on.
      const d = new Dec(text);
      if (!d.isFinite()) {
        ctx.addIssue({ code: 'custom', message: `must be a finite decimal number, got ${text}` });
        return z.NEVER;
      }
      const tooLow = opts.exclusiveMin ? d.lte(min) : d.lt(min);
      if (tooLow) {
        ctx.addIssue({
          code: 'custom',
          message: `must be ${opts.exclusiveMin ? 'more than' : 'at least'} ${min}, got ${text}`,
        });
        return z.NEVER;
      }
      if (d.gt(max)) {
        ctx.addIssue({ code: 'custom', message: `must be at most ${new Dec(max).toString()}, got ${text}` });
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
