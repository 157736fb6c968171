// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { FanChart, TornadoChart, type FanYear, type TornadoRow } from '../../src/ui/charts';
import { FAN_COLOURS } from '../../src/ui/charts/FanLegend';
import { contrastRatio, PALETTE } from '../../src/ui/charts/palette';
import { fanNote, fanText } from '../../src/ui/charts/fanSeries';
import {
  swing,
  tornadoBars,
  tornadoDomain,
  tornadoRowLabel,
  tornadoText,
  widestRow,
} from '../../src/ui/charts/tornadoSeries';
import { dollarsLabel } from '../../src/ui/charts/unitText';

afterEach(cleanup);

/** Three years; 2028 has both the highest median (6) and the widest 90% range (2 to 12). */
const YEARS: readonly FanYear[] = [
  { year: 2026, p5: 1, p25: 2, p50: 3, p75: 4, p95: 5 },
  { year: 2027, p5: 2, p25: 3, p50: 4, p75: 5, p95: 6 },
  { year: 2028, p5: 2, p25: 4, p50: 6, p75: 8, p95: 12 },
];

/** Most likely total 40; swings 50, 35, 3.5 and 2 (the last input lowers the total as it rises). */
const BASE = 40;
const ROWS: readonly TornadoRow[] = [
  { input: 'Base cost', lowInput: 'US$161B', highInput: 'US$542B', atLow: 20, atHigh: 70 },
  { input: 'Canada’s share', lowInput: '5%', highInput: '15%', atLow: 25, atHigh: 60 },
  { input: 'CAD per USD', lowInput: 'C$1.30', highInput: 'C$1.45', atLow: 38.5, atHigh: 42 },
  { input: 'Discount', lowInput: '0%', highInput: '4%', atLow: 41, atHigh: 39 },
];

describe('fan chart data and words (checked by hand)', () => {
  it('turns percentiles into a 90% band, a 50% band and a median', () => {});

  it('titles with units and dollars, and notes the draws', () => {
    expect(fanText(YEARS, 'CAD', 'nominal', 10000).title).toBe(
      'Canada’s yearly cost, range of outcomes, C$ billions (nominal)',
    );
    expect(fanText(YEARS, 'USD', 'constant', 10000, 2025).title).toBe(
      'Canada’s yearly cost, range of outcomes, US$ billions (constant 2025 dollars)',
    );
    expect(dollarsLabel('constant')).toBe('(constant dollars)');
    expect(fanNote(10000)).toBe(
      '10,000 simulated draws; the line is the median, the dark band holds the middle 50% of outcomes, the light band 90%.',
    );
  });

  it('summarises the peak median and the widest year', () => {
    expect(fanText(YEARS, 'CAD', 'nominal', 500).summary).toBe(
      'Fan chart by year, 2026–2028, from 500 simulated draws: Canada’s median yearly cost peaks at ' +
        'C$6.00 billion in 2028, when the middle 50% of outcomes run from C$4.00–C$8.00 billion and 90% from ' +
        'C$2.00–C$12.00 billion; the range is widest in 2028, C$2.00–C$12.00 billion.',
    );
    expect(fanText([], 'CAD', 'nominal', 500).summary).toBe('No years to show.');
  });

  it('tables every percentile and gives tooltips with units', () => {
    const text = fanText(YEARS, 'CAD', 'nominal', 10000);
    expect(text.table().caption).toBe(
      'Canada’s yearly cost, percentiles of 10,000 simulated draws, C$ billions (nominal)',
    );
    expect(text.table().rows).toEqual([
      ['2026', '1.00', '2.00', '3.00', '4.00', '5.00'],
      ['2027', '2.00', '3.00', '4.00', '5.00', '6.00'],
      ['2028', '2.00', '4.00', '6.00', '8.00', '12.00'],
    ]);
    expect(text.tips().get('2027')).toEqual({
      title: '2027',
      lines: [
        'Median: C$4.00 billion',
        'Middle 50%: C$3.00–C$5.00 billion',
        '90% of outcomes: C$2.00–C$6.00 billion',
      ],
    });
  });

  it('keeps the fan’s edges and median visible (3:1) against its bands and white', () => {
    expect(contrastRatio(FAN_COLOURS.edge, FAN_COLOURS.band90)).toBeGreaterThanOrEqual(3);
    expect(contrastRatio(FAN_COLOURS.edge, PALETTE.background)).toBeGreaterThanOrEqual(3);
    expect(contrastRatio(FAN_COLOURS.median, FAN_COLOURS.band50)).toBeGreaterThanOrEqual(3);
    expect(contrastRatio(FAN_COLOURS.median, FAN_COLOURS.band90)).toBeGreaterThanOrEqual(3);
  });
});

