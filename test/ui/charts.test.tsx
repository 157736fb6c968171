// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { CATALOG, computeScenario, dec, defaultFx, type ScenarioResult } from '../../src/core';
import { threeBillionScenario } from '../support/threeBillion';

/** One bar per catalog figure, a low/high pair counting once (16 figures, two pairs: 14 today). */
const BARS = CATALOG.length - CATALOG.filter((e) => e.range?.role === 'high').length;
import { parseScenarioDoc } from '../../src/io';
import { CompareChart, EstimatesChart, ResultCharts } from '../../src/ui/charts';
import { gdpText, yearlyText } from '../../src/ui/charts/describe';
import { estimateRowLabel } from '../../src/ui/charts/describeEstimates';
import { rangeLabel } from '../../src/ui/charts/estimateSeries';
import { contrastRatio, GRAPHIC_COLOURS, PALETTE, TEXT_COLOURS } from '../../src/ui/charts/palette';
import { compareSeries, estimatesSeries, resultSeries, toBillions } from '../../src/ui/charts/series';
import { formatBn, shownPct } from '../../src/i18n';

afterEach(cleanup);

/** US$3,000,000,000 over 2026–2028, even, no inflation, Canada pays 10 %. */
function threeBillion(percent = '10', name = 'Three billion', dollarYear = 2026): ScenarioResult {
  return computeScenario(
    threeBillionScenario({
      name,
      cost: { amount: '3000000000', currency: 'USD', dollarYear, label: 'Test amount' },
      share: { rule: 'percent', percent },
    }),
  );
}

describe('resultSeries (checked by hand)', () => {
  it('splits each year into program 1.00B, Canada 0.10B and US 0.90B in US dollars', () => {
    const s = resultSeries(threeBillion(), 'USD', 'nominal');
    expect(s.yearly).toEqual([
      { year: 2026, canada: 0.1, us: 0.9, total: 1 },
      { year: 2027, canada: 0.1, us: 0.9, total: 1 },
      { year: 2028, canada: 0.1, us: 0.9, total: 1 },
    ]);
    expect(s.cumulative.map((p) => p.canada)).toEqual([0.1, 0.2, 0.3]);
    expect(s.totals).toEqual({ canada: 0.3, us: 2.7, total: 3 });
  });

  it('converts to Canadian dollars at 1.39 exactly before turning into numbers', () => {
    const s = resultSeries(threeBillion(), 'CAD', 'nominal');
    // 0.1 × 1.39 = 0.139; 0.9 × 1.39 = 1.251; 1 × 1.39 = 1.39
    expect(s.yearly[0]).toEqual({ year: 2026, canada: 0.139, us: 1.251, total: 1.39 });
    expect(s.cumulative.map((p) => p.canada)).toEqual([0.139, 0.278, 0.417]);
  });

  it('gives the same figures in constant dollars when there is no inflation', () => {
    expect(resultSeries(threeBillion(), 'USD', 'constant').yearly).toEqual(
      resultSeries(threeBillion(), 'USD', 'nominal').yearly,
    );
  });

  it('puts Canada’s yearly cost against its C$62.7B defence budget', () => {
    // C$139M ÷ C$62.7B = 0.22169…% → 0.2217
    expect(resultSeries(threeBillion(), 'USD', 'nominal').budget.map((p) => p.pct)).toEqual([
      0.2217, 0.2217, 0.2217,
    ]);
  });

  it('puts defence spending against GDP without and with the Golden Dome share', () => {
    // Baseline: C$62.7B ÷ (US$2,240B × 1.39 = C$3,113.6B) = 2.01375…% → 2.0137
    // Share: US$0.1B ÷ US$2,240B = 0.004464…% → 0.0045; with = 2.0137 + 0.0045 = 2.0182
    const s = resultSeries(threeBillion(), 'USD', 'nominal');
    expect(s.gdp[0]).toEqual({ year: 2026, withoutPct: 2.0137, goldenDomePct: 0.0045, withPct: 2.0182 });
    expect(s.nato.map((l) => l.pct)).toEqual([2, 3.5, 5]);
    expect(s.nato.map((l) => l.label)).toEqual(['NATO 2%', 'NATO 3.5%', 'NATO 5%']);
  });

  it('compares scenarios by their totals', () => {
    const items = [
      { name: 'Ten percent', result: threeBillion('10') },
      { name: 'Forty percent', result: threeBillion('40') },
    ];
    expect(compareSeries(items, 'USD', 'nominal')).toEqual([
      {
        key: '0',
        name: 'Ten percent',
        dollarYear: 2026,
        canada: 0.3,
        us: 2.7,
        total: 3,
        shown: { canada: 0.3, us: 2.7, total: 3 },
      },
      {
        key: '1',
        name: 'Forty percent',
        dollarYear: 2026,
        canada: 1.2,
        us: 1.8,
        total: 3,
        shown: { canada: 1.2, us: 1.8, total: 3 },
      },
    ]);
    // 1.2 × 1.39 = 1.668; 1.8 × 1.39 = 2.502; as a table shows them, 1.67 + 2.50 = 4.17 (2.502 alone is 2.50 too)
    expect(compareSeries(items, 'CAD', 'nominal')[1]).toMatchObject({
      canada: 1.668,
      us: 2.502,
      total: 4.17,
      shown: { canada: 1.67, us: 2.5, total: 4.17 },
    });
  });

  it('converts to billions at the boundary, half-even to 6 places', () => {
    expect(toBillions(dec('542000000000'))).toBe(542);
    expect(toBillions(dec('1234567.5'))).toBe(0.001235);
  });
});

