/**
 * The working of a reported figure (types.ts): the steps from the base cost to the report's total,
 * computed from the same exact yearly figures the report rounds, so the chain ends at the report's
 * figure to the cent. Exact; the only rounding is the last one, as in report.ts: half-even, and for
 * the program, Canada and the US the totals of the controlled rounding (roundSplitTotals).
 */
import type { ScenarioResult } from '../compute';
import { roundSplitTotals, type SplitTotals } from '../controlledRounding';
import type { Dollars } from '../units';
import { dec, HUNDRED, ONE, pctToFraction, roundHalfEven, sum, ZERO, type Dec } from '../money';
import { exactColumns, MONEY_DP, PCT_DP, type ExactColumns } from '../report';
import type { Working, WorkingStep, WorkingTarget } from './types';

/** The working of one report total (`target`) of a computed scenario, in nominal or constant dollars. */
export function workingFor(result: ScenarioResult, target: WorkingTarget, dollars: Dollars): Working {
  const columns = exactColumns(result, dollars);
  const steps = stepsFor(result, target, dollars, columns);
  const exact = steps[steps.length - 1]?.value ?? ZERO;
  const dp = target === 'canadaAvgPctOfDefenceBudget' ? PCT_DP : MONEY_DP;
  const split = SPLIT[target];
  const rounded = split ? splitTotals(columns)[split] : roundHalfEven(exact, dp);
  return { target, dollars, steps, exact, rounded };
}

/** The report totals that are rounded together (program = Canada + US), by working target. */
const SPLIT: Partial<Record<WorkingTarget, keyof SplitTotals>> = {
  programUsd: 'whole',
  canadaUsd: 'part',
  usUsd: 'rest',
};

function splitTotals(columns: ExactColumns): SplitTotals {
  return roundSplitTotals(sum(columns.program), sum(columns.canada), MONEY_DP);
}

function stepsFor(
  result: ScenarioResult,
  target: WorkingTarget,
  dollars: Dollars,
  columns: ExactColumns,
): WorkingStep[] {
  const program = programSteps(result, dollars, columns);
  if (target === 'programUsd') return program;
  const programValue = program[program.length - 1]?.value ?? ZERO;
  if (target === 'usUsd') {
    const { part: canada, rest: value } = splitTotals(columns);
    return [...program, { kind: 'minusCanada', operation: 'minus', operand: canada, value, unit: 'USD' }];
  }
  const canada = [...program, ...canadaSteps(result, dollars, programValue, sum(columns.canada))];
  if (target === 'canadaUsd') return canada;
  const { fx, context, years } = result.scenario;
  const cad = sum(columns.canadaCad);
  const toCad: WorkingStep = {
    kind: 'toCad',
    operation: 'times',
    operand: fx.cadPerUsd,
    value: cad,
    unit: 'CAD',
  };
  if (target === 'canadaCad') return [...canada, toCad];
  if (target === 'canadaCadPerPerson') {
    const perPerson = sum(columns.canadaCadPerPerson);
    const step: WorkingStep = {
      kind: 'perPerson',
      operation: 'divide',
      operand: context.canadaPopulation,
      value: perPerson,
      unit: 'CAD',
    };
    return [...canada, toCad, step];
  }
  const n = result.years.length;
  const perYear: WorkingStep = {
    kind: 'perYear',
    operation: 'divide',
    operand: dec(years),
    value: cad.div(n),
    unit: 'CAD',
  };
  const avgPct = sum(columns.canadaPctOfDefenceBudget).div(n);
  return [
    ...canada,
    toCad,
    perYear,
    result.scenario.outlook === undefined
      ? {
          kind: 'ofBudget',
          operation: 'percentOf',
          operand: context.canadaDefenceBudgetCad,
          value: avgPct,
          unit: 'pct',
        }
      : {
          kind: 'ofPlannedBudget',
          firstBudgetCad: columns.outlook[0]?.canadaBudgetCad ?? ZERO,
          lastBudgetCad: columns.outlook[n - 1]?.canadaBudgetCad ?? ZERO,
          operation: 'percentOf',
          // The budget B with (cost a year ÷ B) × 100 = the average share; none when Canada pays nothing.
          operand: avgPct.isZero() ? ZERO : perYear.value.times(HUNDRED).div(avgPct),
          value: avgPct,
          unit: 'pct',
        },
  ];
}

