/** A problem as the page words it: the field named as its label says, then what is wrong. */
import type { Problem } from '../core';

const FIELD_NAMES: Record<string, string> = {
  'share.amount': 'Fixed amount',
  'share.percent': 'Canada’s share (%)',
  'share.coveredPct': 'Covered (%)',
  'share.creditCad': 'Credit for NORAD spending',
  'cost.amount': 'Amount',
  'cost.dollarYear': 'Dollar-year',
  'cost.label': 'Where the amount comes from',
  'cost.estimateId': 'Published estimate',
  startYear: 'Start year',
  years: 'Years',
  costGrowthPct: 'Cost growth (%)',
  inflationPct: 'Inflation (%)',
  discountRatePct: 'Discount rate (%)',
  'fx.cadPerUsd': 'CAD per USD',
  'fx.usdPerGbp': 'USD per GBP',
};

export function problemText(problem: Problem): string {
  const field = problem.path.replace(/^link:? ?/, '');
  return field ? `${FIELD_NAMES[field] ?? field}: ${problem.message}` : problem.message;
}