describe('estimatesSeries', () => {
  const fx = defaultFx();

  it('draws CBO 2025 low and high as one range from 161 to 542, selected by either id', () => {
    const bars = estimatesSeries('cbo-sbi-2025-high', fx);
    const cbo = bars.filter((b) => b.ids.includes('cbo-sbi-2025-low') || b.ids.includes('cbo-sbi-2025-high'));
    expect(cbo).toHaveLength(1);
    expect(cbo[0]).toMatchObject({
      isRange: true,
      lowUsdBn: 161,
      highUsdBn: 542,
      span: [161, 542],
      selected: true,
      label: 'CBO 2025, space interceptors, low to high',
      published: 'US$161B–US$542B',
    });
    expect(bars.filter((b) => b.selected)).toHaveLength(1);
  });

  it('has one bar per figure, a pair counting once', () => {
    expect(estimatesSeries(undefined, fx)).toHaveLength(BARS);
    expect(estimatesSeries(undefined, fx).some((b) => b.selected)).toBe(false);
  });

  it('puts every figure in US dollars and flags restatements and Canada asks', () => {
    const bars = estimatesSeries('trump-total-2025', fx);
    const byId = (id: string) => bars.find((b) => b.ids.includes(id));
    // C$243B ÷ 1.39 = US$174.820143…B
    expect(byId('ctv-cad-2025')).toMatchObject({
      highUsdBn: 174.820144,
      span: [0, 174.820144],
      published: 'C$243B',
      restates: { label: 'Trump’s total (US$175B)', reason: 'currency' },
    });
    // £18.7B × 1.3369 = US$25.00003B
    expect(byId('trump-initial-gbp-2025')?.highUsdBn).toBe(25.00003);
    expect(byId('independent-524')?.restates?.reason).toBe('misprint');
    expect(byId('trump-total-2025')?.selected).toBe(true);
    expect(bars.filter((b) => b.canadaAsk).map((b) => b.highUsdBn)).toEqual([61, 71]);
  });

  it('puts a custom amount first as its own highlighted bar', () => {
    const bars = estimatesSeries(undefined, fx, { label: 'My guess', usd: dec('3000000000') });
    expect(bars[0]).toMatchObject({
      key: 'custom',
      label: 'My guess',
      span: [0, 3],
      selected: true,
      custom: true,
    });
    expect(estimateRowLabel(bars[0]!)).toBe('▶ My guess: US$3.00B · your amount');
  });

  it('names a range after what its two ends share', () => {
    expect(
      rangeLabel(
        'AEI 2025, cheapest architecture (US$252B)',
        'AEI 2025, most expensive architecture (US$3.6T)',
      ),
    ).toBe('AEI 2025, cheapest architecture to most expensive architecture');
  });
});

