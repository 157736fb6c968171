// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Tip } from '../../src/ui/charts/describe';
import { YearPlot } from '../../src/ui/charts/YearPlot';
import { labelled, yearLabelStep, yearScale } from '../../src/ui/charts/yearScale';

afterEach(cleanup);

const MARGIN = { top: 10, right: 10, bottom: 10, left: 10 };

describe('yearScale', () => {
  // Plot from x = 10 + 40 = 50 to 410 (360 px, 3 bands of 120) and from y = 10 to 200 − 10 − 30 = 160.
  const scale = yearScale({
    width: 420,
    height: 200,
    margin: MARGIN,
    axisWidth: 40,
    yearAxisHeight: 30,
    years: 3,
    max: 60,
  });

  it('puts zero on the bottom edge and the axis top on the top edge', () => {
    expect([scale.left, scale.right, scale.top, scale.bottom]).toEqual([50, 410, 10, 160]);
    expect(scale.y(0)).toBe(160);
    expect(scale.y(60)).toBe(10);
    expect(scale.y(30)).toBe(85);
  });

  it('gives each year a band, with the column 80 % of it and centred', () => {
    expect(scale.band).toBe(120);
    expect(scale.barWidth).toBe(96);
    expect(scale.bandStart(1)).toBe(170);
    expect(scale.x(1)).toBe(230);
  });

  it('finds the year under the pointer, and none outside the plot', () => {
    expect(scale.indexAt(49)).toBeUndefined();
    expect(scale.indexAt(50)).toBe(0);
    expect(scale.indexAt(289)).toBe(1);
    expect(scale.indexAt(290)).toBe(2);
    expect(scale.indexAt(410)).toBeUndefined();
  });

  it('runs points from end to end, inset, and picks the nearest point', () => {
    const points = yearScale({
      width: 420,
      height: 200,
      margin: MARGIN,
      axisWidth: 40,
      yearAxisHeight: 30,
      years: 3,
      max: 60,
      points: { inset: 12 },
    });
    expect([points.x(0), points.x(1), points.x(2)]).toEqual([62, 230, 398]);
    expect(points.indexAt(145)).toBe(0);
    expect(points.indexAt(147)).toBe(1);
  });
});

describe('year labels', () => {
  it('labels every year when there is room, and always the last year', () => {
    expect(yearLabelStep(120, 14)).toBe(1);
    // 4 digits × 0.62 × 14 px + 8 px = 42.7 px per label over 20 px per year: every third year.
    expect(yearLabelStep(20, 14)).toBe(3);
    const shown = Array.from({ length: 10 }, (_, i) => i).filter((i) => labelled(i, 10, 3));
    expect(shown).toEqual([0, 3, 6, 9]);
  });
});

const tips = (years: readonly number[]) => (): Map<string, Tip> =>
  new Map(years.map((y) => [String(y), { title: String(y), lines: [`Canada: ${y - 2000} billion`] }]));

function plot(years: number[]) {
  return (
    <YearPlot
      years={years}
      bars={[
        { key: 'canada', values: years.map(() => 1), fill: 'red' },
        { key: 'us', values: years.map(() => 9), fill: 'blue' },
      ]}
      max={10}
      unit="bn"
      tips={tips(years)}
      height={300}
    />
  );
}

describe('YearPlot', () => {
  it('draws one column per year and series, and follows a change in the number of years', () => {
    const { container, rerender } = render(plot([2026, 2027, 2028]));
    expect(container.querySelectorAll('.year-plot-columns rect')).toHaveLength(6);
    rerender(plot([2026, 2027, 2028, 2029, 2030]));
    expect(container.querySelectorAll('.year-plot-columns rect')).toHaveLength(10);
    const labels = [...container.querySelectorAll('.year-plot-year-axis .axis-tick')].map(
      (t) => t.textContent,
    );
    expect(labels.at(-1)).toBe('2030');
    const values = [...container.querySelectorAll('.year-plot-value-axis .axis-tick')].map(
      (t) => t.textContent,
    );
    expect(values).toEqual(['0', '2.5', '5', '7.5', '10']);
  });

  it('shows the tooltip of the year under the pointer, and hides it when the pointer leaves', () => {
    const { container } = render(plot([2026, 2027, 2028]));
    const area = container.querySelector('.year-plot') as HTMLElement;
    // jsdom has no layout: the box is 0 px wide (read as 1 px) in a drawing 800 px wide (test/setup.ts),
    // so clientX 0.7 is 560 px in, over the last of three years.
    fireEvent.pointerMove(area, { clientX: 0.7 });
    expect(screen.getByText('Canada: 28 billion')).toBeInTheDocument();
    fireEvent.pointerLeave(area);
    expect(screen.queryByText('Canada: 28 billion')).not.toBeInTheDocument();
  });
});
