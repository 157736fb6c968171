/**
 * The worked chain of a year figure (yearFigures.ts) from the outlook's inputs, as a teacher writes
 * it: GDP = 2024 GDP × (1 + growth)^years; a path's share = (target − 2 %) × years since 2025 ÷ years
 * to the target + 2 %; the budget = GDP × exchange rate × share ÷ 100; the new money = the pledge
 * path's budget − today's. Exact, in the same order as core/outlook.ts, so every line ends at the
 * function's value. Canada's yearly cost is a figure of its own (undefined here).
 */
import { dec, HUNDRED, ONE, pctToFraction, type Dec } from '../money';
import {
  BUDGET_BASE_YEAR,
  GDP_BASE_YEAR,
  outlookOrHeld,
  PLEDGE_PCT,
  PLEDGE_YEAR,
  type BudgetPath,
} from '../outlook';
import type { Scenario } from '../scenario';
import type { ChainFigure, ChainStep, ChainUnit } from './chainTypes';
import { CANADA_LATEST_PCT, yearOfArgument, type YearFunction } from './yearFigures';

/** What the chain builder lends: a line of its own, worked before the one that uses it (its index). */
export interface LineMaker {
  addLine(steps: ChainStep[]): number;
}

function figure(
  operation: 'start' | 'plus' | 'minus' | 'times' | 'divide',
  fig: ChainFigure,
  operand: Dec,
  operandUnit: ChainUnit,
  value: Dec,
  unit: ChainUnit,
): ChainStep {
  return { kind: 'figure', operation, figure: fig, operand, operandUnit, value, unit };
}

/** Canada's GDP in `year`, US$: the 2024 figure × (1 + growth)^years. */
function gdpSteps(scenario: Scenario, year: number): ChainStep[] {
  const base = scenario.context.canadaGdpUsd;
  const start = figure(
    'start',
    { kind: 'call', fn: 'context', arg: 'canadaGdpUsd' },
    base,
    'USD',
    base,
    'USD',
  );
  const growthPct = outlookOrHeld(scenario).canadaGdpGrowthPct;
  const years = year - GDP_BASE_YEAR;
  if (growthPct.isZero() || years === 0) return [start];
  const factor = ONE.plus(pctToFraction(growthPct)).pow(years);
  return [
    start,
    figure('times', { kind: 'gdpGrowth', growthPct, years }, factor, 'number', base.times(factor), 'USD'),
  ];
}

/** The target of a path that moves: the pledge's 3.5 % in 2035, or a custom target. */
function pathTarget(path: BudgetPath) {
  return path.path === 'target'
    ? { pct: path.targetPct, year: path.targetYear }
    : { pct: dec(PLEDGE_PCT.value), year: PLEDGE_YEAR };
}

/**
 * A path's share of GDP in `year`, %: 2 % up to 2025 (and every year for `gdpShare`), the target
 * from its year on, and between them (target − 2) × (year − 2025) ÷ (target year − 2025) + 2.
 * Undefined for `held`, which is not a share.
 */
function shareSteps(lines: LineMaker, path: BudgetPath, year: number): ChainStep[] | undefined {
  if (path.path === 'held') return undefined;
  const latest = CANADA_LATEST_PCT;
  const startLatest = figure('start', { kind: 'latestShare' }, latest, 'pct', latest, 'pct');
  if (path.path === 'gdpShare' || year <= BUDGET_BASE_YEAR) return [startLatest];
  const target = pathTarget(path);
  const targetFigure: ChainFigure = { kind: 'targetShare', year: target.year };
  if (year >= target.year) return [figure('start', targetFigure, target.pct, 'pct', target.pct, 'pct')];
  const rise = target.pct.minus(latest);
  const riseLine = lines.addLine([
    figure('start', targetFigure, target.pct, 'pct', target.pct, 'pct'),
    figure('minus', { kind: 'latestShare' }, latest, 'pct', rise, 'pct'),
  ]);
  const elapsed = dec(year - BUDGET_BASE_YEAR);
  const span = dec(target.year - BUDGET_BASE_YEAR);
  const sofar = rise.times(elapsed);
  const yearly = sofar.div(span);
  return [
    figure('start', { kind: 'line', line: riseLine }, rise, 'pct', rise, 'pct'),
    figure('times', { kind: 'yearCount', from: BUDGET_BASE_YEAR, to: year }, elapsed, 'number', sofar, 'pct'),
    figure(
      'divide',
      { kind: 'yearCount', from: BUDGET_BASE_YEAR, to: target.year },
      span,
      'number',
      yearly,
      'pct',
    ),
    figure('plus', { kind: 'latestShare' }, latest, 'pct', latest.plus(yearly), 'pct'),
  ];
}

/** A path's budget in `year`, C$: GDP × C$ per US$ × share ÷ 100; `held` is the 2025-26 budget. */
function budgetSteps(lines: LineMaker, scenario: Scenario, path: BudgetPath, year: number): ChainStep[] {
  const share = shareSteps(lines, path, year);
  const { context, fx } = scenario;
  if (!share) {
    const held = context.canadaDefenceBudgetCad;
    return [
      figure(
        'start',
        { kind: 'call', fn: 'context', arg: 'canadaDefenceBudgetCad' },
        held,
        'CAD',
        held,
        'CAD',
      ),
    ];
  }
  const pct = share[share.length - 1]?.value ?? CANADA_LATEST_PCT;
  const shareFigure: ChainFigure =
    share.length === 1 && share[0]?.kind === 'figure'
      ? share[0].figure
      : { kind: 'line', line: lines.addLine(share) };
  const gdp = gdpSteps(scenario, year);
  const gdpUsd = gdp[gdp.length - 1]?.value ?? context.canadaGdpUsd;
  const gdpCad = gdpUsd.times(fx.cadPerUsd);
  const times = gdpCad.times(pct);
  return [
    ...gdp,
    figure('times', { kind: 'call', fn: 'fx', arg: 'cadPerUsd' }, fx.cadPerUsd, 'number', gdpCad, 'CAD'),
    figure('times', shareFigure, pct, 'pct', times, 'CAD'),
    figure('divide', { kind: 'number' }, HUNDRED, 'number', times.div(HUNDRED), 'CAD'),
  ];
}

/** The steps of a year figure from the outlook's inputs, or undefined for one given as it is. */
export function yearSteps(
  lines: LineMaker,
  scenario: Scenario,
  fn: YearFunction,
  arg: string,
): ChainStep[] | undefined {
  const year = yearOfArgument(arg);
  if (year === undefined) return undefined;
  const pledge: BudgetPath = { path: 'pledge' };
  const path = outlookOrHeld(scenario).canadaBudget;
  switch (fn) {
    case 'year_gdp_usd':
      return gdpSteps(scenario, year);
    case 'year_budget_cad':
      return budgetSteps(lines, scenario, path, year);
    case 'year_budget_pct':
      return shareSteps(lines, path, year);
    case 'year_pledge_pct':
      return shareSteps(lines, pledge, year);
    case 'year_pledge_gap_cad': {
      const steps = budgetSteps(lines, scenario, pledge, year);
      const before = steps[steps.length - 1]?.value ?? dec(0);
      const held = scenario.context.canadaDefenceBudgetCad;
      const fig: ChainFigure = { kind: 'call', fn: 'context', arg: 'canadaDefenceBudgetCad' };
      return [...steps, figure('minus', fig, held, 'CAD', before.minus(held), 'CAD')];
    }
    case 'year_canada_cad':
      return undefined;
  }
}
