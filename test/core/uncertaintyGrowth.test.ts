import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  buildReport,
  computeScenario,
  dec,
  defaultOutlook,
  defaultRange,
  GDP_BASE_YEAR,
  isRuleOfThumb,
  PERCENTILE_KEYS,
  RANGED_INPUTS,
  resolveRanges,
  ScenarioError,
  sensitivity,
  simulate,
  withInputs,
  type BudgetPath,
  type Range,
  type Scenario,
} from '../../src/core';
import { decimalArb, scenario, scenarioArb, share } from './fixtures';

const range = (low: string, mostLikely: string, high: string): Range => ({
  low: dec(low),
  mostLikely: dec(mostLikely),
  high: dec(high),
  distribution: 'uniform',
});

/** US$3B over 2026–2028, 10 % to Canada, its budget 2 % of a GDP growing 4.04 % a year. */
const withOutlook = (over: Partial<Scenario> = {}): Scenario =>
  scenario({
    share: share({ rule: 'percent', percent: dec(10) }),
    outlook: { ...defaultOutlook(), canadaBudget: { path: 'gdpShare' } },
    ...over,
  });

const report = (s: Scenario) => buildReport(computeScenario(s), 'nominal').totals;

describe('the GDP growth range', () => {
  it('comes last in the draw order, after the five older inputs (so their seeds keep their draws)', () => {
    expect(RANGED_INPUTS).toEqual([
      'baseCost',
      'costGrowthPct',
      'inflationPct',
      'cadPerUsd',
      'canadaSharePct',
      'canadaGdpGrowthPct',
    ]);
  });

  it('suggests 2 points either side of the outlook’s growth, said to be a rule of thumb: 2.04 % to 6.04 %', () => {
    const suggested = defaultRange(withOutlook(), 'canadaGdpGrowthPct');
    expect([suggested.low.toString(), suggested.high.toString(), suggested.basis]).toEqual([
      '2.04',
      '6.04',
      'rule-of-thumb-growth',
    ]);
    expect(isRuleOfThumb(suggested.basis)).toBe(true);
  });

  it('is refused without an outlook, at ranges.canadaGdpGrowthPct', () => {
    const spec = { low: dec(2), high: dec(6), distribution: 'uniform' as const };
    const resolved = resolveRanges(scenario(), { canadaGdpGrowthPct: spec });
    expect(resolved.problems.map((p) => p.path)).toEqual(['ranges.canadaGdpGrowthPct']);
    expect(resolved.problems[0]?.message).toMatch(/no outlook/);
    const bare = scenario({ ranges: { canadaGdpGrowthPct: range('2', '4', '6') } });
    expect(() => simulate(bare, { draws: 100, seed: 1 })).toThrow(ScenarioError);
    expect(() => sensitivity(bare)).toThrow(ScenarioError);
  });

  it('replaces the outlook’s growth in a draw, and nothing else', () => {
    const s = withOutlook();
    const drawn = withInputs(s, { canadaGdpGrowthPct: dec('1.5') });
    expect(drawn.outlook?.canadaGdpGrowthPct.toString()).toBe('1.5');
    expect({ ...drawn, outlook: undefined }).toEqual({ ...s, outlook: undefined });
  });

  it('a zero-width range at 10 % gives the deterministic report at 10 %: 0.25 % of budget ÷ 1.21 = 0.2066 %', () => {
    const s = withOutlook({ ranges: { canadaGdpGrowthPct: range('10', '10', '10') } });
    const at10 = report(
      withOutlook({
        outlook: { ...defaultOutlook(), canadaGdpGrowthPct: dec(10), canadaBudget: { path: 'gdpShare' } },
      }),
    );
    const sim = simulate(s, { draws: 200, seed: 5 });
    for (const key of PERCENTILE_KEYS) {
      expect(sim.totals.canadaPeakPctOfDefenceBudget[key].toString()).toBe(
        at10.canadaPeakPctOfDefenceBudget.toString(),
      );
      expect(sim.totals.canadaTotalCad[key].toString()).toBe(at10.canadaCad.toString());
    }
    // Default context: Canada C$139M ÷ (2 % × GDP₂₀₂₄ × 1.1² × 1.39) in 2026, the peak (budget grows after).
    const gdp2024 = s.context.canadaGdpUsd;
    const byHand = dec('1e10').div(gdp2024.times('0.02').times('1.21')).toDecimalPlaces(4);
    expect(at10.canadaPeakPctOfDefenceBudget.toString()).toBe(byHand.toString());
  });

  it('puts every percentile of the peak share between its values at the range’s ends', () => {
    const s = withOutlook({ ranges: { canadaGdpGrowthPct: range('0', '4.04', '8') } });
    const at = (g: string) =>
      report(withInputs(s, { canadaGdpGrowthPct: dec(g) })).canadaPeakPctOfDefenceBudget;
    const p = simulate(s, { draws: 2000, seed: 3 }).totals.canadaPeakPctOfDefenceBudget;
    const values = PERCENTILE_KEYS.map((k) => p[k]);
    expect(values.every((v, i) => i === 0 || v.gte(values[i - 1] ?? v))).toBe(true);
    expect(values[0]?.gte(at('8'))).toBe(true);
    expect(values[4]?.lte(at('0'))).toBe(true);
    // Growth moves the share, not the cost.
    expect(
      new Set(
        PERCENTILE_KEYS.map((k) => simulate(s, { draws: 200, seed: 3 }).totals.canadaTotalCad[k].toString()),
      ).size,
    ).toBe(1);
  });

  it('is in the sensitivity table with no swing in Canada’s total, which growth does not move', () => {
    const s = withOutlook({
      ranges: { canadaGdpGrowthPct: range('2', '4.04', '6'), inflationPct: range('0', '0', '3') },
    });
    const rows = sensitivity(s);
    expect(rows.map((r) => r.input)).toEqual(['inflationPct', 'canadaGdpGrowthPct']);
    expect(rows[1]?.swingCad.toString()).toBe('0');
    expect(rows[1]?.unit).toBe('pct');
  });
});

