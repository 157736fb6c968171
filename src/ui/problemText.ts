/**
 * A problem as the page words it: the field named as its label says, in the page's language, then
 * what is wrong. The detail comes from the validator (src/io, src/core) and stays in English.
 */
import type { Problem } from '../core';
import { translate, type Lang, type MessageKey } from '../i18n';

/** A Map, not an object: a path such as `constructor` or `__proto__` must not find a built-in. */
const FIELD_NAMES: ReadonlyMap<string, MessageKey> = new Map(
  Object.entries({
    'share.amount': 'calculator.field.fixedAmount',
    'share.percent': 'calculator.field.sharePercent',
    'share.coveredPct': 'calculator.field.coveredPct',
    'share.creditCad': 'calculator.field.creditCad',
    'cost.amount': 'calculator.field.amount',
    'cost.dollarYear': 'calculator.field.dollarYear',
    'cost.label': 'calculator.field.customLabel',
    'cost.estimateId': 'calculator.field.estimate',
    startYear: 'calculator.field.startYear',
    years: 'calculator.field.years',
    costGrowthPct: 'calculator.field.costGrowthPct',
    inflationPct: 'calculator.field.inflationPct',
    discountRatePct: 'calculator.field.discountRatePct',
    'fx.cadPerUsd': 'calculator.field.cadPerUsd',
    'fx.usdPerGbp': 'calculator.field.usdPerGbp',
    'context.canadaGdpUsd': 'calculator.field.canadaGdpUsd',
    'context.usGdpUsd': 'calculator.field.usGdpUsd',
    'context.canadaPopulation': 'calculator.field.canadaPopulation',
    'context.usPopulation': 'calculator.field.usPopulation',
    'context.canadaDefenceBudgetCad': 'calculator.field.canadaDefenceBudgetCad',
    'context.usDefenceBudgetUsd': 'calculator.field.usDefenceBudgetUsd',
    'ranges.baseCost': 'calculator.range.baseCost',
    'ranges.costGrowthPct': 'calculator.range.costGrowthPct',
    'ranges.inflationPct': 'calculator.range.inflationPct',
    'ranges.cadPerUsd': 'calculator.range.cadPerUsd',
    'ranges.canadaSharePct': 'calculator.range.canadaSharePct',
  } satisfies Record<string, MessageKey>),
);

/** The field's name as its label says ("Years" / "Années"); a range's parts under the range's name. */
export function fieldName(path: string, lang: Lang): string {
  const key = FIELD_NAMES.get(path) ?? FIELD_NAMES.get(path.split('.').slice(0, 2).join('.'));
  return key ? translate(lang, key) : path;
}

/** "Years: must be at least 1" / "Années : must be at least 1". */
export function problemText(problem: Problem, lang: Lang = 'en'): string {
  const field = problem.path.replace(/^link:? ?/, '');
  return field
    ? translate(lang, 'calculator.problem', { field: fieldName(field, lang), message: problem.message })
    : problem.message;
}
