/**
 * One-at-a-time sensitivity (the tornado chart): each ranged input at its low and at its high, the
 * others at their most likely values, and how far that moves Canada's nominal total in CAD. Exact.
 */
import { computeScenario } from '../compute';
import type { Dec } from '../money';
import { buildReport } from '../report';
import type { Scenario } from '../scenario';
import { mostLikelyValues, withInputs } from './drawScenario';
import { RANGED_INPUTS, type RangedInput } from './range';
import { ScenarioError } from '../problem';
import { rangedInputs, rangeNeedsProblems, rangeUnit } from './ranges';

export interface SensitivityRow {
  readonly input: RangedInput;
  /** The input's unit: the base cost's currency, `pct` or `cad_per_usd` (see rangeUnit). */
  readonly unit: string;
  readonly low: Dec;
  readonly mostLikely: Dec;
  readonly high: Dec;
  /** Canada's nominal total in CAD (cents, half-even, as the report) with this input at its low / high. */
  readonly canadaTotalCadAtLow: Dec;
  readonly canadaTotalCadAtHigh: Dec;
  /** |at high − at low|, CAD. */
  readonly swingCad: Dec;
}

/** Canada's nominal total in CAD, rounded as the report, with the ranged inputs at `values`. */
function canadaTotalCad(scenario: Scenario, values: ReturnType<typeof mostLikelyValues>): Dec {
  return buildReport(computeScenario(withInputs(scenario, values)), 'nominal').totals.canadaCad;
}

/**
 * One row per ranged input, sorted by swing, largest first (ties in RANGED_INPUTS order). Empty for
 * a scenario without ranges. GDP growth does not move Canada's total, so its swing is 0 (it moves the
 * shares of budget and GDP: see the simulation's totals). Throws ScenarioError if a combination cannot
 * be computed or a range needs an outlook the scenario lacks.
 */
export function sensitivity(scenario: Scenario): SensitivityRow[] {
  const needs = rangeNeedsProblems(scenario, rangedInputs(scenario));
  if (needs.length > 0) throw new ScenarioError(needs);
  const base = mostLikelyValues(scenario);
  const rows = RANGED_INPUTS.flatMap((input): SensitivityRow[] => {
    const range = scenario.ranges[input];
    if (!range) return [];
    const atLow = canadaTotalCad(scenario, { ...base, [input]: range.low });
    const atHigh = canadaTotalCad(scenario, { ...base, [input]: range.high });
    return [
      {
        input,
        unit: rangeUnit(scenario, input),
        low: range.low,
        mostLikely: range.mostLikely,
        high: range.high,
        canadaTotalCadAtLow: atLow,
        canadaTotalCadAtHigh: atHigh,
        swingCad: atHigh.minus(atLow).abs(),
      },
    ];
  });
  // Array.prototype.sort is stable, so equal swings keep RANGED_INPUTS order.
  return rows.sort((a, b) => b.swingCad.comparedTo(a.swingCad));
}
