import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { capProblems, quotePath, quoteText, quoteValue, UNSAFE_CHARS } from '../../src/core';

describe('quoteText', () => {
  it('quotes a short text as JSON would', () => {
    expect(quoteText('inflation')).toBe('"inflation"');
    expect(quoteText('say "hi" \\ there')).toBe('"say \\"hi\\" \\\\ there"');
  });

  it('cuts a long text at 80 characters and gives its length: 52,428,800 nines', () => {
    const quoted = quoteText('9'.repeat(52_428_800));
    expect(quoted).toBe(`"${'9'.repeat(80)}…" (52,428,800 characters)`);
  });

  it('shows control characters, DEL, C1 and bidi overrides as \\u escapes', () => {
    expect(quoteText('a\u001b[2Kb\u007f\u0085\u202Ec\n')).toBe('"a\\u001b[2Kb\\u007f\\u0085\\u202ec\\u000a"');
  });

  it('counts escapes towards the 80 characters, and never cuts one in half', () => {
    expect(quoteText('\u001b'.repeat(1_000_000))).toBe(`"${'\\u001b'.repeat(13)}…" (1,000,000 characters)`);
  });

  it('never cuts an emoji (a surrogate pair) in half', () => {
    const text = `${'a'.repeat(79)}😀${'b'.repeat(10)}`;
    expect(quoteText(text)).toBe(`"${'a'.repeat(79)}…" (91 characters)`);
  });
});

describe('quoteValue and quotePath', () => {
  it('names lists and objects by their kind, never serialising them', () => {
    let deep: unknown = [];
    for (let i = 0; i < 100_000; i += 1) deep = [deep];
    expect(quoteValue(deep)).toBe('a list');
    expect(quoteValue({ a: 1 })).toBe('an object');
    expect(quoteValue(1.5)).toBe('1.5');
    expect(quoteValue(null)).toBe('null');
    expect(quoteValue(undefined)).toBe('undefined');
  });

  it('cuts each part of a path and escapes it', () => {
    expect(quotePath(['share', 'x'.repeat(100), 3])).toBe(`share.${'x'.repeat(80)}….3`);
    expect(quotePath(['\u001b[1A'])).toBe('\\u001b[1A');
  });
});

describe('capProblems', () => {
  it('keeps the first 20 problems and counts the rest in one line', () => {
    const problems = Array.from({ length: 100_000 }, (_, i) => ({ path: `f${i}`, message: 'unknown' }));
    const capped = capProblems(problems);
    expect(capped).toHaveLength(21);
    expect(capped[19]?.path).toBe('f19');
    expect(capped[20]).toEqual({ path: '', message: 'and 99,980 more problems' });
    expect(capProblems(problems.slice(0, 21))[20]?.message).toBe('and 1 more problem');
    expect(capProblems(problems.slice(0, 20))).toHaveLength(20);
  });
});

describe('properties', () => {
  it('any text quotes to at most 80 characters as shown, plus quotes and its length, with nothing unsafe', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
        const quoted = quoteText(text);
        // Two quotes, an ellipsis and " (300 characters)".
        expect(quoted.length).toBeLessThanOrEqual(80 + 3 + 17);
        expect(quoted.match(UNSAFE_CHARS)).toBeNull();
      }),
    );
  });
});
