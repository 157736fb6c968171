import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allocateRounded, dec, HALF_EVEN, roundSplit, roundSplitTotals, sum, type Dec } from '../../src/core';

const cents = (ds: readonly Dec[]) => ds.map((d) => d.toFixed(2));
const column = (r: ReturnType<typeof roundSplit>, key: 'whole' | 'part' | 'rest') =>
  r.rows.map((row) => row[key]);

describe('roundSplit', () => {
  it('keeps the rest within a cent where whole and part rounded alone would not: 0.006 + 0.007', () => {
    // Alone: the whole column gives its one cent to the second row (0.7 of a cent beats 0.6), and the
    // part column to the first: the first row would be 0.00 = 0.01 + (−0.01).
    const r = roundSplit([dec('0.006'), dec('0.007')], [dec('0.006'), dec(0)]);
    expect(cents(column(r, 'whole'))).toEqual(['0.01', '0.00']);
    expect(cents(column(r, 'part'))).toEqual(['0.01', '0.00']);
    expect(cents(column(r, 'rest'))).toEqual(['0.00', '0.00']);
    expect(cents([r.whole, r.part, r.rest])).toEqual(['0.01', '0.01', '0.00']);
  });

  it('is the largest-remainder rounding of both columns when that keeps every rest within a cent', () => {
    const r = roundSplit(
      [dec('33.335'), dec('33.335'), dec('33.33')],
      [dec('3.3335'), dec('3.3335'), dec('3.333')],
    );
    expect(cents(column(r, 'whole'))).toEqual(
      allocateRounded([dec('33.335'), dec('33.335'), dec('33.33')]).parts.map((d) => d.toFixed(2)),
    );
    expect(cents(column(r, 'part'))).toEqual(['3.34', '3.33', '3.33']);
    expect(cents(column(r, 'rest'))).toEqual(['30.00', '30.00', '30.00']);
  });

  it('rounds the part’s total the other way when both totals end in half a cent: 0.015 = 0.005 + 0.010', () => {
    // Half-even would give 0.02 = 0.00 + 0.02, and the rest (exactly 0.01) would be a cent off.
    const r = roundSplit([dec('0.015')], [dec('0.005')]);
    expect(cents([r.whole, r.part, r.rest])).toEqual(['0.02', '0.01', '0.01']);
    expect(cents([...column(r, 'whole'), ...column(r, 'part'), ...column(r, 'rest')])).toEqual([
      '0.02',
      '0.01',
      '0.01',
    ]);
  });

  it('rounds to other places when asked (billions shown to 2 places on the page)', () => {
    const r = roundSplit([dec('58.325'), dec('1.004')], [dec('4.164'), dec('0.5')]);
    expect(cents([r.whole, r.part, r.rest])).toEqual(['59.33', '4.66', '54.67']);
    expect(
      sum(column(r, 'part'))
        .plus(sum(column(r, 'rest')))
        .eq(r.whole),
    ).toBe(true);
  });
});

describe('properties', () => {
  // Values in thousandths of a cent-unit: many end in exactly half a cent, many in whole cents.
  const amount = fc
    .oneof(fc.integer({ min: -2000, max: 2000 }), fc.integer({ min: -(2 ** 40), max: 2 ** 40 }))
    .map((n) => dec(n).div(1000));
  const table = fc.array(fc.tuple(amount, amount), { minLength: 1, maxLength: 12 }).map((rows) => ({
    part: rows.map(([p]) => p),
    rest: rows.map(([, r]) => r),
    whole: rows.map(([p, r]) => p.plus(r)),
  }));
  const withinCent = (rounded: Dec, exact: Dec) =>
    rounded.decimalPlaces() <= 2 && rounded.minus(exact).abs().lt('0.01');
  const halfEven = (d: Dec) => d.toDecimalPlaces(2, HALF_EVEN);

  it('every cell and total is its exact value rounded down or up to the cent', () => {
    fc.assert(
      fc.property(table, (t) => {
        const r = roundSplit(t.whole, t.part);
        r.rows.forEach((row, i) => {
          expect(withinCent(row.whole, t.whole[i] ?? dec(0))).toBe(true);
          expect(withinCent(row.part, t.part[i] ?? dec(0))).toBe(true);
          expect(withinCent(row.rest, t.rest[i] ?? dec(0))).toBe(true);
        });
        expect(withinCent(r.whole, sum(t.whole))).toBe(true);
        expect(withinCent(r.part, sum(t.part))).toBe(true);
        expect(withinCent(r.rest, sum(t.rest))).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it('every row adds up and every column adds up to its total', () => {
    fc.assert(
      fc.property(table, (t) => {
        const r = roundSplit(t.whole, t.part);
        for (const row of [...r.rows, r]) expect(row.part.plus(row.rest).eq(row.whole)).toBe(true);
        expect(sum(column(r, 'whole')).eq(r.whole)).toBe(true);
        expect(sum(column(r, 'part')).eq(r.part)).toBe(true);
        expect(sum(column(r, 'rest')).eq(r.rest)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it('totals are half-even wherever the constraints allow', () => {
    fc.assert(
      fc.property(table, (t) => {
        const r = roundSplit(t.whole, t.part);
        const [whole, part, rest] = [sum(t.whole), sum(t.part), sum(t.rest)];
        expect(r.whole.eq(halfEven(whole))).toBe(true);
        // The part's total is half-even unless the rest would then be a cent or more off.
        if (!r.part.eq(halfEven(part))) expect(withinCent(r.whole.minus(halfEven(part)), rest)).toBe(false);
        if (halfEven(part).plus(halfEven(rest)).eq(r.whole)) expect(r.rest.eq(halfEven(rest))).toBe(true);
        const totals = roundSplitTotals(whole, part);
        expect([totals.whole, totals.part, totals.rest].map(String)).toEqual(
          [r.whole, r.part, r.rest].map(String),
        );
      }),
      { numRuns: 1000 },
    );
  });

  it('is the columns’ own largest-remainder rounding whenever that keeps every rest within a cent', () => {
    fc.assert(
      fc.property(table, (t) => {
        const whole = allocateRounded(t.whole);
        const part = allocateRounded(t.part);
        const rest = whole.parts.map((w, i) => w.minus(part.parts[i] ?? 0));
        const restTotal = whole.total.minus(part.total);
        if (!rest.every((x, i) => withinCent(x, t.rest[i] ?? dec(0))) || !withinCent(restTotal, sum(t.rest)))
          return;
        const r = roundSplit(t.whole, t.part);
        expect(cents(column(r, 'whole'))).toEqual(cents(whole.parts));
        expect(cents(column(r, 'part'))).toEqual(cents(part.parts));
      }),
      { numRuns: 1000 },
    );
  });
});