describe('words and numbers', () => {
  it('formats half-even with separators, never showing a real amount as zero', () => {
    expect(formatBn(1234.5)).toBe('1,234.50');
    expect(formatBn(0.125)).toBe('0.12');
    expect(formatBn(0.135)).toBe('0.14');
    expect(formatBn(0.004)).toBe('<0.01');
    expect(formatBn(0)).toBe('0.00');
    expect(shownPct(2.0137, 2)).toBe('2.01%');
    expect(shownPct(0.00001, 4)).toBe('<0.0001%');
  });

  it('titles charts with units and dollars', () => {
    const s = resultSeries(threeBillion(), 'USD', 'constant');
    expect(yearlyText(s).title).toBe('Yearly cost, US$ billions (constant 2026 dollars)');
    expect(yearlyText(resultSeries(threeBillion(), 'CAD', 'nominal')).title).toBe(
      'Yearly cost, C$ billions (nominal)',
    );
  });

  it('gives tooltips with units', () => {
    const s = resultSeries(threeBillion(), 'CAD', 'nominal');
    expect(yearlyText(s).tips().get('2027')).toEqual({
      title: '2027',
      lines: ['Canada: C$0.14 billion', 'United States: C$1.25 billion', 'Total: C$1.39 billion'],
    });
    expect(gdpText(s).tips().get('2028')?.lines).toEqual([
      'Without Golden Dome: 2.0137%',
      'Golden Dome share: 0.0045%',
      'With Golden Dome: 2.0182%',
    ]);
  });

  it('keeps the yearly table adding up: US$175B over 3 years at a GDP share adds up (not 4.16 + 54.18 = 58.33)', () => {
    const parsed = parseScenarioDoc({
      schemaVersion: 3,
      id: 'trump-175',
      name: 'US$175B',
      cost: { estimateId: 'trump-total-2025' },
      startYear: 2026,
      years: 3,
      profile: 'even',
      share: { rule: 'gdp' },
    });
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    const { table, summary } = yearlyText(resultSeries(computeScenario(parsed.scenario), 'USD', 'nominal'));
    // Exact: US$58.333B a year, Canada US$4.158B (12.474B in all), the US US$54.175B: each rounded
    // alone, 4.16 + 54.18 ≠ 58.33. Rounded together, every row and column adds up.
    expect(table().rows).toEqual([
      ['2026', '4.16', '54.18', '58.34'],
      ['2027', '4.16', '54.17', '58.33'],
      ['2028', '4.15', '54.18', '58.33'],
    ]);
    expect(table().foot).toEqual(['Total', '12.47', '162.53', '175.00']);
    expect(summary).toContain('US$12.47 billion');
  });

  it('keeps every yearly and compare table adding up, rows and columns, in both currencies', () => {
    const cents = (text: string) => Math.round(Number(text.replace(/,/g, '')) * 100);
    for (const currency of ['USD', 'CAD'] as const) {
      for (const percent of ['10', '33.3', '7.77']) {
        const { rows, foot = [] } = yearlyText(
          resultSeries(threeBillion(percent), currency, 'nominal'),
        ).table();
        for (const [, canada = '', us = '', total = ''] of [...rows, foot])
          expect(cents(canada) + cents(us)).toBe(cents(total));
        for (const col of [1, 2, 3])
          expect(rows.reduce((acc, r) => acc + cents(r[col] ?? ''), 0)).toBe(cents(foot[col] ?? ''));
      }
    }
  });

  it('keeps the GDP table adding up: without + share = with', () => {
    const { rows } = gdpText(resultSeries(threeBillion(), 'USD', 'nominal')).table();
    expect(rows[0]).toEqual(['2026', '2.0137%', '0.0045%', '2.0182%']);
  });

  it('uses colours with WCAG AA contrast on white', () => {
    for (const c of TEXT_COLOURS) expect(contrastRatio(PALETTE[c], '#FFFFFF')).toBeGreaterThanOrEqual(4.5);
    for (const c of GRAPHIC_COLOURS) expect(contrastRatio(PALETTE[c], '#FFFFFF')).toBeGreaterThanOrEqual(3);
  });
});

function region(name: RegExp): HTMLElement {
  return screen.getByRole('region', { name });
}

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

