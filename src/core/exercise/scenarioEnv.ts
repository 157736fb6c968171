/**
 * The values an answer expression sees for one scenario. Outputs are the totals the app reports
 * (buildReport: money to cents, percentages to 4 places, half-even), so an answer matches what a
 * student reads on screen; nominal dollars unless the name says constant. Functions are exact.
 */
import { findEstimate } from '../catalog';
import { computeScenario } from '../compute';
import { toUsd } from '../fx';
import { dec, type Dec } from '../money';
import { buildReport } from '../report';
import type { Scenario } from '../scenario';
import { contextRuleSharePct, isContextRule } from '../share';
import type { ExpressionEnv } from './evaluate';
import type { FunctionName, OutputName } from './names';
import { yearFigure } from './yearFigures';

type Outputs = Readonly<Record<OutputName, Dec>>;

// Memoized per scenario object: an exercise evaluates many expressions against the same few scenarios.
const cache = new WeakMap<Scenario, Outputs>();

/** Every output of a scenario. Throws ScenarioError if the scenario cannot be computed. */
export function scenarioOutputs(scenario: Scenario): Outputs {
  const cached = cache.get(scenario);
  if (cached) return cached;
  const result = computeScenario(scenario);
  const nominal = buildReport(result, 'nominal').totals;
  const constant = buildReport(result, 'constant').totals;
  const outputs: Outputs = {
    program_total_usd: nominal.programUsd,
    program_total_constant_usd: constant.programUsd,
    canada_total_usd: nominal.canadaUsd,
    canada_total_constant_usd: constant.canadaUsd,
    canada_total_cad: nominal.canadaCad,
    us_total_usd: nominal.usUsd,
    canada_cad_per_person: nominal.canadaCadPerPerson,
    canada_share_pct: nominal.canadaSharePct,
    present_value_usd: nominal.presentValueUsd,
    canada_avg_pct_of_defence_budget: nominal.canadaAvgPctOfDefenceBudget,
    canada_peak_pct_of_defence_budget: nominal.canadaPeakPctOfDefenceBudget,
    year_count: dec(scenario.years),
    inflation_pct: scenario.inflationPct,
    cost_growth_pct: scenario.costGrowthPct,
  };
  cache.set(scenario, outputs);
  return outputs;
}

/** The value of fn("arg") in a scenario; undefined for an argument the parser would refuse. */
export function functionValue(scenario: Scenario, fn: FunctionName, arg: string): Dec | undefined {
  const { fx, context } = scenario;
  switch (fn) {
    case 'estimate':
    case 'amount':
    case 'years': {
      const e = findEstimate(arg);
      if (!e) return undefined;
      if (fn === 'years') return dec(e.defaultYears);
      return fn === 'amount' ? dec(e.amount) : toUsd(dec(e.amount), e.currency, fx);
    }
    case 'context':
      return Object.hasOwn(context, arg) ? context[arg as keyof typeof context] : undefined;
    case 'fx':
      return Object.hasOwn(fx, arg) ? fx[arg as keyof typeof fx] : undefined;
    case 'rule_share_pct': {
      return isContextRule(arg) ? contextRuleSharePct(arg, context, fx) : undefined;
    }
    default:
      return yearFigure(scenario, fn, arg);
  }
}

/** The expression environment of a scenario. */
export function scenarioEnv(scenario: Scenario): ExpressionEnv {
  return {
    output: (name) => scenarioOutputs(scenario)[name],
    call: (fn, arg) => functionValue(scenario, fn, arg),
  };
}
