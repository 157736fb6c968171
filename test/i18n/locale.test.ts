/**
 * One locale module: every number, amount, percentage and plural comes from the language's locale
 * entry. For English and French (Canada) the entry writes numbers exactly as Intl.NumberFormat does
 * for its tag (the app's output did not change when the formatting moved from Intl to the entry).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Dec, fixed } from '../../src/core';
import {
  dateText,
  formatMoney,
  formatMoneyBn,
  formatNumber,
  formatPct,
  isSingular,
  LANGS,
  localeOf,
  markText,
  moneyRange,
  numberMarks,
  numberText,
  quoteMarks,
  shortMoneyBn,
  shownPct,
  tickPct,
  upToDigits,
} from '../../src/i18n';

const NBSP = '\u00a0';

/** A plain decimal string: sign, up to 21 integer digits, up to 12 decimals. */
const decimalString = fc
  .tuple(fc.boolean(), fc.bigInt({ min: 0n, max: 10n ** 21n }), fc.integer({ min: 0, max: 12 }))
  .map(([negative, digits, scale]) => {
    const text = digits.toString().padStart(scale + 1, '0');
    const value = scale === 0 ? text : `${text.slice(0, -scale)}.${text.slice(-scale)}`;
    return `${negative ? '-' : ''}${value}`;
  });

const intl = (tag: string, options: Intl.NumberFormatOptions) => new Intl.NumberFormat(tag, options);

describe('each shipped locale entry', () => {
  it('has the separators its tag formats with, and typed numbers take them', () => {
    for (const lang of LANGS) {
      const { tag, decimal, group } = localeOf(lang);
      const parts = intl(tag, {}).formatToParts(1234.5);
      expect(parts.find((p) => p.type === 'decimal')?.value, lang).toBe(decimal);
      expect(parts.find((p) => p.type === 'group')?.value, lang).toBe(group);
    }
    expect(numberMarks('en')).toEqual({ decimal: '.', group: ',' });
    expect(numberMarks('fr')).toEqual({ decimal: ',', group: ' ' });
  });
});

describe('numbers written from the entry', () => {
  it('reads as a person would check them', () => {
    expect(formatNumber(new Dec('1234567.891'), 2, 'en')).toBe('1,234,567.89');
    expect(formatNumber(new Dec('1234567.891'), 2, 'fr')).toBe(`1${NBSP}234${NBSP}567,89`);
    expect(numberText('4294967295', 'fr')).toBe(`4${NBSP}294${NBSP}967${NBSP}295`);
    expect(upToDigits(0.125, 2, 'en')).toBe('0.13');
    expect(upToDigits(-0.001, 2, 'en')).toBe('-0');
  });

  describe('properties', () => {
    it('exact decimals: the same as Intl.NumberFormat with the tag, every digit kept', () => {
      fc.assert(
        fc.property(
          decimalString,
          fc.integer({ min: 0, max: 6 }),
          fc.constantFrom(...LANGS),
          (s, digits, lang) => {
            const { tag } = localeOf(lang);
            const exact = intl(tag, { minimumFractionDigits: digits, maximumFractionDigits: digits });
            // As before: core rounds (half-even, no negative zero), Intl wrote the decimal string
            // exactly (ES2023; lib.d.ts types the argument as number).
            expect(formatNumber(new Dec(s), digits, lang)).toBe(
              exact.format(fixed(new Dec(s), digits) as unknown as number),
            );
            expect(numberText(s, lang)).toBe(
              intl(tag, { maximumFractionDigits: 20 }).format(s as unknown as number),
            );
          },
        ),
      );
    });

    it('plain numbers: the same as Intl.NumberFormat with the tag (rounded half away from zero)', () => {
      const number = fc.oneof(
        fc.double({ noNaN: true, noDefaultInfinity: true }),
        fc.integer({ min: -10_000_000, max: 10_000_000 }).map((i) => i / 1000),
      );
      fc.assert(
        fc.property(number, fc.constantFrom(0, 2, 3, 20), fc.constantFrom(...LANGS), (n, digits, lang) => {
          expect(upToDigits(n, digits, lang)).toBe(
            intl(localeOf(lang).tag, { maximumFractionDigits: digits }).format(n),
          );
        }),
      );
    });
  });
});

describe('money, percentages and plurals from the entry', () => {
  it('puts the currency and the scale word where the language does', () => {
    expect(formatMoney(new Dec('27100000000'), 'USD', 'en')).toBe('US$27.10 billion');
    expect(formatMoney(new Dec('27100000000'), 'USD', 'fr')).toBe(`27,10${NBSP}milliards${NBSP}$${NBSP}US`);
    expect(shortMoneyBn(61, 'USD', 'fr')).toBe(`61,00${NBSP}G$${NBSP}US`);
    expect(moneyRange(2, 4, 'CAD', 'en')).toBe('C$2.00–C$4.00 billion');
    expect(formatPct(new Dec('7.1281'), 1, 'fr')).toBe(`7,1${NBSP}%`);
    expect(shownPct(0.001, 2, 'en')).toBe('<0.01%');
    expect(tickPct(2.5, 'fr')).toBe(`2,5${NBSP}%`);
  });

  it('one French plural rule, on the number as shown: "1,99 milliard", "2,00 milliards"', () => {
    expect(formatMoneyBn(1.994, 'USD', 'fr')).toBe(`1,99${NBSP}milliard${NBSP}$${NBSP}US`);
    // 1.996 shows as 2,00: plural, as formatMoney has always written it.
    expect(formatMoneyBn(1.996, 'USD', 'fr')).toBe(`2,00${NBSP}milliards${NBSP}$${NBSP}US`);
    expect(formatMoney(new Dec('1996000000'), 'USD', 'fr')).toBe(`2,00${NBSP}milliards${NBSP}$${NBSP}US`);
    expect(formatMoneyBn(1e20, 'USD', 'fr')).toMatch(/milliards/); // huge numbers: ICU's plural rules say "one"
  });

  it('singular by the language’s plural rules: French below two, English exactly one', () => {
    expect(['0', '1', '1.5', '1.99'].map((v) => isSingular(new Dec(v), 'fr'))).toEqual([
      true,
      true,
      true,
      true,
    ]);
    expect(isSingular(new Dec(2), 'fr')).toBe(false);
    expect(['1', '-1'].map((v) => isSingular(new Dec(v), 'en'))).toEqual([true, true]);
    expect(['0', '1.5', '2'].map((v) => isSingular(new Dec(v), 'en'))).toEqual([false, false, false]);
  });

  it('marks, quotes and dates', () => {
    expect(markText(':', 'en')).toBe(': ');
    expect(markText(';', 'fr')).toBe(`${NBSP}; `);
    expect(quoteMarks('fr')).toEqual([`«${NBSP}`, `${NBSP}»`]);
    expect(dateText('2025-05-01', 'fr')).toBe(`1er${NBSP}mai 2025`);
    expect(dateText('2025-05-20', 'en')).toBe('May 20, 2025');
  });
});
