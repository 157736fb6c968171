/** The shapes of a chart over years, checked by hand on a plot of 3 bands of 120 px, 0–60 over 150 px. */
import { describe, expect, it } from 'vitest';
import {
  areaPaths,
  bandPaths,
  stackColumns,
  stepPath,
  tipPlacement,
  yearAtPointer,
} from '../../src/ui/charts/yearPlotShapes';
import { yearScale } from '../../src/ui/charts/yearScale';

const MARGIN = { top: 10, right: 10, bottom: 10, left: 10 };
// Plot from x = 50 to 410 (bands of 120, columns of 96 inset 12) and from y = 10 (60) to 160 (0).
const base = {
  width: 420,
  height: 200,
  margin: MARGIN,
  axisWidth: 40,
  yearAxisHeight: 30,
  years: 3,
  max: 60,
};
const scale = yearScale(base);
const years = [2026, 2027, 2028];

describe('stackColumns', () => {
  it('puts each layer on the ones below it, year by year', () => {
    const [canada, us] = stackColumns(years, [{ values: [10, 20, 0] }, { values: [20, 40, 30] }], scale);
    // Canada's 10 in 2026: 25 px tall from the bottom; the US's 20 sits on it, 50 px tall.
    expect(canada?.[0]).toEqual({ year: 2026, x: 62, y: 135, width: 96, height: 25 });
    expect(us?.[0]).toEqual({ year: 2026, x: 62, y: 85, width: 96, height: 50 });
    expect(us?.[1]).toEqual({ year: 2027, x: 182, y: 10, width: 96, height: 100 });
    // A zero is no rectangle, and the US's 30 in 2028 starts from the bottom.
    expect(canada?.map((r) => r.year)).toEqual([2026, 2027]);
    expect(us?.[2]).toEqual({ year: 2028, x: 302, y: 85, width: 96, height: 75 });
  });

  it('counts a negative or missing value as zero', () => {
    const [a, b] = stackColumns(years, [{ values: [-5] }, { values: [6, 6, 6] }], scale);
    expect(a).toEqual([]);
    expect(b?.map((r) => r.y)).toEqual([145, 145, 145]);
  });
});

describe('areaPaths', () => {
  const points = yearScale({ ...base, points: { inset: 10 } });
  it('runs the line through each value and closes the fill along the bottom', () => {
    // Points at x = 60, 230, 400.
    expect(areaPaths(years, [0, 30, 60], points)).toEqual({
      line: 'M60,160L230,85L400,10',
      fill: 'M60,160L230,85L400,10L400,160L60,160Z',
    });
  });

  it('draws nothing without years', () => {
    expect(areaPaths([], [], points)).toBeNull();
  });
});

describe('stepPath', () => {
  it('holds each year’s value across its whole band, stepping between years', () => {
    // Bands 50–170, 170–290, 290–410; 0 → y 160, 30 → 85, 60 → 10.
    expect(stepPath(years, [0, 30, 60], scale)).toBe('M50,160L170,160L170,85L290,85L290,10L410,10');
  });

  it('draws nothing without years', () => {
    expect(stepPath([], [], scale)).toBeNull();
  });
});

describe('bandPaths', () => {
  const points = yearScale({ ...base, points: { inset: 10 } });
  it('draws both edges and fills between them, along the top and back along the bottom', () => {
    // Points at x = 60, 230, 400; 0 is y = 160, 60 is y = 10 (2.5 px a unit).
    expect(bandPaths(years, { low: [10, 20, 30], high: [20, 40, 60] }, points)).toEqual({
      top: 'M60,110L230,60L400,10',
      bottom: 'M60,135L230,110L400,85',
      fill: 'M60,110L230,60L400,10L400,85L230,110L60,135Z',
    });
  });

  it('draws nothing without years', () => {
    expect(bandPaths([], { low: [], high: [] }, points)).toBeNull();
  });
});

describe('the pointer and the tooltip', () => {
  it('finds the year under the pointer in a box drawn at half the plot size', () => {
    // 420 drawing px shown 210 screen px wide from 100: screen 200 is drawing 200, the second band.
    expect(yearAtPointer(200, { left: 100, width: 210 }, 420, scale)).toBe(1);
    expect(yearAtPointer(100, { left: 100, width: 210 }, 420, scale)).toBeUndefined();
  });

  it('puts the tooltip right of a year in the left half, left of one in the right half, 12 px away', () => {
    expect(tipPlacement(88, 400)).toEqual({ left: '25%' });
    expect(tipPlacement(312, 400)).toEqual({ right: '25%' });
  });
});
