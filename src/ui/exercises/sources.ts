/**
 * The sources of the figures an exercise uses, for the worksheet: the cost estimates of its
 * scenarios and answers, and the context figures and exchange rates its share rules and answers
 * depend on (their sourced defaults).
 */
import {
  CONTEXT_DEFAULTS,
  findEstimate,
  FX_DEFAULTS,
  GROWTH_FIGURES,
  isContextKey,
  isYearFunction,
  OUTLOOK_FIGURES,
  PLEDGE_PCT,
  ruleBasis,
  SHARE_RULES,
  type ContextKey,
  type Exercise,
  type Expr,
  type ReferenceFigure,
  type Scenario,
  type Source,
  type YearFunction,
} from '../../core';
import type { Lang } from '../../i18n';
import { estimateLabel, referenceLabel } from '../../i18n';

export interface SourceLine {
  /** The figure, as the catalog names it in the page's language. */
  readonly figure: string;
  readonly source: Source;
}

type FxKey = keyof typeof FX_DEFAULTS;

interface Uses {
  estimates: Set<string>;
  context: Set<ContextKey>;
  fx: Set<FxKey>;
  /** The published figures the share rules in use stand on (the North Warning System split). */
  references: Set<ReferenceFigure>;
}

/** What an output needs besides the scenario's cost (Canadian dollars, population, budget). */
const OUTPUT_NEEDS: Partial<Record<string, { context?: ContextKey; fx?: FxKey }>> = {
  canada_total_cad: { fx: 'cadPerUsd' },
  canada_cad_per_person: { context: 'canadaPopulation', fx: 'cadPerUsd' },
  canada_avg_pct_of_defence_budget: { context: 'canadaDefenceBudgetCad', fx: 'cadPerUsd' },
  canada_peak_pct_of_defence_budget: { context: 'canadaDefenceBudgetCad', fx: 'cadPerUsd' },
};

/** What a year's figure stands on besides the outlook's own: context figures, the exchange rate, the pledge. */
const YEAR_NEEDS: Record<YearFunction, { context: ContextKey[]; fx: boolean; pledge: boolean }> = {
  year_gdp_usd: { context: ['canadaGdpUsd'], fx: false, pledge: false },
  year_budget_cad: { context: ['canadaGdpUsd', 'canadaDefenceBudgetCad'], fx: true, pledge: false },
  year_budget_pct: { context: ['canadaGdpUsd'], fx: false, pledge: false },
  year_pledge_pct: { context: [], fx: false, pledge: true },
  year_pledge_gap_cad: { context: ['canadaGdpUsd', 'canadaDefenceBudgetCad'], fx: true, pledge: true },
  year_canada_cad: { context: [], fx: true, pledge: false },
};

/** The figures a scenario's outlook starts from: the 2025-26 share, the sourced growth, the pledge. */
function addOutlook(s: Scenario, uses: Uses): void {
  const { outlook } = s;
  if (!outlook) return;
  uses.references.add(OUTLOOK_FIGURES.canadaLatestPct);
  const growth = GROWTH_FIGURES.canadaGdpGrowthPct;
  if (outlook.canadaGdpGrowthPct.eq(growth.value)) uses.references.add(growth);
  if (outlook.canadaBudget.path === 'pledge') uses.references.add(PLEDGE_PCT);
}

/** The context figures and the published figure a share rule stands on (core's SHARE_RULE_SPECS). */
function addRule(rule: string, uses: Uses): void {
  const name = SHARE_RULES.find((r) => r === rule);
  if (name === undefined) return;
  const spec = ruleBasis(name);
  for (const key of spec.context) uses.context.add(key);
  if (spec.reference) uses.references.add(spec.reference);
}

function addScenario(s: Scenario, uses: Uses): void {
  if (s.cost.kind === 'estimate') uses.estimates.add(s.cost.estimateId);
  addRule(s.share.rule, uses);
  if (!s.share.creditCad.isZero()) uses.fx.add('cadPerUsd');
  addOutlook(s, uses);
}

function addExpr(expr: Expr, uses: Uses): void {
  switch (expr.kind) {
    case 'number':
      return;
    case 'output': {
      const needs = OUTPUT_NEEDS[expr.name];
      if (needs?.context) uses.context.add(needs.context);
      if (needs?.fx) uses.fx.add(needs.fx);
      return;
    }
    case 'call':
      if (expr.fn === 'estimate' || expr.fn === 'amount' || expr.fn === 'years') uses.estimates.add(expr.arg);
      if (expr.fn === 'context' && isContextKey(expr.arg)) uses.context.add(expr.arg);
      if (expr.fn === 'fx' && expr.arg in FX_DEFAULTS) uses.fx.add(expr.arg as FxKey);
      if (expr.fn === 'rule_share_pct') addRule(expr.arg, uses);
      if (isYearFunction(expr.fn)) {
        const needs = YEAR_NEEDS[expr.fn];
        for (const key of needs.context) uses.context.add(key);
        if (needs.fx) uses.fx.add('cadPerUsd');
        if (needs.pledge) uses.references.add(PLEDGE_PCT);
      }
      return;
    case 'negate':
      return addExpr(expr.operand, uses);
    case 'group':
      return addExpr(expr.inner, uses);
    case 'binary':
      addExpr(expr.left, uses);
      return addExpr(expr.right, uses);
  }
}

const line = (figure: ReferenceFigure, lang: Lang): SourceLine => ({
  figure: referenceLabel(figure, lang),
  source: figure.source,
});

/** The sources of every figure the exercise uses, each once, estimates first. */
export function exerciseSources(exercise: Exercise, lang: Lang): SourceLine[] {
  const uses: Uses = { estimates: new Set(), context: new Set(), fx: new Set(), references: new Set() };
  addScenario(exercise.scenario, uses);
  for (const q of exercise.questions) {
    addScenario(q.scenario, uses);
    if (q.answer.kind === 'numeric') addExpr(q.answer.expr, uses);
  }
  const estimates = [...uses.estimates].flatMap((id) => {
    const e = findEstimate(id);
    if (!e) return [];
    if (e.currency !== 'USD') uses.fx.add(e.currency === 'CAD' ? 'cadPerUsd' : 'usdPerGbp');
    return [{ figure: estimateLabel(e, lang), source: e.source }];
  });
  return [
    ...estimates,
    ...[...uses.context].map((key) => line(CONTEXT_DEFAULTS[key], lang)),
    ...[...uses.references].map((figure) => line(figure, lang)),
    ...[...uses.fx].map((key) => line(FX_DEFAULTS[key], lang)),
  ];
}
