import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  buildReport,
  computeScenario,
  dec,
  defaultOutlook,
  heldOutlook,
  outlookYears,
  pathSharePct,
  type BudgetPath,
  type Dollars,
  type Outlook,
  type Scenario,
} from '../../src/core';
import { parseCsv, parseScenarioDoc, scenarioToDoc, yearsCsv, type JsonObject } from '../../src/io';
import { scenario } from './fixtures';

const TWO = dec(2);
const pledge: BudgetPath = { path: 'pledge' };
const years = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

/** Round numbers: Canada's GDP US$2T (C$2.78T at 1.39), its budget C$50B; the US's GDP US$18T, budget US$500B. */
const easy = scenario({
  context: {
    ...scenario().context,
    canadaGdpUsd: dec('2000000000000'),
    usGdpUsd: dec('18000000000000'),
    canadaDefenceBudgetCad: dec('50000000000'),
    usDefenceBudgetUsd: dec('500000000000'),
  },
});
const flat: Outlook = { ...heldOutlook(), canadaBudget: pledge, usBudget: pledge };

describe('a budget path’s share of GDP', () => {
  it('rises in a straight line from the latest share in 2025 to 3.5 % in 2035, then holds (the pledge)', () => {
    const at = (year: number) => pathSharePct(pledge, TWO, year)?.toString();
    // 2.0 + 1.5 × (2026 − 2025) ÷ 10 = 2.15; halfway in 2030: 2.75.
    expect([at(2024), at(2025), at(2026), at(2030), at(2034), at(2035), at(2045)]).toEqual([
      '2',
      '2',
      '2.15',
      '2.75',
      '3.35',
      '3.5',
      '3.5',
    ]);
  });

  it('reaches a custom target in its year; a constant share stays; held is not a share', () => {
    const target: BudgetPath = { path: 'target', targetPct: dec(3), targetYear: 2030 };
    // 2 + (3 − 2) × 2 ÷ 5 = 2.4 in 2027.
    expect(pathSharePct(target, TWO, 2027)?.toString()).toBe('2.4');
    expect(pathSharePct(target, TWO, 2031)?.toString()).toBe('3');
    expect(pathSharePct({ path: 'gdpShare' }, TWO, 2040)?.toString()).toBe('2');
    expect(pathSharePct({ path: 'held' }, TWO, 2040)).toBeUndefined();
  });
});

describe('each year’s GDP and budgets', () => {
  it('grow GDP at the nominal rate from 2024, and set the pledge budget on that year’s GDP', () => {
    const outlook: Outlook = { ...flat, canadaGdpGrowthPct: dec(5) };
    const [y2026] = outlookYears({ ...easy, outlook }, [2026], 'nominal', 2026);
    // US$2T × 1.05² = US$2.205T; × 1.39 = C$3.06495T; × 2.15 % = C$65.896425B.
    expect(y2026?.canadaGdpUsd.toString()).toBe('2205000000000');
    expect(y2026?.canadaBudgetCad.toString()).toBe('65896425000');
    // The new money: C$65.896425B − the C$50B held.
    expect(y2026?.pledgeGapCad.toString()).toBe('15896425000');
    // The US: US$18T at 3.22 % in 2025 → 3.248 % in 2026 (no growth): US$584.64B.
    expect(y2026?.usBudgetUsd.toString()).toBe('584640000000');
  });

  it('in constant dollars, deflates each year’s figures to the dollar-year by the inflation', () => {
    const s = { ...easy, inflationPct: TWO, outlook: flat };
    const [nominal] = outlookYears(s, [2028], 'nominal', 2026);
    const [constant] = outlookYears(s, [2028], 'constant', 2026);
    // 2028 is two years after the 2026 dollar-year: ÷ 1.02² = ÷ 1.0404.
    expect(constant?.canadaBudgetCad.toString()).toBe(nominal?.canadaBudgetCad.div('1.0404').toString());
    expect(constant?.canadaGdpUsd.toString()).toBe(nominal?.canadaGdpUsd.div('1.0404').toString());
  });

  it('without an outlook (files before version 4), are the context’s figures every year, in either dollars', () => {
    const s = { ...easy, inflationPct: dec(3) };
    for (const dollars of ['nominal', 'constant'] as const)
      for (const y of outlookYears(s, years(2020, 2060), dollars, 2026)) {
        expect(y.canadaGdpUsd.toString()).toBe('2000000000000');
        expect(y.canadaBudgetCad.toString()).toBe('50000000000');
        expect(y.usBudgetUsd.toString()).toBe('500000000000');
      }
  });
});

