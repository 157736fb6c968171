/**
 * A scenario with some of its ranged inputs set to other values, for the exact core to compute:
 * a simulation draw, a most-likely base, or one end of a sensitivity bar. Exact (Dec).
 */
import { resolveBaseCost } from '../baseCost';
import { scenarioProblems } from '../compute';
import { HUNDRED, type Dec } from '../money';
import type { Scenario } from '../scenario';
import { RANGED_INPUTS, type RangedInput } from './range';
import { ownValue } from './ranges';

/** Values for some ranged inputs, each in the input's own unit (see rangeUnit); undefined: the scenario's own. */
export type InputValues = { [K in RangedInput]?: Dec | undefined };

/**
 * The scenario with `values` in place of its own:
 * - baseCost: the amount in the cost's own currency and dollar-year (a catalog estimate becomes a
 *   custom amount with the estimate's label, unless the value is the estimate's own);
 * - costGrowthPct, inflationPct, cadPerUsd: replaced;
 * - canadaSharePct: replaces the share rule's fraction s (the rule becomes `percent` with that value,
 *   coveredPct and the credit unchanged), unless it equals the rule's own s for these values;
 * - canadaGdpGrowthPct: replaces the outlook's growth of Canada's GDP (ignored without an outlook,
 *   which a range refuses: see rangeNeedsProblems).
 * A `fixed` share larger than the covered cost (possible when a draw lowers the cost) is capped:
 * Canada pays all of the covered cost (s = 100 %), the same as the float mirror.
 */
export function withInputs(scenario: Scenario, values: InputValues): Scenario {
  let s = scenario;
  const base = resolveBaseCost(s.cost, s.fx);
  if (values.baseCost && base && !values.baseCost.eq(base.amount)) {
    const { currency, dollarYear, label } = base;
    s = { ...s, cost: { kind: 'custom', amount: values.baseCost, currency, dollarYear, label } };
  }
  if (values.costGrowthPct) s = { ...s, costGrowthPct: values.costGrowthPct };
  if (values.inflationPct) s = { ...s, inflationPct: values.inflationPct };
  if (values.cadPerUsd) s = { ...s, fx: { ...s.fx, cadPerUsd: values.cadPerUsd } };
  const growth = values.canadaGdpGrowthPct;
  if (growth && s.outlook) s = { ...s, outlook: { ...s.outlook, canadaGdpGrowthPct: growth } };
  const pct = values.canadaSharePct;
  if (pct && !(ownValue(s, 'canadaSharePct')?.eq(pct) ?? false)) s = withSharePct(s, pct);
  if (s.share.rule === 'fixed' && scenarioProblems(s).length > 0) s = withSharePct(s, HUNDRED);
  return s;
}

function withSharePct(s: Scenario, percent: Dec): Scenario {
  const { coveredPct, creditCad, creditDollars } = s.share;
  const credit = creditDollars ? { creditCad, creditDollars } : { creditCad };
  return { ...s, share: { rule: 'percent', percent, coveredPct, ...credit } };
}

/** Each ranged input's most likely value. */
export function mostLikelyValues(scenario: Scenario): InputValues {
  const values: InputValues = {};
  for (const input of RANGED_INPUTS) {
    const range = scenario.ranges[input];
    if (range) values[input] = range.mostLikely;
  }
  return values;
}

/** The scenario with every ranged input at its most likely value: the base of the sensitivity analysis. */
export function mostLikelyScenario(scenario: Scenario): Scenario {
  return withInputs(scenario, mostLikelyValues(scenario));
}
