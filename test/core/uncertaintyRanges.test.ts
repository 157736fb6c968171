import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  catalogCostRange,
  dec,
  inverseCdf,
  mostLikelyScenario,
  ownValue,
  rangeProblems,
  resolveRanges,
  withInputs,
  type FloatRange,
  type Range,
} from '../../src/core';
import { scenario, share, usdCost } from './fixtures';

const range = (
  low: string,
  mostLikely: string,
  high: string,
  distribution: Range['distribution'] = 'triangular',
): Range => ({
  low: dec(low),
  mostLikely: dec(mostLikely),
  high: dec(high),
  distribution,
});

describe('inverseCdf', () => {
  const uniform: FloatRange = { low: 0, mostLikely: 0, high: 100, distribution: 'uniform' };
  const triangle: FloatRange = { low: 0, mostLikely: 50, high: 100, distribution: 'triangular' };

  it('uniform 0–100: u = 0.25 is 25, u = 0 is 0', () => {
    expect(inverseCdf(uniform, 0.25)).toBe(25);
    expect(inverseCdf(uniform, 0)).toBe(0);
  });

  it('triangular 0, 50, 100: u = 0.5 is the mode, u = 0.125 is √(0.125·100·50) = 25, u = 0.875 is 75', () => {
    expect(inverseCdf(triangle, 0.5)).toBe(50);
    expect(inverseCdf(triangle, 0.125)).toBe(25);
    expect(inverseCdf(triangle, 0.875)).toBe(75);
  });

  it('triangular with the mode at an end: 0, 0, 100 at u = 0.75 is 100 − √(0.25·100·100) = 50', () => {
    expect(inverseCdf({ ...triangle, mostLikely: 0 }, 0.75)).toBe(50);
  });

  it('a zero-width range gives its value whatever u is', () => {
    expect(inverseCdf({ low: 1.39, mostLikely: 1.39, high: 1.39, distribution: 'triangular' }, 0.7)).toBe(
      1.39,
    );
  });
});

describe('ownValue and resolveRanges', () => {
  it('the share’s own value is s in percent: 10 % for a percent rule, 40 % for nws, 7.1281… % for gdp', () => {
    expect(
      ownValue(
        scenario({ share: share({ rule: 'percent', percent: dec(10) }) }),
        'canadaSharePct',
      )?.toString(),
    ).toBe('10');
    expect(ownValue(scenario({ share: share({ rule: 'nws' }) }), 'canadaSharePct')?.toString()).toBe('40');
    expect(ownValue(scenario(), 'canadaSharePct')?.toFixed(4)).toBe('7.1281');
  });

  it('for a fixed share it is the fixed amount over the covered cost: US$1B of US$3B is 33.33… %', () => {
    const s = scenario({ share: share({ rule: 'fixed', amount: dec('1000000000'), currency: 'USD' }) });
    expect(ownValue(s, 'canadaSharePct')?.toFixed(6)).toBe('33.333333');
  });

  it('fills a missing mostLikely with the scenario’s own value', () => {
    const s = scenario({ costGrowthPct: dec(10) });
    const { ranges, problems } = resolveRanges(s, {
      baseCost: { low: dec('1e9'), high: dec('5e9'), distribution: 'triangular' },
      costGrowthPct: { low: dec(0), high: dec(46), distribution: 'uniform' },
    });
    expect(problems).toEqual([]);
    expect(ranges.baseCost?.mostLikely.toString()).toBe('3000000000');
    expect(ranges.costGrowthPct?.mostLikely.toString()).toBe('10');
  });

  it('refuses a default mostLikely outside the range, naming the path', () => {
    const { problems } = resolveRanges(scenario({ costGrowthPct: dec(50) }), {
      costGrowthPct: { low: dec(0), high: dec(46), distribution: 'uniform' },
    });
    expect(problems).toHaveLength(1);
    expect(problems[0]?.path).toBe('ranges.costGrowthPct.mostLikely');
    expect(problems[0]?.message).toContain("the scenario's own value 50, which is outside the range 0 to 46");
  });

  it('rangeProblems names low > high, mostLikely outside and a bound beyond the input’s limits', () => {
    expect(rangeProblems({ inflationPct: range('5', '5', '2') })).toEqual([
      { path: 'ranges.inflationPct.low', message: 'low 5 is more than high 2' },
    ]);
    expect(rangeProblems({ cadPerUsd: range('1.3', '1.5', '1.45') })).toEqual([
      { path: 'ranges.cadPerUsd.mostLikely', message: 'most likely 1.5 is outside the range 1.3 to 1.45' },
    ]);
    expect(rangeProblems({ canadaSharePct: range('0', '10', '101') })[0]).toEqual({
      path: 'ranges.canadaSharePct.high',
      message: 'must be at most 100, got 101',
    });
  });
});