describe('the report with an outlook', () => {
  it('sets each year’s cost against that year’s planned budget (hand-checked)', () => {
    // US$3B over 2026–2028, 10 % by GDP (US$2T of US$20T): Canada US$100M = C$139M a year.
    // Pledge budgets, no growth: 2.15 %, 2.30 %, 2.45 % of C$2.78T = C$59.77B, C$63.94B, C$68.11B.
    const report = buildReport(computeScenario({ ...easy, outlook: flat }), 'nominal');
    expect(report.rows.map((r) => r.canadaDefenceBudgetCad.toFixed(2))).toEqual([
      '59770000000.00',
      '63940000000.00',
      '68110000000.00',
    ]);
    // 139 ÷ 59,770 × 100 = 0.23256… %; the peak is the first year (the budget grows, the cost does not).
    expect(report.rows.map((r) => r.canadaPctOfDefenceBudget.toString())).toEqual([
      '0.2326',
      '0.2174',
      '0.2041',
    ]);
    expect(report.totals.canadaPeakYear).toBe(2026);
    // Of the new money: 139 ÷ (59,770 − 50,000) × 100 = 1.42272… %.
    expect(report.totals.canadaPeakPctOfPledgeGap?.toString()).toBe('1.4227');
    expect(report.totals.firstYearOverThreshold).toBeUndefined();
    const low = buildReport(
      computeScenario({ ...easy, outlook: { ...flat, thresholdPct: dec('0.22') } }),
      'nominal',
    );
    expect(low.totals.firstYearOverThreshold).toBe(2026);
  });

  it('has no share of the new money in a year the pledge adds none', () => {
    // Budget C$70B is above the pledge path's C$59.77B in 2026: no new money.
    const s = {
      ...easy,
      outlook: flat,
      context: { ...easy.context, canadaDefenceBudgetCad: dec('70000000000') },
    };
    const [row] = buildReport(computeScenario(s), 'nominal').rows;
    expect(row?.canadaPctOfPledgeGap).toBeUndefined();
    expect(yearsCsv([computeScenario(s)], 'nominal').split('\r\n')[1]).toMatch(/,-10230000000\.00,$/);
  });
});

/** A scenario with an outlook drawn at random: any growth, any path, any inflation. */
const arbPath: fc.Arbitrary<BudgetPath> = fc.oneof(
  fc.constantFrom<BudgetPath>({ path: 'held' }, { path: 'gdpShare' }, { path: 'pledge' }),
  fc
    .record({ pct: fc.integer({ min: 0, max: 2000 }), year: fc.integer({ min: 2026, max: 2060 }) })
    .map(({ pct, year }) => ({ path: 'target' as const, targetPct: dec(pct).div(100), targetYear: year })),
);
const arbScenario = fc
  .record({
    growth: fc.integer({ min: -500, max: 1500 }),
    inflation: fc.integer({ min: -200, max: 1000 }),
    start: fc.integer({ min: 2020, max: 2040 }),
    n: fc.integer({ min: 1, max: 25 }),
    path: arbPath,
  })
  .map(({ growth, inflation, start, n, path }): Scenario => ({
    ...easy,
    startYear: start,
    years: n,
    inflationPct: dec(inflation).div(100),
    outlook: { ...defaultOutlook(), canadaGdpGrowthPct: dec(growth).div(100), canadaBudget: path },
  }));

