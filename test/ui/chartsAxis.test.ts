/** The value axis computed without measuring the page: round ticks and a width from the labels. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { axisWidth, logTicks, niceTicks } from '../../src/ui/charts/axis';
import { tickBn, tickPct } from '../../src/i18n';

describe('niceTicks (checked by hand)', () => {
  it('steps by 10 up to 30 for a largest value of 27.1 (US$27.1B a year)', () => {
    expect(niceTicks(27.1)).toEqual([0, 10, 20, 30]);
  });

  it('steps by 0.1 without float noise for 0.3', () => {
    expect(niceTicks(0.3)).toEqual([0, 0.1, 0.2, 0.3]);
  });

  it('ends exactly on a largest value that is a whole number of steps (8 ÷ 4 = 2 → 0 … 8)', () => {
    expect(niceTicks(8)).toEqual([0, 2, 4, 6, 8]);
  });

  it('uses 2.5 steps where 2 would need a sixth tick (9 ÷ 4 = 2.25 → 2.5)', () => {
    expect(niceTicks(9)).toEqual([0, 2.5, 5, 7.5, 10]);
  });

  it('leaves the GDP chart room above NATO 5% (5.5 ÷ 4 = 1.375 → 2, up to 6)', () => {
    expect(niceTicks(5.5)).toEqual([0, 2, 4, 6]);
  });

  it('gives 0 to 1 when there is nothing to draw', () => {
    expect(niceTicks(0)).toEqual([0, 1]);
    expect(niceTicks(Number.NaN)).toEqual([0, 1]);
  });
});

describe('axisWidth', () => {
  it('fits the longest label: "1,000" at 14 px is 5 × 14 × 0.62 → 44 px, plus 12', () => {
    expect(axisWidth(['0', '500', '1,000'], 14)).toBe(56);
  });

  it('grows with the text on a projector (19 px root → 16.6 px ticks)', () => {
    expect(axisWidth(['1,000'], 16.6)).toBeGreaterThan(axisWidth(['1,000'], 14));
  });
});

describe('properties', () => {
  const max = fc.double({ min: 1e-4, max: 1e7, noNaN: true });

  it('starts at 0, covers the largest value and has at most 5 ticks', () => {
    fc.assert(
      fc.property(max, (m) => {
        const ticks = niceTicks(m);
        expect(ticks[0]).toBe(0);
        expect(ticks[ticks.length - 1]).toBeGreaterThanOrEqual(m * (1 - 1e-12));
        expect(ticks.length).toBeLessThanOrEqual(5);
        expect(ticks.length).toBeGreaterThanOrEqual(2);
      }),
    );
  });

  it('spaces the ticks evenly, by 1, 2, 2.5 or 5 times a power of ten', () => {
    fc.assert(
      fc.property(max, (m) => {
        const ticks = niceTicks(m);
        const step = (ticks[1] ?? 0) - (ticks[0] ?? 0);
        const mantissa = Number((step / 10 ** Math.floor(Math.log10(step))).toPrecision(6));
        expect([1, 2, 2.5, 5]).toContain(mantissa);
        ticks.forEach((t, i) => expect(t).toBeCloseTo(i * step, 9));
      }),
    );
  });

  it('is wide enough for every label it is given, in either language', () => {
    fc.assert(
      fc.property(max, fc.constantFrom('en' as const, 'fr' as const), (m, lang) => {
        for (const format of [tickBn, tickPct]) {
          const labels = niceTicks(m).map((t) => format(t, lang));
          const longest = Math.max(...labels.map((l) => l.length));
          expect(axisWidth(labels, 14)).toBeGreaterThanOrEqual(longest * 14 * 0.6);
        }
      }),
    );
  });
});

describe('logTicks (checked by hand)', () => {
  it('spans the catalog, US$25B to US$3,600B, with 10, 100, 1,000 and 10,000', () => {
    expect(logTicks(25, 3600)).toEqual([10, 100, 1000, 10000]);
  });

  it('goes below 1 for a small custom amount (US$0.5B) without float noise', () => {
    expect(logTicks(0.5, 542)).toEqual([0.1, 1, 10, 100, 1000]);
  });

  it('keeps at least two ticks, and treats nothing positive as 1', () => {
    expect(logTicks(100, 100)).toEqual([100, 1000]);
    expect(logTicks(0, 0)).toEqual([1, 10]);
  });
});
