import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  buildReport,
  computeScenario,
  dec,
  Dec,
  defaultOutlook,
  nearestRank,
  ownValue,
  PERCENTILE_KEYS,
  percentileDraws,
  RANGED_INPUTS,
  ScenarioError,
  simulate,
  TOTAL_METRICS,
  type Percentiles,
  type Range,
  type Ranges,
  type Scenario,
  type Simulation,
} from '../../src/core';
import { scenario, share, usdCost } from './fixtures';

const range = (
  low: string,
  mostLikely: string,
  high: string,
  distribution: Range['distribution'] = 'uniform',
): Range => ({
  low: dec(low),
  mostLikely: dec(mostLikely),
  high: dec(high),
  distribution,
});
const strings = (p: Percentiles) => PERCENTILE_KEYS.map((k) => p[k].toFixed(2));

describe('percentileDraws', () => {
  it('uses the nearest rank ⌈p·n/100⌉: of 1..20, p5 is the 1st, p25 the 5th, p50 the 10th, p95 the 19th', () => {
    expect([5, 25, 50, 75, 95].map((p) => nearestRank(p, 20))).toEqual([1, 5, 10, 15, 19]);
    const values = Float64Array.from({ length: 20 }, (_, i) => 20 - i); // draw i has value 20 − i
    expect(percentileDraws(values)).toEqual([19, 15, 10, 5, 1]);
  });

  it('breaks ties by draw index: among equal values the earlier draw has the lower rank', () => {
    const values = Float64Array.from([3, 1, 1, 1, 2]);
    // ranks: draw1 (1), draw2 (2), draw3 (3), draw4 (4), draw0 (5)
    expect(percentileDraws(values, [20, 40, 60, 80, 100])).toEqual([1, 2, 3, 4, 0]);
  });

  it('picks the draw a full sort by value, then index, puts at each rank (many ties, any order of percentiles)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -5, max: 5 }), { minLength: 1, maxLength: 300 }),
        fc.array(fc.integer({ min: 1, max: 100 }), { minLength: 1, maxLength: 6 }),
        (ints, percentiles) => {
          const values = Float64Array.from(ints, (i) => i / 4);
          const order = ints.map((_, d) => d).sort((a, b) => (values[a] ?? 0) - (values[b] ?? 0) || a - b);
          const expected = percentiles.map((p) => order[nearestRank(p, ints.length) - 1]);
          expect(percentileDraws(values, percentiles)).toEqual(expected);
        },
      ),
    );
  });
});

describe('simulate', () => {
  it('a uniform cost range alone (US$161B–US$542B) has its median within 1 % of the midpoint, US$351.5B', () => {
    const s = scenario({
      cost: usdCost('351500000000'),
      years: 20,
      ranges: { baseCost: range('161000000000', '351500000000', '542000000000') },
    });
    const sim = simulate(s, { draws: 10_000, seed: 1 });
    const median = sim.totals.programTotalUsd.p50.toNumber();
    expect(Math.abs(median / 351.5e9 - 1)).toBeLessThan(0.01);
    // And the quartiles near 161 + 381·q: 256.25B and 446.75B.
    expect(Math.abs(sim.totals.programTotalUsd.p25.toNumber() / 256.25e9 - 1)).toBeLessThan(0.02);
    expect(Math.abs(sim.totals.programTotalUsd.p75.toNumber() / 446.75e9 - 1)).toBeLessThan(0.02);
  });

  it('without ranges, every percentile is the deterministic report figure', () => {
    const s = scenario({ years: 5, inflationPct: dec(2) });
    const report = buildReport(computeScenario(s), 'nominal');
    const sim = simulate(s, { draws: 100, seed: 3 });
    for (const key of PERCENTILE_KEYS) {
      expect(sim.totals.canadaTotalCad[key].toFixed(2)).toBe(report.totals.canadaCad.toFixed(2));
      expect(sim.years.map((y) => y.canadaUsd[key].toFixed(2))).toEqual(
        report.rows.map((r) => r.canadaUsd.toFixed(2)),
      );
    }
  });

  it('zero-width ranges on all six inputs give exactly the deterministic report (same strings)', () => {
    const s = scenario({
      years: 4,
      inflationPct: dec(2),
      share: share({ rule: 'gdp' }, { creditCad: '10000000' }),
      outlook: defaultOutlook(),
    });
    const ranges: Ranges = Object.fromEntries(
      RANGED_INPUTS.map((input) => {
        const v = ownValue(s, input)?.toString() ?? '';
        return [input, range(v, v, v, 'triangular')];
      }),
    );
    const report = buildReport(computeScenario(s), 'nominal');
    const sim = simulate({ ...s, ranges }, { draws: 500, seed: 9 });
    const t = report.totals;
    const largestPctOfGdp = Dec.max(...report.rows.map((r) => r.canadaPctOfGdp));
    const expected = [
      t.programUsd,
      t.canadaUsd,
      t.canadaCad,
      t.canadaCadPerPerson,
      t.canadaPeakPctOfDefenceBudget,
      largestPctOfGdp,
    ].map(String);
    for (const key of PERCENTILE_KEYS) {
      expect(TOTAL_METRICS.map((m) => sim.totals[m][key].toString())).toEqual(expected);
      expect(sim.years.map((y) => y.canadaCad[key].toFixed(2))).toEqual(
        report.rows.map((r) => r.canadaCad.toFixed(2)),
      );
    }
  });

  it('a zero-width range at another value gives that scenario’s numbers: 10 % growth', () => {
    const s = scenario({ ranges: { costGrowthPct: range('10', '10', '10') } });
    const grown = buildReport(computeScenario(scenario({ costGrowthPct: dec(10) })), 'nominal');
    const sim = simulate(s, { draws: 100, seed: 1 });
    expect(strings(sim.totals.programTotalUsd)).toEqual(Array(5).fill('3300000000.00'));
    expect(sim.totals.canadaTotalUsd.p50.eq(grown.totals.canadaUsd)).toBe(true);
  });

  it('the same seed reproduces every figure; another seed gives others', () => {
    const s = scenario({
      ranges: {
        baseCost: range('1000000000', '3000000000', '5000000000', 'triangular'),
        inflationPct: range('0', '2', '5'),
      },
    });
    const figures = (sim: Simulation) => JSON.stringify(sim);
    expect(figures(simulate(s, { draws: 1000, seed: 42 }))).toBe(
      figures(simulate(s, { draws: 1000, seed: 42 })),
    );
    expect(figures(simulate(s, { draws: 1000, seed: 43 }))).not.toBe(
      figures(simulate(s, { draws: 1000, seed: 42 })),
    );
  });

  it('reports the draws, the seed and one fan-chart row per year', () => {
    const sim = simulate(scenario({ years: 7 }), { draws: 100, seed: 5 });
    expect([sim.draws, sim.seed, sim.years.map((y) => y.year)]).toEqual([
      100,
      5,
      [2026, 2027, 2028, 2029, 2030, 2031, 2032],
    ]);
  });

  it('refuses draws or a seed out of range, and a scenario whose ranges have problems', () => {
    const s = scenario();
    expect(() => simulate(s, { draws: 0, seed: 1 })).toThrow(RangeError);
    expect(() => simulate(s, { draws: 1.5, seed: 1 })).toThrow(RangeError);
    expect(() => simulate(s, { draws: 100, seed: -1 })).toThrow(RangeError);
    expect(() =>
      simulate({ ...s, ranges: { cadPerUsd: range('1.5', '1.4', '1.45') } }, { draws: 100, seed: 1 }),
    ).toThrow(ScenarioError);
  });
});