describe('properties', () => {
  it('a higher target share never raises Canada’s share of its budget, in any year', () => {
    fc.assert(
      fc.property(
        arbScenario,
        fc.integer({ min: 1, max: 2000 }),
        fc.integer({ min: 0, max: 2000 }),
        (s, a, extra) => {
          const at = (pct: number) =>
            buildReport(
              computeScenario({
                ...s,
                outlook: {
                  ...(s.outlook as Outlook),
                  canadaBudget: { path: 'target', targetPct: dec(pct).div(100), targetYear: 2035 },
                },
              }),
              'nominal',
            ).rows.map((r) => r.canadaPctOfDefenceBudget);
          const lower = at(a);
          at(a + extra).forEach((higher, i) => expect(higher.lte(lower[i] as never)).toBe(true));
        },
      ),
      { numRuns: 60 },
    );
  });

  it('with growth 0 and the budget held, the figures equal a scenario without an outlook (no inflation; nominal at any)', () => {
    fc.assert(
      fc.property(arbScenario, (s) => {
        const held = { ...s, outlook: { ...heldOutlook(), usBudget: { path: 'held' as const } } };
        const without: Scenario = { ...s, outlook: undefined };
        const check = (a: Scenario, b: Scenario, dollars: Dollars) =>
          expect(buildReport(computeScenario(a), dollars).rows).toEqual(
            buildReport(computeScenario(b), dollars).rows,
          );
        check(held, without, 'nominal');
        check({ ...held, inflationPct: dec(0) }, { ...without, inflationPct: dec(0) }, 'constant');
      }),
      { numRuns: 60 },
    );
  });

  it('a share is the same in nominal and in constant dollars (cost and budget in the same dollars)', () => {
    fc.assert(
      fc.property(arbScenario, (s) => {
        const result = computeScenario(s);
        const n = buildReport(result, 'nominal').rows;
        const c = buildReport(result, 'constant').rows;
        n.forEach((row, i) => {
          // Both are the same exact ratio, rounded to 4 places: they can differ only by noise at a half.
          const other = c[i];
          expect(
            row.canadaPctOfDefenceBudget
              .minus(other?.canadaPctOfDefenceBudget ?? 0)
              .abs()
              .lte('0.0001'),
          ).toBe(true);
          expect(
            row.canadaPctOfGdp
              .minus(other?.canadaPctOfGdp ?? 0)
              .abs()
              .lte('0.0001'),
          ).toBe(true);
        });
      }),
      { numRuns: 60 },
    );
  });

  it('an outlook survives a trip through the file form', () => {
    fc.assert(
      fc.property(arbScenario, (s) => {
        const parsed = parseScenarioDoc(scenarioToDoc(s));
        if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
        expect(scenarioToDoc(parsed.scenario)).toEqual(scenarioToDoc(s));
      }),
      { numRuns: 60 },
    );
  });
});

describe('old scenario files', () => {
  const dir = fileURLToPath(new URL('../../scenarios/', import.meta.url));
  const fixtures = fileURLToPath(new URL('../fixtures/v3-years/', import.meta.url));
  const files = readdirSync(dir).filter((f) => f.endsWith('.json'));

  // The fixtures were written by the app before version 4 (commit 6747776), for every shipped file as
  // it is and with 2.5 % inflation and 10 % cost growth, in both dollars.
  it.each(files)(
    '%s keeps the values of its existing years-CSV columns, with and without inflation',
    (file) => {
      const doc = JSON.parse(readFileSync(`${dir}${file}`, 'utf8')) as JsonObject;
      for (const variant of ['as-is', 'inflation'] as const) {
        const d = variant === 'as-is' ? doc : { ...doc, inflationPct: '2.5', costGrowthPct: '10' };
        const parsed = parseScenarioDoc(d);
        if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
        for (const dollars of ['nominal', 'constant'] as const) {
          const before = parseCsv(
            readFileSync(`${fixtures}${file.replace('.json', '')}.${variant}.${dollars}.csv`, 'utf8'),
          );
          const now = parseCsv(yearsCsv([computeScenario(parsed.scenario)], dollars));
          const width = before[0]?.length ?? 0;
          expect(width).toBe(10);
          expect(now.map((row) => row.slice(0, width))).toEqual(before);
          expect(now[0]?.length).toBe(width + 4);
        }
      }
    },
  );
});