/** Base cost → US dollars → cost growth → spread over the years (nominal or constant). */
function programSteps(result: ScenarioResult, dollars: Dollars, columns: ExactColumns): WorkingStep[] {
  const { base, scenario } = result;
  const steps: WorkingStep[] = [
    {
      kind: 'base',
      ...(base.estimate ? { estimateId: base.estimate.id } : {}),
      label: base.label,
      dollarYear: base.dollarYear,
      operation: 'start',
      operand: base.amount,
      value: base.amount,
      unit: base.currency,
    },
  ];
  if (base.currency !== 'USD') {
    const cad = base.currency === 'CAD';
    steps.push({
      kind: 'toUsd',
      rateName: cad ? 'cadPerUsd' : 'usdPerGbp',
      operation: cad ? 'divide' : 'times',
      operand: cad ? scenario.fx.cadPerUsd : scenario.fx.usdPerGbp,
      value: base.usd,
      unit: 'USD',
    });
  }
  if (!scenario.costGrowthPct.isZero()) {
    steps.push({
      kind: 'growth',
      growthPct: scenario.costGrowthPct,
      operation: 'times',
      operand: ONE.plus(pctToFraction(scenario.costGrowthPct)),
      value: result.programConstantUsd,
      unit: 'USD',
    });
  }
  const total = sum(columns.program);
  steps.push({
    kind: 'years',
    dollars,
    inflationPct: scenario.inflationPct,
    dollarYear: base.dollarYear,
    startYear: scenario.startYear,
    years: scenario.years,
    operation: 'times',
    operand: result.programConstantUsd.isZero() ? ONE : total.div(result.programConstantUsd),
    value: total,
    unit: 'USD',
  });
  return steps;
}

/** × covered → × Canada's share → the credit; the last step lands on the report's exact Canada total. */
function canadaSteps(
  result: ScenarioResult,
  dollars: Dollars,
  program: Dec,
  canadaTotal: Dec,
): WorkingStep[] {
  const { share } = result.scenario;
  const steps: WorkingStep[] = [];
  let value = program;
  const covered = pctToFraction(share.coveredPct);
  if (!share.coveredPct.eq(HUNDRED)) {
    value = value.times(covered);
    steps.push({
      kind: 'covered',
      coveredPct: share.coveredPct,
      operation: 'times',
      operand: covered,
      value,
      unit: 'USD',
    });
  }
  value = value.times(result.ruleFraction);
  const fixed =
    share.rule === 'fixed'
      ? {
          fixed: {
            amount: share.amount,
            currency: share.currency,
            amountDollars: share.amountDollars ?? 'nominal',
            dollarYear: result.base.dollarYear,
            coveredUsd: (share.amountDollars === 'constant'
              ? result.totalConstantUsd
              : result.totalNominalUsd
            ).times(covered),
          },
        }
      : {};
  steps.push({
    kind: 'share',
    rule: share.rule,
    ...fixed,
    operation: 'times',
    operand: result.ruleFraction,
    value,
    unit: 'USD',
  });
  if (!share.creditCad.isZero()) steps.push(creditStep(result, dollars, value));
  const last = steps[steps.length - 1];
  // The same exact total the report rounds (it sums each year's part); equal to `value` to the working precision.
  if (last) steps[steps.length - 1] = { ...last, value: canadaTotal };
  return steps;
}

function creditStep(result: ScenarioResult, dollars: Dollars, before: Dec): WorkingStep {
  const { share } = result.scenario;
  const creditDollars = share.creditDollars ?? 'nominal';
  const used = result.creditAppliedUsd;
  const common = {
    kind: 'credit',
    creditCad: share.creditCad,
    creditDollars,
    dollarYear: result.base.dollarYear,
    creditUsedUsd: used,
    unit: 'USD',
  } as const;
  if (creditDollars === dollars)
    return { ...common, operation: 'minus', operand: used, value: before.minus(used) };
  const b = result.canadaBeforeCreditUsd;
  const factor = b.isZero() ? ZERO : b.minus(used).div(b);
  return { ...common, operation: 'times', operand: factor, value: before.times(factor) };
}