describe('properties', () => {
  const pct = (min: number, max: number) =>
    fc.integer({ min: min * 100, max: max * 100 }).map((n) => n / 100);
  /** A realistic scenario (US$1B–US$1T) with random ranges at least 1 % wide around its own values. */
  const rangedArb = fc
    .record({
      billions: fc.integer({ min: 1, max: 1000 }),
      years: fc.integer({ min: 1, max: 25 }),
      profile: fc.constantFrom('even' as const, 'front' as const, 'back' as const, 'bell' as const),
      inflation: pct(-2, 8),
      credit: fc.constantFrom('0', '1000000000'),
      spreads: fc.array(fc.option(pct(1, 60), { nil: undefined }), { minLength: 5, maxLength: 5 }),
      triangular: fc.array(fc.boolean(), { minLength: 5, maxLength: 5 }),
    })
    .map((r): Scenario => {
      const s = scenario({
        cost: usdCost(String(r.billions * 1e9), 2025),
        years: r.years,
        profile: r.profile,
        inflationPct: dec(r.inflation),
        share: share({ rule: 'gdp' }, { creditCad: r.credit }),
      });
      const ranges: Ranges = {};
      RANGED_INPUTS.forEach((input, i) => {
        const spread = r.spreads[i];
        const own = ownValue(s, input);
        if (spread === undefined || !own) return;
        // ± spread % of the value, or ± spread points for the percentages that may be 0.
        const half =
          input === 'costGrowthPct' || input === 'inflationPct'
            ? dec(spread / 10)
            : own.times(spread).div(200);
        ranges[input] = {
          low: input === 'costGrowthPct' ? own : own.minus(half),
          mostLikely: own,
          high: own.plus(half),
          distribution: r.triangular[i] ? 'triangular' : 'uniform',
        };
      });
      return { ...s, ranges };
    });

  it('percentiles are ordered, p5 ≤ p25 ≤ p50 ≤ p75 ≤ p95, for every total and every year', () => {
    fc.assert(
      fc.property(rangedArb, fc.integer({ min: 0, max: 2 ** 32 - 1 }), (s, seed) => {
        const sim = simulate(s, { draws: 200, seed });
        const ordered = (p: Percentiles) =>
          PERCENTILE_KEYS.every((k, i) => i === 0 || p[PERCENTILE_KEYS[i - 1] ?? k].lte(p[k]));
        for (const m of TOTAL_METRICS) expect(ordered(sim.totals[m])).toBe(true);
        for (const y of sim.years) expect(ordered(y.canadaUsd) && ordered(y.canadaCad)).toBe(true);
      }),
      { numRuns: 30 },
    );
  });
});