describe('catalogCostRange', () => {
  it('gives CBO 2025’s US$161B–US$542B and AEI’s US$252B–US$3.6T from either end', () => {
    const show = (id: string) => {
      const r = catalogCostRange(id);
      return r && [r.low.toString(), r.high.toString()];
    };
    expect(show('cbo-sbi-2025-low')).toEqual(['161000000000', '542000000000']);
    expect(show('cbo-sbi-2025-high')).toEqual(['161000000000', '542000000000']);
    expect(show('aei-2025-high')).toEqual(['252000000000', '3600000000000']);
    expect(show('trump-total-2025')).toBeUndefined();
    expect(show('no-such-estimate')).toBeUndefined();
  });
});

describe('withInputs', () => {
  it('leaves a scenario untouched when every value is its own', () => {
    const s = scenario({ costGrowthPct: dec(10) });
    const same = withInputs(s, {
      baseCost: dec('3000000000'),
      canadaSharePct: ownValue(s, 'canadaSharePct'),
    });
    expect(same.cost).toBe(s.cost);
    expect(same.share).toBe(s.share);
  });

  it('turns a catalog estimate into a custom amount in its own currency and dollar-year', () => {
    const s = scenario({ cost: { kind: 'estimate', estimateId: 'ctv-cad-2025' } });
    expect(withInputs(s, { baseCost: dec('100') }).cost).toEqual({
      kind: 'custom',
      amount: dec('100'),
      currency: 'CAD',
      dollarYear: 2025,
      label: 'The same total in Canadian dollars (C$243B)',
    });
  });

  it('replaces the rule’s fraction with a drawn share, keeping coveredPct and the credit', () => {
    const s = scenario({ share: share({ rule: 'gdp' }, { coveredPct: '50', creditCad: '7' }) });
    expect(withInputs(s, { canadaSharePct: dec(12) }).share).toEqual({
      rule: 'percent',
      percent: dec(12),
      coveredPct: dec(50),
      creditCad: dec(7),
    });
  });

  it('caps a fixed share that a lower cost can no longer cover: Canada pays all of it', () => {
    const s = scenario({ share: share({ rule: 'fixed', amount: dec('2000000000'), currency: 'USD' }) });
    expect(withInputs(s, { baseCost: dec('1000000000') }).share).toMatchObject({
      rule: 'percent',
      percent: dec(100),
    });
  });

  it('mostLikelyScenario puts every ranged input at its most likely value', () => {
    const s = scenario({ cost: usdCost('3000000000'), ranges: { costGrowthPct: range('0', '20', '46') } });
    expect(mostLikelyScenario(s).costGrowthPct.toString()).toBe('20');
  });
});

describe('properties', () => {
  /** Ranges as files give them: decimals with 2 places (cents, hundredths of a percent). */
  const floatRange = fc
    .tuple(
      fc.integer({ min: -1e12, max: 1e12 }).map((n) => n / 100),
      fc.integer({ min: 0, max: 1e12 }).map((n) => n / 100),
      fc.double({ min: 0, max: 1, noNaN: true }),
    )
    .chain(([low, width, at]) =>
      fc
        .constantFrom<FloatRange['distribution']>('uniform', 'triangular')
        .map((distribution): FloatRange => ({
          low,
          high: low + width,
          mostLikely: low + width * at,
          distribution,
        })),
    );
  const unit = fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true });

  it('every draw lies within [low, high], and a larger u never gives a smaller value (to a few ulps at the mode)', () => {
    fc.assert(
      fc.property(floatRange, unit, unit, (r, u, v) => {
        const [a, b] = [inverseCdf(r, Math.min(u, v)), inverseCdf(r, Math.max(u, v))];
        expect(a).toBeGreaterThanOrEqual(r.low);
        expect(b).toBeLessThanOrEqual(r.high);
        expect(a).toBeLessThanOrEqual(b + 4 * Number.EPSILON * (Math.abs(r.low) + Math.abs(r.high)));
      }),
      { numRuns: 2000 },
    );
  });
});
