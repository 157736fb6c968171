/** Uncertainty figures: 10,000 simulation draws of a 20-year scenario (goal under 300 ms), and the sensitivity table. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dec, defaultOutlook, sensitivity, simulate, type Scenario } from '../src/core';
import { parseScenarioText } from '../src/io';
import { fmt, time } from './timing';

const GOAL_MS = 300;
const DRAWS = 10_000;

function preset(name: string): Scenario {
  const parsed = parseScenarioText(readFileSync(join('scenarios', name), 'utf8'));
  if (!parsed.ok) throw new Error(`${name}: ${JSON.stringify(parsed.problems)}`);
  return parsed.scenario;
}

/** The preset with all five inputs ranged and a credit: the most exact recomputations a 20-year run needs. */
function everythingRanged(s: Scenario): Scenario {
  return {
    ...s,
    share: { ...s.share, creditCad: dec('38600000000') },
    ranges: {
      ...s.ranges,
      inflationPct: { low: dec(1), mostLikely: dec(2), high: dec(4), distribution: 'triangular' },
      cadPerUsd: { low: dec('1.3'), mostLikely: dec('1.39'), high: dec('1.45'), distribution: 'uniform' },
      canadaSharePct: { low: dec(5), mostLikely: dec(7), high: dec(12), distribution: 'triangular' },
    },
  };
}

/** The same with a projected outlook (budget on the pledge path) and its GDP growth ranged too: all six. */
function growthRanged(s: Scenario): Scenario {
  const ranges = {
    ...s.ranges,
    canadaGdpGrowthPct: {
      low: dec(2),
      mostLikely: dec('4.04'),
      high: dec(6),
      distribution: 'triangular' as const,
    },
  };
  return { ...s, outlook: defaultOutlook(), ranges };
}

export function benchUncertainty(): string[] {
  const cbo = preset('cbo-2025-high-gdp.json');
  const all = everythingRanged(cbo);
  let seed = 0;
  const run = (s: Scenario) => () => simulate(s, { draws: DRAWS, seed: (seed += 1) });
  const tPreset = time(run(cbo), 15, 3);
  const tAll = time(run(all), 15, 3);
  const tSix = time(run(growthRanged(all)), 15, 3);
  const tSens = time(() => sensitivity(all), 50, 5);
  const verdict = (ms: number) => (ms < GOAL_MS ? 'met' : 'NOT MET');
  return [
    `simulate ${DRAWS} draws, 20 years, cbo-2025-high-gdp (2 ranges): median ${fmt(tPreset.medianMs)}, p95 ${fmt(tPreset.p95Ms)}; goal < ${GOAL_MS} ms: ${verdict(tPreset.p95Ms)}`,
    `simulate ${DRAWS} draws, 20 years, all 5 inputs ranged: median ${fmt(tAll.medianMs)}, p95 ${fmt(tAll.p95Ms)}; goal < ${GOAL_MS} ms: ${verdict(tAll.p95Ms)}`,
    `simulate ${DRAWS} draws, 20 years, all 6 inputs ranged (with an outlook): median ${fmt(tSix.medianMs)}, p95 ${fmt(tSix.p95Ms)}; goal < ${GOAL_MS} ms: ${verdict(tSix.p95Ms)}`,
    `sensitivity, all 5 inputs ranged (10 exact scenarios): median ${fmt(tSens.medianMs)}, p95 ${fmt(tSens.p95Ms)}`,
  ];
}