describe('tornado data and words (checked by hand)', () => {
  it('measures swings exactly, whichever end is larger', () => {
    expect(ROWS.map(swing)).toEqual([50, 35, 3.5, 2]);
    // 0.3 − 0.1 in floating point is 0.19999999999999998.
    expect(swing({ input: 'x', lowInput: 'a', highInput: 'b', atLow: 0.3, atHigh: 0.1 })).toBe(0.2);
    expect(widestRow(ROWS)?.input).toBe('Base cost');
    expect(widestRow([...ROWS].reverse())?.input).toBe('Base cost');
  });

  it('splits each bar at the most likely total', () => {
    const bars = tornadoBars(ROWS, BASE);
    expect(bars[0]).toEqual({ key: '0', span: [20, 70], below: [20, 40], above: [40, 70] });
    expect(bars[3]).toEqual({ key: '3', span: [39, 41], below: [39, 40], above: [40, 41] });
    const oneSided = { input: 'x', lowInput: 'a', highInput: 'b', atLow: 40, atHigh: 45 };
    expect(tornadoBars([oneSided], BASE)[0]).toMatchObject({ below: undefined, above: [40, 45] });
  });

  it('spans the value axis over every end and the base, with room, in round numbers', () => {
    // 20 to 70, 5% room: 17.5 to 72.5; a quarter of that is 13.75, rounded up to steps of 20.
    expect(tornadoDomain(ROWS, BASE)).toEqual([0, 80]);
    // 278 to 322 in steps of 20 (11 rounded up).
    expect(tornadoDomain([{ ...ROWS[0]!, atLow: 280, atHigh: 320 }], 300)).toEqual([260, 340]);
    // Small values: 0.2 to 0.6, room 0.02, quarter 0.11 → steps of 0.2, without floating dust.
    expect(tornadoDomain([{ ...ROWS[0]!, atLow: 0.2, atHigh: 0.6 }], 0.4)).toEqual([0, 0.8]);
    // Below zero only when a value is.
    expect(tornadoDomain([{ ...ROWS[0]!, atLow: -3, atHigh: 5 }], 1)).toEqual([-5, 10]);
    // No swing at all still gives an axis.
    expect(tornadoDomain([{ ...ROWS[0]!, atLow: 40, atHigh: 40 }], 40)).toEqual([38, 42]);
  });

  it('labels each bar with the input values and Canada’s totals at both ends', () => {
    expect(tornadoRowLabel(ROWS[0]!, 'CAD')).toBe(
      'Base cost: US$161B → US$542B; Canada’s total C$20.00B → C$70.00B',
    );
  });

  it('titles, summarises and tables the rows in the order given', () => {
    const text = tornadoText(ROWS, BASE, 'CAD');
    expect(text.title).toBe('Which assumption matters most: Canada’s total, C$ billions');
    expect(text.summary).toBe(
      'Horizontal bars for 4 inputs, each moved from its low to its high value with the others at their ' +
        'most likely values, around a most likely total of C$40.00 billion. Base cost matters most: from ' +
        'US$161B to US$542B it moves Canada’s total from C$20.00 billion to C$70.00 billion, a swing of ' +
        'C$50.00 billion; Discount matters least, a swing of C$2.00 billion.',
    );
    expect(text.table().columns).toEqual([
      'Input',
      'Low value',
      'Canada’s total at low',
      'High value',
      'Canada’s total at high',
      'Swing',
    ]);
    expect(text.table().rows.map((r) => r[0])).toEqual([
      'Base cost',
      'Canada’s share',
      'CAD per USD',
      'Discount',
    ]);
    expect(text.table().rows[3]).toEqual(['Discount', '0%', '41.00', '4%', '39.00', '2.00']);
    expect(text.tips().get('0')?.lines).toEqual([
      'At US$161B: Canada’s total C$20.00 billion',
      'At US$542B: Canada’s total C$70.00 billion',
      'Swing: C$50.00 billion',
      'Most likely total: C$40.00 billion',
    ]);
    expect(tornadoText([], BASE, 'CAD').summary).toBe('No ranged inputs to show.');
  });
});

function showTable(section: HTMLElement): HTMLElement {
  // A plain button whose label says what it will do, not a toggle (a toggle's label must not change).
  const button = within(section).getByRole('button', { name: 'Show as table' });
  expect(button).not.toHaveAttribute('aria-pressed');
  fireEvent.click(button);
  expect(button).toHaveAccessibleName('Show as chart');
  return within(section).getByRole('table');
}

function bodyRows(table: HTMLElement): string[][] {
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => [...row.querySelectorAll('th, td')].map((c) => c.textContent ?? ''));
}

function ticks(container: HTMLElement): string[] {
  return [...container.querySelectorAll('.recharts-cartesian-axis-tick-value')].map(
    (t) => t.textContent ?? '',
  );
}

