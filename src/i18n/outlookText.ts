/**
 * The outlook's budget paths in words (docs/model.md §12), from core's tables: each path's name and
 * its one-line hint saying where it starts and ends and who says so, for either country. The form
 * and the description of an edited scenario both name a path through here.
 */
import {
  BUDGET_BASE_YEAR,
  OUTLOOK_FIGURES,
  PLEDGE_PCT,
  PLEDGE_YEAR,
  type BudgetPathName,
  type Source,
} from '../core';
import { sourceOutlet } from './catalogText';
import type { Lang } from './lang';
import { dateText, pctText } from './locale';
import { translate } from './translate';

/** The budgets an outlook sets, by their field in the scenario file. */
export type BudgetField = 'canadaBudget' | 'usBudget';

/** Where each budget's paths start: its latest actual share of GDP, with its source. */
const LATEST = {
  canadaBudget: OUTLOOK_FIGURES.canadaLatestPct,
  usBudget: OUTLOOK_FIGURES.usLatestPct,
} as const;

/** The year a budget's latest figure is for: Canada's fiscal 2025-26 ("2025-2026" in French), the US's 2025. */
export function budgetYearText(budget: BudgetField, lang: Lang): string {
  if (budget === 'usBudget') return String(BUDGET_BASE_YEAR);
  const next = BUDGET_BASE_YEAR + 1;
  return `${BUDGET_BASE_YEAR}-${lang === 'fr' ? next : String(next).slice(-2)}`;
}

/** A source in a few words: "Government of Canada, June 9, 2025". */
export function sourceShort(source: Source, lang: Lang): string {
  return `${sourceOutlet(source, lang)}, ${dateText(source.date, lang)}`;
}

function pathParams(budget: BudgetField, lang: Lang) {
  const latest = LATEST[budget];
  return {
    year: budgetYearText(budget, lang),
    pct: pctText(latest.value, lang),
    source: sourceShort(latest.source, lang),
    pledge: pctText(PLEDGE_PCT.value, lang),
    pledgeYear: String(PLEDGE_YEAR),
    pledgeSource: sourceShort(PLEDGE_PCT.source, lang),
  };
}

/** A budget path's name: "Held at the 2025-26 level", "NATO pledge: 3.5% of GDP by 2035". */
export function budgetPathName(budget: BudgetField, path: BudgetPathName, lang: Lang): string {
  return translate(lang, `calculator.outlook.path.${path}`, pathParams(budget, lang));
}

/** A budget path's hint: where it starts, where it goes, and who says so. */
export function budgetPathHint(budget: BudgetField, path: BudgetPathName, lang: Lang): string {
  return translate(lang, `calculator.outlook.path.${path}.hint`, pathParams(budget, lang));
}
