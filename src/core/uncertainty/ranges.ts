/**
 * Ranges on a scenario's uncertain inputs (docs/model.md §9): each ranged input has a low,
 * a most likely and a high value and a distribution between them. Exact values (Dec); the
 * simulation turns them into floats only to draw and rank (see floatModel.ts).
 */
import { resolveBaseCost } from '../baseCost';
import { findEstimate } from '../catalog';
import { computeScenario, scenarioProblems } from '../compute';
import { dec, HUNDRED, ZERO, type Dec } from '../money';
import type { Problem } from '../problem';
import { OUTLOOK_LIMITS } from '../outlook';
import { LIMITS, type Scenario } from '../scenario';
import { shareFraction } from '../share';
import { DISTRIBUTIONS, RANGED_INPUTS, type RangedInput, type Ranges, type RangeSpecs } from './range';

/** The bounds each range must stay within: the same limits as the input itself (scenario.ts). */
export const RANGE_LIMITS: Readonly<Record<RangedInput, { readonly min: number; readonly max: number }>> = {
  baseCost: LIMITS.amount,
  costGrowthPct: LIMITS.costGrowthPct,
  inflationPct: LIMITS.inflationPct,
  cadPerUsd: LIMITS.cadPerUsd,
  canadaSharePct: LIMITS.percent,
  canadaGdpGrowthPct: OUTLOOK_LIMITS.growthPct,
};

/**
 * The unit of a ranged input: the base cost's currency (whole units, not billions), `pct` for the
 * percentages (26 means 26 %, GDP growth in % a year), `cad_per_usd` for the exchange rate.
 */
export function rangeUnit(scenario: Scenario, input: RangedInput): string {
  if (input === 'baseCost') return resolveBaseCost(scenario.cost, scenario.fx)?.currency ?? '';
  return input === 'cadPerUsd' ? 'cad_per_usd' : 'pct';
}

/**
 * The scenario's own value of an input, exact: the base amount in its own currency, the
 * percentages and rate as set, and for canadaSharePct the share rule's fraction s in percent (for
 * `fixed`, the fixed amount over the covered nominal cost), and the outlook's growth of Canada's GDP.
 * Undefined when the scenario cannot be computed, and for the growth when it has no outlook.
 */
export function ownValue(scenario: Scenario, input: RangedInput): Dec | undefined {
  switch (input) {
    case 'baseCost':
      return resolveBaseCost(scenario.cost, scenario.fx)?.amount;
    case 'costGrowthPct':
      return scenario.costGrowthPct;
    case 'inflationPct':
      return scenario.inflationPct;
    case 'cadPerUsd':
      return scenario.fx.cadPerUsd;
    case 'canadaGdpGrowthPct':
      return scenario.outlook?.canadaGdpGrowthPct;
    case 'canadaSharePct': {
      // Only `fixed` depends on the covered cost; the other rules ignore the last argument.
      if (scenario.share.rule !== 'fixed') {
        return shareFraction(scenario.share, scenario.context, scenario.fx, ZERO)?.times(HUNDRED);
      }
      return scenarioProblems(scenario).length > 0
        ? undefined
        : computeScenario(scenario).ruleFraction.times(HUNDRED);
    }
  }
}

/** Problems with resolved ranges: a bound outside its input's limits, or not low ≤ mostLikely ≤ high. */
export function rangeProblems(ranges: Ranges): Problem[] {
  return RANGED_INPUTS.flatMap((input) => {
    const range = ranges[input];
    if (!range) return [];
    const path = `ranges.${input}`;
    const { min, max } = RANGE_LIMITS[input];
    const problems: Problem[] = [];
    for (const key of ['low', 'mostLikely', 'high'] as const) {
      const v = range[key];
      if (v.lt(min))
        problems.push({ path: `${path}.${key}`, message: `must be at least ${min}, got ${v.toString()}` });
      if (v.gt(max))
        problems.push({
          path: `${path}.${key}`,
          message: `must be at most ${dec(max).toString()}, got ${v.toString()}`,
        });
    }
    if (!(DISTRIBUTIONS as readonly string[]).includes(range.distribution)) {
      problems.push({ path: `${path}.distribution`, message: `must be one of ${DISTRIBUTIONS.join(', ')}` });
    }
    problems.push(...orderProblems(path, range));
    return problems;
  });
}