describe('FanChart', () => {
  it('draws a titled fan with a summary, readable axes and a legend in words', () => {
    const { container } = render(<FanChart years={YEARS} currency="CAD" dollars="nominal" draws={10000} />);
    const section = screen.getByRole('region', { name: /range of outcomes/ });
    expect(within(section).getByRole('heading', { level: 3 })).toHaveTextContent(
      'Canada’s yearly cost, range of outcomes, C$ billions (nominal)',
    );
    expect(within(section).getByText(/^10,000 simulated draws; the line is the median/)).toBeInTheDocument();
    expect(
      within(section).getByRole('img', { name: /median yearly cost peaks at C\$6\.00 billion in 2028/ }),
    ).toBeInTheDocument();
    expect(container.querySelector('svg.year-plot-svg')).not.toBeNull();
    // Two bands and the median line with a dot per year.
    expect(container.querySelectorAll('.year-plot-band').length).toBe(2);
    expect(container.querySelectorAll('.year-plot-line circle').length).toBe(3);
    const [outer, middle] = [...container.querySelectorAll('.year-plot-band')];
    expect(outer?.querySelector('path[stroke-dasharray="4 3"]')).not.toBeNull();
    expect(middle?.querySelector('path[stroke-dasharray]')).toBeNull();
    const t = [...container.querySelectorAll('.axis-tick')].map((tick) => tick.textContent ?? '');
    expect(t).toContain('2027');
    for (const tick of t) expect(tick).toMatch(/^(\d{4}|\d{1,3}(,\d{3})*(\.\d{1,2})?)$/);
    expect(within(section).getByText('Middle 50% of outcomes (dark band, solid edges)')).toBeInTheDocument();
    expect(within(section).getByText('90% of outcomes (light band, dashed edges)')).toBeInTheDocument();
  });

  it('swaps the fan for a table of the percentiles', () => {
    render(<FanChart years={YEARS} currency="CAD" dollars="nominal" draws={10000} />);
    const section = screen.getByRole('region', { name: /range of outcomes/ });
    const table = showTable(section);
    expect(within(section).queryByRole('img')).not.toBeInTheDocument();
    expect(
      within(table).getByText(
        'Canada’s yearly cost, percentiles of 10,000 simulated draws, C$ billions (nominal)',
      ),
    ).toBeInTheDocument();
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((c) => c.textContent),
    ).toEqual(['Year', '5th percentile', '25th percentile', 'Median', '75th percentile', '95th percentile']);
    expect(
      within(table)
        .getAllByRole('rowheader')
        .map((c) => c.textContent),
    ).toEqual(['2026', '2027', '2028']);
    expect(bodyRows(table)).toEqual([
      ['2026', '1.00', '2.00', '3.00', '4.00', '5.00'],
      ['2027', '2.00', '3.00', '4.00', '5.00', '6.00'],
      ['2028', '2.00', '4.00', '6.00', '8.00', '12.00'],
    ]);
  });
});

describe('TornadoChart', () => {
  it('draws one labelled bar per input, in the order given, around the most likely total', () => {
    const { container } = render(<TornadoChart rows={ROWS} base={BASE} currency="CAD" />);
    const section = screen.getByRole('region', { name: /Which assumption matters most/ });
    expect(within(section).getByRole('heading', { level: 3 })).toHaveTextContent(
      'Which assumption matters most: Canada’s total, C$ billions',
    );
    expect(within(section).getByRole('img', { name: /Base cost matters most/ })).toBeInTheDocument();
    const labels = [...container.querySelectorAll('text')]
      .map((t) => t.textContent ?? '')
      .filter((t) => t.includes('→'));
    expect(labels).toEqual([
      'Base cost: US$161B → US$542B; Canada’s total C$20.00B → C$70.00B',
      'Canada’s share: 5% → 15%; Canada’s total C$25.00B → C$60.00B',
      'CAD per USD: C$1.30 → C$1.45; Canada’s total C$38.50B → C$42.00B',
      'Discount: 0% → 4%; Canada’s total C$41.00B → C$39.00B',
    ]);
    expect(container.querySelector('.recharts-reference-line')).not.toBeNull();
    expect(ticks(container)).toEqual(['0', '20', '40', '60', '80']);
    expect(within(section).getByText('Lower than the most likely total')).toBeInTheDocument();
    expect(within(section).getByText('Higher than the most likely total')).toBeInTheDocument();
    expect(within(section).getByText('Most likely total: C$40.00 billion')).toBeInTheDocument();
  });

  it('tables both ends of every input, in the order given', () => {
    render(<TornadoChart rows={ROWS} base={BASE} currency="CAD" />);
    const section = screen.getByRole('region', { name: /Which assumption matters most/ });
    const table = showTable(section);
    expect(bodyRows(table)).toEqual([
      ['Base cost', 'US$161B', '20.00', 'US$542B', '70.00', '50.00'],
      ['Canada’s share', '5%', '25.00', '15%', '60.00', '35.00'],
      ['CAD per USD', 'C$1.30', '38.50', 'C$1.45', '42.00', '3.50'],
      ['Discount', '0%', '41.00', '4%', '39.00', '2.00'],
    ]);
    expect(within(table).getByText(/most likely total of C\$40\.00 billion/)).toBeInTheDocument();
  });
});
