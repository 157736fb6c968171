import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allocateRounded, dec, HALF_EVEN, sum, type Dec } from '../../src/core';

const strings = (ds: readonly Dec[]) => ds.map((d) => d.toFixed(2));

describe('allocateRounded', () => {
  it('splits $100 in three as 33.34 + 33.33 + 33.33 (the spare cent to the earliest tie)', () => {
    const third = dec(100).div(3);
    const { total, parts } = allocateRounded([third, third, third]);
    expect(total.toFixed(2)).toBe('100.00');
    expect(strings(parts)).toEqual(['33.34', '33.33', '33.33']);
  });

  it('gives the missing cent to the part with the largest remainder, not to the first', () => {
    // Exact 1.004 + 2.006 = 3.01: rounding each half-even gives 1.00 + 2.01, and so does the allocation.
    const { total, parts } = allocateRounded([dec('1.004'), dec('2.006')]);
    expect(total.toFixed(2)).toBe('3.01');
    expect(strings(parts)).toEqual(['1.00', '2.01']);
  });

  it('rounds the whole half-even: 0.005 + 0.010 = 0.015 becomes 0.02, 0.025 becomes 0.02', () => {
    expect(allocateRounded([dec('0.005'), dec('0.010')]).total.toFixed(2)).toBe('0.02');
    expect(allocateRounded([dec('0.0125'), dec('0.0125')]).total.toFixed(2)).toBe('0.02');
  });

  it('keeps parts that are already whole cents unchanged', () => {
    const { parts } = allocateRounded([dec('27100000000'), dec('0.01'), dec('5.5')]);
    expect(strings(parts)).toEqual(['27100000000.00', '0.01', '5.50']);
  });

  it('rounds to other numbers of places when asked (4 for percentages)', () => {
    const { total, parts } = allocateRounded([dec(1).div(3), dec(2).div(3)], 4);
    expect(total.toFixed(4)).toBe('1.0000');
    expect(parts.map((p) => p.toFixed(4))).toEqual(['0.3333', '0.6667']);
  });
});

describe('properties', () => {
  // Parts with up to 6 decimal places, including negatives (a negative cost growth can make costs fall).
  const part = fc
    .bigInt({ min: -(10n ** 18n), max: 10n ** 18n })
    .map((n) => dec(n.toString()).div(1_000_000));
  const parts = fc.array(part, { minLength: 1, maxLength: 60 });

  it('keeps the whole: the rounded parts add up to the sum rounded half-even', () => {
    fc.assert(
      fc.property(parts, (ps) => {
        const { total, parts: rounded } = allocateRounded(ps);
        expect(total.eq(sum(ps).toDecimalPlaces(2, HALF_EVEN))).toBe(true);
        expect(sum(rounded).eq(total)).toBe(true);
      }),
    );
  });

  it('moves no part by a full cent, and every part is a whole number of cents', () => {
    fc.assert(
      fc.property(parts, (ps) => {
        allocateRounded(ps).parts.forEach((r, i) => {
          expect(
            r
              .minus(ps[i] ?? 0)
              .abs()
              .lt('0.01'),
          ).toBe(true);
          expect(r.decimalPlaces()).toBeLessThanOrEqual(2);
        });
      }),
    );
  });
});
