import { describe, expect, it } from 'vitest';
import { type Problem } from '../../src/core';
import {
  parseScenarioDoc,
  scenarioToDoc,
  scenarioToText,
  parseScenarioText,
  type JsonObject,
} from '../../src/io';
import { customDoc, estimateDoc } from './docs';

const withRanges = (ranges: JsonObject, over: JsonObject = {}) =>
  customDoc({ schemaVersion: 2, ranges, ...over });
function problemsOf(doc: JsonObject): Problem[] {
  const r = parseScenarioDoc(doc);
  if (r.ok) throw new Error('expected the document to be refused');
  return r.problems;
}

describe('ranges in a version-2 file', () => {
  it('reads each range; a missing mostLikely is the scenario’s own value', () => {
    const r = parseScenarioDoc(
      withRanges(
        {
          baseCost: { low: '2000000000', high: '4000000000', distribution: 'triangular' },
          costGrowthPct: { low: 0, high: '46', mostLikely: '10', distribution: 'uniform' },
          canadaSharePct: { low: '5', high: '15', distribution: 'triangular' },
        },
        { costGrowthPct: '5' },
      ),
    );
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    const { baseCost, costGrowthPct, canadaSharePct } = r.scenario.ranges;
    expect([baseCost?.low, baseCost?.mostLikely, baseCost?.high].map(String)).toEqual([
      '2000000000',
      '3000000000',
      '4000000000',
    ]);
    expect(costGrowthPct?.mostLikely.toString()).toBe('10');
    expect(canadaSharePct?.mostLikely.toString()).toBe('10'); // the GDP rule with the docs' context: 2T of 20T
    expect(Object.keys(r.scenario.ranges)).toEqual(['baseCost', 'costGrowthPct', 'canadaSharePct']);
  });

  it.each<[string, JsonObject, string, string]>([
    [
      'low above high',
      { costGrowthPct: { low: '50', high: '46', distribution: 'uniform' } },
      'ranges.costGrowthPct.low',
      'low 50 is more than high 46',
    ],
    [
      'mostLikely outside the range',
      {
        baseCost: {
          low: '2000000000',
          high: '4000000000',
          mostLikely: '5000000000',
          distribution: 'triangular',
        },
      },
      'ranges.baseCost.mostLikely',
      'most likely 5000000000 is outside the range 2000000000 to 4000000000',
    ],
    [
      'an unknown distribution',
      { inflationPct: { low: '1', high: '3', distribution: 'pert' } },
      'ranges.inflationPct.distribution',
      'must be one of uniform, triangular',
    ],
    [
      'a missing distribution',
      { inflationPct: { low: '1', high: '3' } },
      'ranges.inflationPct.distribution',
      'must be one of uniform, triangular',
    ],
    [
      'a bound beyond the input’s limits',
      { canadaSharePct: { low: '0', high: '101', distribution: 'uniform' } },
      'ranges.canadaSharePct.high',
      'must be at most 100, got 101',
    ],
    [
      'a rate of zero',
      { cadPerUsd: { low: '0', high: '2', distribution: 'uniform' } },
      'ranges.cadPerUsd.low',
      'must be at least 0.01',
    ],
    [
      'an input that cannot have a range',
      { discountRatePct: { low: '0', high: '5', distribution: 'uniform' } },
      'ranges.discountRatePct',
      'unknown field "discountRatePct"',
    ],
    [
      'an unknown field in a range',
      { cadPerUsd: { low: '1.3', high: '1.5', mode: '1.4', distribution: 'uniform' } },
      'ranges.cadPerUsd.mode',
      'unknown field "mode"',
    ],
    [
      'a default mostLikely outside the range',
      { costGrowthPct: { low: '10', high: '46', distribution: 'uniform' } },
      'ranges.costGrowthPct.mostLikely',
      "not given, so it is the scenario's own value 0, which is outside the range 10 to 46",
    ],
  ])('refuses %s, naming the path', (_label, ranges, path, fragment) => {
    const problems = problemsOf(withRanges(ranges));
    expect(problems.map((p) => p.path)).toContain(path);
    expect(problems.find((p) => p.path === path)?.message).toContain(fragment);
  });
});

describe('writing ranges', () => {
  it('writes schemaVersion 4 and no ranges key when there are none', () => {
    const r = parseScenarioDoc(estimateDoc());
    if (!r.ok) throw new Error('invalid');
    const doc = scenarioToDoc(r.scenario);
    expect(doc['schemaVersion']).toBe(4);
    expect('ranges' in doc).toBe(false);
  });

  it('writes each range with decimals as strings, leaving out a mostLikely that is the scenario’s own', () => {
    const r = parseScenarioDoc(
      withRanges({
        cadPerUsd: { low: '1.3', high: '1.5', mostLikely: '1.39', distribution: 'uniform' },
        inflationPct: { low: '1', high: '3', mostLikely: '2.5', distribution: 'triangular' },
      }),
    );
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    expect(scenarioToDoc(r.scenario)['ranges']).toEqual({
      inflationPct: { low: '1', high: '3', mostLikely: '2.5', distribution: 'triangular' },
      cadPerUsd: { low: '1.3', high: '1.5', distribution: 'uniform' },
    });
    const again = parseScenarioText(scenarioToText(r.scenario));
    if (!again.ok) throw new Error(JSON.stringify(again.problems));
    expect(again.scenario.ranges).toEqual(r.scenario.ranges);
  });
});

describe('a range on Canada’s GDP growth (version 4)', () => {
  const outlook = { canadaGdpGrowthPct: '3', canadaBudget: { path: 'pledge' } };
  const growth = { low: '1', high: '5', distribution: 'triangular' };

  it('reads it with an outlook, most likely the outlook’s growth, and writes it back the same', () => {
    const r = parseScenarioDoc(withRanges({ canadaGdpGrowthPct: growth }, { schemaVersion: 4, outlook }));
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    const range = r.scenario.ranges.canadaGdpGrowthPct;
    expect([range?.low, range?.mostLikely, range?.high].map(String)).toEqual(['1', '3', '5']);
    expect(scenarioToDoc(r.scenario).ranges).toEqual({ canadaGdpGrowthPct: growth });
    const again = parseScenarioText(scenarioToText(r.scenario));
    expect(again.ok && again.scenario).toEqual(r.scenario);
  });

  it('refuses it without an outlook, saying why at ranges.canadaGdpGrowthPct', () => {
    const problems = problemsOf(withRanges({ canadaGdpGrowthPct: growth }, { schemaVersion: 4 }));
    expect(problems.map((p) => p.path)).toEqual(['ranges.canadaGdpGrowthPct']);
    expect(problems[0]?.message).toBe(
      'the scenario has no outlook, so its GDP does not grow: give it an outlook or remove this range',
    );
  });

  it('refuses bounds outside the outlook’s growth limits (−20 % to 30 %)', () => {
    const problems = problemsOf(
      withRanges({ canadaGdpGrowthPct: { ...growth, high: '31' } }, { schemaVersion: 4, outlook }),
    );
    expect(problems.map((p) => p.path)).toEqual(['ranges.canadaGdpGrowthPct.high']);
  });
});