describe('properties', () => {
  const pathArb: fc.Arbitrary<BudgetPath> = fc.oneof(
    fc.constantFrom('held' as const, 'gdpShare' as const, 'pledge' as const).map((path) => ({ path })),
    fc
      .record({ targetPct: decimalArb(0.5, 20), targetYear: fc.integer({ min: 2026, max: 2100 }) })
      .map((t) => ({ path: 'target' as const, ...t })),
  );

  // From the GDP's base year on, a higher growth gives a larger GDP every year (before it, a smaller one).
  const fromBaseArb = scenarioArb.filter((s) => s.startYear >= GDP_BASE_YEAR);

  it('higher GDP growth never raises Canada’s peak share of its budget or of GDP (a held budget: the same share)', () => {
    fc.assert(
      fc.property(
        fromBaseArb,
        pathArb,
        decimalArb(-20, 30),
        decimalArb(-20, 30),
        (base, canadaBudget, a, b) => {
          const [lower, higher] = a.lte(b) ? [a, b] : [b, a];
          const s: Scenario = { ...base, outlook: { ...defaultOutlook(), canadaBudget } };
          const at = (g: typeof a) => {
            const r = buildReport(computeScenario(withInputs(s, { canadaGdpGrowthPct: g })), 'nominal');
            const gdp = r.rows.reduce(
              (m, row) => (row.canadaPctOfGdp.gt(m) ? row.canadaPctOfGdp : m),
              dec(0),
            );
            return { budget: r.totals.canadaPeakPctOfDefenceBudget, gdp };
          };
          const [lo, hi] = [at(lower), at(higher)];
          if (canadaBudget.path === 'held') expect(hi.budget.eq(lo.budget)).toBe(true);
          else expect(hi.budget.lte(lo.budget)).toBe(true);
          expect(hi.gdp.lte(lo.gdp)).toBe(true);
        },
      ),
      { numRuns: 60 },
    );
  });
});
