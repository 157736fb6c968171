import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readTypedNumber, type NumberMarks, type TypedNumber } from '../../src/core';

const EN: NumberMarks = { decimal: '.', group: ',' };
const FR: NumberMarks = { decimal: ',', group: ' ' };

/** What a reading comes to, in one word: the decimal string, or the problem's kind. */
function outcome(r: TypedNumber): string {
  if (r.ok) return r.value;
  return r.problem.kind === 'ambiguous' ? `ambiguous ${r.problem.readings.join(' or ')}` : r.problem.kind;
}

describe('readTypedNumber: the rules, English and French side by side', () => {
  // typed, English (point decimal, comma or space thousands), French (comma decimal, space thousands)
  it.each<[string, string, string]>([
    ['1200', '1200', '1200'],
    ['1,200', '1200', '1.2'],
    ['1 200', '1200', '1200'],
    ['1\u00a0200', '1200', '1200'],
    ['1\u202f234,5', 'marks', '1234.5'],
    ['1.2', '1.2', 'marks'],
    ['1,2', 'marks', '1.2'],
    ['12,47', 'marks', '12.47'],
    ['1.200', '1.2', 'ambiguous 1200 or 1.2'],
    ['12.345', '12.345', 'ambiguous 12345 or 12.345'],
    ['1,234.5', '1234.5', 'marks'],
    ['1 234,5', 'marks', '1234.5'],
    ['1 234.5', '1234.5', 'marks'],
    ['1.234,5', 'marks', 'marks'],
    ['1,234,567', '1234567', 'marks'],
    ['1.234.567', 'marks', 'marks'],
    ['1 234 567', '1234567', '1234567'],
    ['1,23,456', 'grouping', 'marks'],
    ['12 34', 'grouping', 'grouping'],
    ['1 2345', 'grouping', 'grouping'],
    ['.5', '0.5', 'marks'],
    [',5', 'marks', '0.5'],
    ['12.', '12', 'marks'],
    ['-5', '-5', '-5'],
    ['−5', '-5', '-5'],
    ['+5', '5', '5'],
    ['- 2.5', '-2.5', 'marks'],
    ['-0', '0', '0'],
    ['007', '7', '7'],
    ['2.50', '2.5', 'marks'],
    ['1e9', '1000000000', '1000000000'],
    ['1.5E-3', '0.0015', 'marks'],
    ['  42  ', '42', '42'],
    ['', 'empty', 'empty'],
    ['   ', 'empty', 'empty'],
    ['abc', 'notNumber', 'notNumber'],
    ['2.5%', 'notNumber', 'notNumber'],
    ['$5', 'notNumber', 'notNumber'],
    ['5k', 'notNumber', 'notNumber'],
    ['--5', 'notNumber', 'notNumber'],
    ['.', 'notNumber', 'notNumber'],
    ['1e99999', 'notNumber', 'notNumber'],
    ['NaN', 'notNumber', 'notNumber'],
    ['Infinity', 'notNumber', 'notNumber'],
    ['0x10', 'notNumber', 'notNumber'],
  ])('%j → English %s, French %s', (typed, en, fr) => {
    expect(outcome(readTypedNumber(typed, EN))).toBe(en);
    expect(outcome(readTypedNumber(typed, FR))).toBe(fr);
  });

  it('says what a lone thousands separator would have given as a decimal mark', () => {
    expect(readTypedNumber('1,389', EN)).toEqual({ ok: true, value: '1389', ifGroupWereDecimal: '1.389' });
    expect(readTypedNumber('12 345,6', EN)).toMatchObject({ ok: false, problem: { kind: 'marks' } });
    expect(readTypedNumber('1,234,567', EN)).toEqual({ ok: true, value: '1234567' });
    expect(readTypedNumber('1 389', FR)).toEqual({ ok: true, value: '1389' });
  });

  it('refuses text over 100 characters rather than reading it', () => {
    expect(outcome(readTypedNumber('1'.repeat(101), EN))).toBe('notNumber');
  });
});

describe('properties', () => {
  const cents = fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n });
  const write = (c: bigint, locale: string) =>
    new Intl.NumberFormat(locale, { minimumFractionDigits: 2 }).format(`${c}E-2` as unknown as number);
  const exact = (c: bigint) => {
    const abs = (c < 0n ? -c : c).toString().padStart(3, '0');
    const text = `${abs.slice(0, -2)}.${abs.slice(-2)}`.replace(/\.?0+$/, '') || '0';
    return c < 0n && text !== '0' ? `-${text}` : text;
  };

  it('a number written by Intl in its language reads back exactly', () => {
    fc.assert(
      fc.property(
        cents,
        fc.constantFrom<[string, NumberMarks]>(['en-CA', EN], ['fr-CA', FR]),
        (c, [locale, marks]) => {
          expect(readTypedNumber(write(c, locale), marks)).toMatchObject({ ok: true, value: exact(c) });
        },
      ),
    );
  });

  it('a number written with two decimals in one language is refused in the other, never misread', () => {
    fc.assert(
      fc.property(cents, (c) => {
        for (const [locale, other] of [
          ['en-CA', FR],
          ['fr-CA', EN],
        ] as const) {
          expect(readTypedNumber(write(c, locale), other).ok).toBe(false);
        }
      }),
    );
  });

  it('arbitrary text never throws and always gives a plain decimal or a problem', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), fc.constantFrom(EN, FR), (text, marks) => {
        const r = readTypedNumber(text, marks);
        if (r.ok) expect(r.value).toMatch(/^-?\d+(\.\d+)?$/);
      }),
    );
  });
});