describe('ResultCharts', () => {
  it('shows four titled charts, each drawn as an svg with a summary', () => {
    const { container } = render(<ResultCharts result={threeBillion()} currency="USD" dollars="nominal" />);
    for (const name of [
      'Yearly cost, US$ billions (nominal)',
      'Canada’s cumulative cost, US$ billions (nominal)',
      'Canada’s defence budget with its Golden Dome cost on top, C$ billions (nominal)',
      'Canada’s defence spending, % of GDP, with and without Golden Dome (nominal)',
    ]) {
      expect(screen.getByRole('heading', { level: 3, name })).toBeInTheDocument();
    }
    expect(container.querySelectorAll('svg.year-plot-svg').length).toBe(4);
    expect(
      screen.getByRole('img', {
        name: /Canada pays US\$0\.30 billion and the United States US\$2\.70 billion/,
      }),
    ).toBeInTheDocument();
    // The line's label in the budget chart (money a year) and in the GDP chart (a share).
    expect(screen.getAllByText('NATO 3.5%')).toHaveLength(2);
    // Readable axes: years on x, short billions or percentages on y, never 12-digit numbers.
    const ticks = [...container.querySelectorAll('.axis-tick')].map((t) => t.textContent ?? '');
    expect(ticks).toContain('2027');
    expect(ticks.length).toBeGreaterThan(10);
    for (const t of ticks) expect(t).toMatch(/^(\d{4}|\d{1,3}(,\d{3})*(\.\d{1,2})?%?)$/);
  });

  it('swaps the yearly chart for a table with the same numbers', () => {
    render(<ResultCharts result={threeBillion()} currency="USD" dollars="nominal" />);
    const section = region(/^Yearly cost/);
    const table = showTable(section);
    expect(within(section).queryByRole('img')).not.toBeInTheDocument();
    expect(within(table).getByText('Yearly cost by payer, US$ billions (nominal)')).toBeInTheDocument();
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((c) => c.textContent),
    ).toEqual(['Year', 'Canada', 'United States', 'Total']);
    expect(bodyRows(table)).toEqual([
      ['2026', '0.10', '0.90', '1.00'],
      ['2027', '0.10', '0.90', '1.00'],
      ['2028', '0.10', '0.90', '1.00'],
      ['Total', '0.30', '2.70', '3.00'],
    ]);
    fireEvent.click(within(section).getByRole('button', { name: 'Show as chart' }));
    expect(within(section).queryByRole('table')).not.toBeInTheDocument();
    expect(within(section).getByRole('button', { name: 'Show as table' })).toBeInTheDocument();
    expect(within(section).getByRole('img')).toBeInTheDocument();
  });

  it('tables the cumulative, budget and GDP charts', () => {
    render(<ResultCharts result={threeBillion()} currency="USD" dollars="nominal" />);
    expect(bodyRows(showTable(region(/cumulative cost/)))).toEqual([
      ['2026', '0.10', '0.10'],
      ['2027', '0.10', '0.20'],
      ['2028', '0.10', '0.30'],
    ]);
    // C$0.139B of C$62.7B = 0.22%; NATO 2% and 3.5% of C$3,113.6B of GDP = C$62.27B and C$108.98B.
    expect(bodyRows(showTable(region(/defence budget with its Golden Dome cost/)))[0]).toEqual([
      '2026',
      '0.22%',
      '62.70',
      '0.14',
      '62.27',
      '108.98',
    ]);
    expect(bodyRows(showTable(region(/% of GDP/)))[2]).toEqual(['2028', '2.0137%', '0.0045%', '2.0182%']);
  });

  it('shows Canadian dollars when asked', () => {
    render(<ResultCharts result={threeBillion()} currency="CAD" dollars="nominal" />);
    const table = showTable(region(/^Yearly cost, C\$ billions/));
    expect(bodyRows(table)[0]).toEqual(['2026', '0.14', '1.25', '1.39']);
    expect(bodyRows(showTable(region(/cumulative cost/)))[2]).toEqual(['2028', '0.14', '0.42']);
  });
});