/**
 * The low ≤ mostLikely ≤ high checks, shared with the file validator. Each problem's path is
 * `<path>.low` or `<path>.mostLikely` (just `low` / `mostLikely` when path is empty).
 */
export function orderProblems(
  path: string,
  r: { low: Dec; mostLikely?: Dec | undefined; high: Dec },
): Problem[] {
  const at = (key: string) => (path === '' ? key : `${path}.${key}`);
  const [low, high] = [r.low.toString(), r.high.toString()];
  if (r.low.gt(r.high)) return [{ path: at('low'), message: `low ${low} is more than high ${high}` }];
  const ml = r.mostLikely;
  if (ml !== undefined && (ml.lt(r.low) || ml.gt(r.high))) {
    return [
      {
        path: at('mostLikely'),
        message: `most likely ${ml.toString()} is outside the range ${low} to ${high}`,
      },
    ];
  }
  return [];
}

/** The inputs a scenario gives a range to, in RANGED_INPUTS order. */
export function rangedInputs(scenario: Scenario): RangedInput[] {
  return RANGED_INPUTS.filter((input) => scenario.ranges[input] !== undefined);
}

/** A range that needs what the scenario lacks: GDP growth without an outlook (the GDP is then held). */
export function rangeNeedsProblems(scenario: Scenario, ranged: readonly RangedInput[]): Problem[] {
  return ranged.includes('canadaGdpGrowthPct') && scenario.outlook === undefined
    ? [
        {
          path: 'ranges.canadaGdpGrowthPct',
          message:
            'the scenario has no outlook, so its GDP does not grow: give it an outlook or remove this range',
        },
      ]
    : [];
}

/**
 * Fills in each range's most likely value (default: the scenario's own value, see ownValue) and
 * checks the result. `scenario` must already be computable (scenarioProblems empty).
 */
export function resolveRanges(
  scenario: Scenario,
  specs: RangeSpecs,
): { ranges: Ranges; problems: Problem[] } {
  const ranges: Ranges = {};
  const problems = rangeNeedsProblems(
    scenario,
    RANGED_INPUTS.filter((input) => specs[input]),
  );
  for (const input of RANGED_INPUTS) {
    const spec = specs[input];
    if (!spec || problems.some((p) => p.path === `ranges.${input}`)) continue;
    const own = spec.mostLikely ?? ownValue(scenario, input);
    if (own === undefined) {
      problems.push({
        path: `ranges.${input}.mostLikely`,
        message: 'the scenario cannot be computed, so give mostLikely',
      });
      continue;
    }
    if (spec.mostLikely === undefined && (own.lt(spec.low) || own.gt(spec.high))) {
      problems.push({
        path: `ranges.${input}.mostLikely`,
        message: `not given, so it is the scenario's own value ${own.toString()}, which is outside the range ${spec.low.toString()} to ${spec.high.toString()}: give mostLikely or widen the range`,
      });
      continue;
    }
    ranges[input] = { low: spec.low, mostLikely: own, high: spec.high, distribution: spec.distribution };
  }
  return { ranges, problems: [...problems, ...rangeProblems(ranges)] };
}

/**
 * The low–high pair a catalog estimate belongs to (e.g. CBO 2025: 161e9–542e9 USD; AEI 2025:
 * 252e9–3.6e12 USD), in the estimate's currency, whole units; undefined for an estimate with no pair.
 */
export function catalogCostRange(estimateId: string): { low: Dec; high: Dec } | undefined {
  const estimate = findEstimate(estimateId);
  const other = estimate?.range && findEstimate(estimate.range.otherId);
  if (!estimate?.range || !other || other.currency !== estimate.currency) return undefined;
  const [low, high] = estimate.range.role === 'low' ? [estimate, other] : [other, estimate];
  return { low: dec(low.amount), high: dec(high.amount) };
}
