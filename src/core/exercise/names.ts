/**
 * The names an answer expression may use: the outputs of the question's scenario, and functions
 * that look up a catalog figure, a context figure, an exchange rate or a share rule.
 */
import { findEstimate } from '../catalog';
import { quoteText } from '../quote';
import type { FxRates } from '../fx';
import { CONTEXT_KEYS, isContextKey } from '../context';
import { CONTEXT_RULES, isContextRule } from '../share';
import { YEAR_ARGUMENT, YEAR_FUNCTIONS, yearOfArgument, type YearFunction } from './yearFigures';

/**
 * Outputs of the question's scenario: the totals as the app reports them (see scenarioEnv.ts), the
 * number of years, and two of its inputs (inflation and cost growth, in %).
 */
const OUTPUT_NAMES = [
  'program_total_usd',
  'program_total_constant_usd',
  'canada_total_usd',
  'canada_total_constant_usd',
  'canada_total_cad',
  'us_total_usd',
  'canada_cad_per_person',
  'canada_share_pct',
  'present_value_usd',
  'canada_avg_pct_of_defence_budget',
  'canada_peak_pct_of_defence_budget',
  'year_count',
  'inflation_pct',
  'cost_growth_pct',
] as const;
export type OutputName = (typeof OUTPUT_NAMES)[number];

/** Functions taking one quoted argument: these, and the figures of one year (yearFigures.ts). */
const FIGURE_FUNCTIONS = ['estimate', 'amount', 'years', 'context', 'fx', 'rule_share_pct'] as const;
export type FunctionName = (typeof FIGURE_FUNCTIONS)[number] | YearFunction;
const FUNCTION_NAMES: readonly FunctionName[] = [...FIGURE_FUNCTIONS, ...YEAR_FUNCTIONS];

export const FX_KEYS = ['cadPerUsd', 'usdPerGbp'] as const satisfies readonly (keyof FxRates)[];

/** True when `name` is one of the scenario outputs an expression may use. */
export function isOutputName(name: string): name is OutputName {
  return (OUTPUT_NAMES as readonly string[]).includes(name);
}

/** True when `name` is one of the expression functions. */
export function isFunctionName(name: string): name is FunctionName {
  return (FUNCTION_NAMES as readonly string[]).includes(name);
}

const oneOf = (list: readonly string[]) => list.join(', ');

/** Why `arg` is not a valid argument of `fn`, or undefined when it is. */
export function argumentProblem(fn: FunctionName, arg: string): string | undefined {
  switch (fn) {
    case 'estimate':
    case 'amount':
    case 'years':
      return findEstimate(arg) ? undefined : `unknown estimate id ${quoteText(arg)}`;
    case 'context':
      return isContextKey(arg)
        ? undefined
        : `unknown context figure ${quoteText(arg)} (one of ${oneOf(CONTEXT_KEYS)})`;
    case 'fx':
      return (FX_KEYS as readonly string[]).includes(arg)
        ? undefined
        : `unknown exchange rate ${quoteText(arg)} (one of ${oneOf(FX_KEYS)})`;
    case 'rule_share_pct':
      return isContextRule(arg)
        ? undefined
        : `unknown share rule ${quoteText(arg)} (one of ${oneOf(CONTEXT_RULES)})`;
    default:
      return yearOfArgument(arg) !== undefined
        ? undefined
        : `not a year from ${YEAR_ARGUMENT.min} to ${YEAR_ARGUMENT.max}: ${quoteText(arg)}`;
  }
}