describe('EstimatesChart', () => {
  it('draws every estimate with the selected one marked', () => {
    render(<EstimatesChart selectedId="trump-total-2025" fx={defaultFx()} />);
    expect(
      screen.getByRole('heading', { name: 'Published estimates compared, US$ billions' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('img', { name: /Highlighted: Trump’s total \(US\$175B\)/ })).toBeInTheDocument();
    expect(screen.getByText('▶ Trump’s total (US$175B): US$175.00B')).toBeInTheDocument();
  });

  it('tables the range as one row and the custom amount as its own', () => {
    render(
      <EstimatesChart
        selectedId="cbo-sbi-2025-low"
        fx={defaultFx()}
        custom={{ label: 'My guess', usd: dec('3000000000') }}
      />,
    );
    const rows = bodyRows(showTable(region(/Published estimates/)));
    expect(rows).toHaveLength(BARS + 1); // and the custom amount
    expect(rows[0]).toEqual(['My guess', 'Your amount', '3.00', 'US$3B', 'Your amount (selected)']);
    expect(rows.find((r) => r[0]?.startsWith('CBO 2025'))).toEqual([
      'CBO 2025, space interceptors, low to high',
      '20-year estimates',
      '161.00–542.00',
      'US$161B–US$542B',
      'Selected; Range: low to high',
    ]);
    expect(rows.find((r) => r[0]?.includes('C$243B'))?.slice(2)).toEqual([
      '174.82',
      'C$243B',
      'Restates Trump’s total (US$175B) (currency conversion)',
    ]);
  });
  it('offers a logarithmic scale, with 10, 100, 1,000 and 10,000 on its axis', () => {
    render(<EstimatesChart selectedId="trump-total-2025" fx={defaultFx()} />);
    const section = region(/Published estimates/);
    const log = within(section).getByRole('checkbox', { name: 'Logarithmic scale' });
    expect(log).not.toBeChecked();
    fireEvent.click(log);
    expect(log).toBeChecked();
    const plot = within(section).getByRole('img', { name: /Logarithmic scale: each gridline is 10 times/ });
    const ticks = [...plot.querySelectorAll('.recharts-cartesian-axis-tick-value')].map((t) => t.textContent);
    expect(ticks).toEqual(['10', '100', '1,000', '10,000']);
  });
});

describe('CompareChart', () => {
  it('compares Canada and US totals per scenario, with a table', () => {
    const items = [
      { name: 'Ten percent', result: threeBillion('10') },
      { name: 'Forty percent', result: threeBillion('40') },
    ];
    render(<CompareChart items={items} currency="USD" dollars="nominal" />);
    const section = region(/Scenarios compared/);
    expect(within(section).getByRole('heading', { level: 3 })).toHaveTextContent(
      'Scenarios compared: Canada and US totals, US$ billions (nominal)',
    );
    expect(
      within(section).getByText('Forty percent: Canada US$1.20B, United States US$1.80B'),
    ).toBeInTheDocument();
    expect(bodyRows(showTable(section))).toEqual([
      ['Ten percent', '0.30', '2.70', '3.00'],
      ['Forty percent', '1.20', '1.80', '3.00'],
    ]);
  });
});

describe('CompareChart in constant dollars', () => {
  it('says which dollar-year each scenario is in when they differ', () => {
    const items = [
      { name: 'Ten percent', result: threeBillion('10') },
      { name: 'Older prices', result: threeBillion('10', 'Older prices', 2024) },
    ];
    render(<CompareChart items={items} currency="USD" dollars="constant" />);
    const section = region(/Scenarios compared/);
    expect(within(section).getByRole('heading', { level: 3 })).toHaveTextContent(
      'Scenarios compared: Canada and US totals, US$ billions (constant dollars, each scenario in its own dollar-year: not on one footing)',
    );
    expect(
      within(section).getByText('Older prices (2024 dollars): Canada US$0.30B, United States US$2.70B'),
    ).toBeInTheDocument();
    expect(bodyRows(showTable(section)).map((r) => r[0])).toEqual([
      'Ten percent (2026 dollars)',
      'Older prices (2024 dollars)',
    ]);
  });

  it('names the one dollar-year when they all share it', () => {
    const items = [
      { name: 'Ten percent', result: threeBillion('10') },
      { name: 'Forty percent', result: threeBillion('40') },
    ];
    render(<CompareChart items={items} currency="USD" dollars="constant" />);
    expect(within(region(/Scenarios compared/)).getByRole('heading', { level: 3 })).toHaveTextContent(
      'Scenarios compared: Canada and US totals, US$ billions (constant 2026 dollars)',
    );
  });
});
