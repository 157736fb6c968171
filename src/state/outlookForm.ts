/**
 * The outlook as the editor holds it (docs/model.md §12): "as given" (the scenario has no outlook,
 * so the context's GDP and budgets every year) or "projected", with every figure as typed. The
 * typed figures stay while "as given" is chosen, so switching back loses nothing; a scenario that
 * never had an outlook shows core's defaults (defaultOutlook) when it is switched on.
 */
import {
  BUDGET_PATHS,
  defaultOutlook,
  PLEDGE_PCT,
  PLEDGE_YEAR,
  type BudgetPath,
  type BudgetPathName,
  type Outlook,
} from '../core';
import type { BudgetField } from '../i18n';
import type { JsonObject } from '../io';

export interface BudgetPathForm {
  readonly path: BudgetPathName;
  /** The custom target (used by `target` only; kept while another path is chosen). */
  readonly targetPct: string;
  readonly targetYear: string;
}

export interface OutlookForm {
  /** Whether the scenario has an outlook: "projected" rather than "as given". */
  readonly projected: boolean;
  readonly canadaGdpGrowthPct: string;
  readonly usGdpGrowthPct: string;
  readonly canadaBudget: BudgetPathForm;
  readonly usBudget: BudgetPathForm;
  readonly thresholdPct: string;
}

/** The two budgets an outlook sets, by their field in the file. */
export const BUDGET_FIELDS = ['canadaBudget', 'usBudget'] as const satisfies readonly BudgetField[];

export const isBudgetPathName = (value: unknown): value is BudgetPathName =>
  BUDGET_PATHS.some((p) => p === value);

function pathToForm(path: BudgetPath, previous: BudgetPathForm | undefined): BudgetPathForm {
  if (path.path === 'target')
    return { path: 'target', targetPct: path.targetPct.toString(), targetYear: String(path.targetYear) };
  return {
    path: path.path,
    targetPct: previous?.targetPct ?? PLEDGE_PCT.value,
    targetYear: previous?.targetYear ?? String(PLEDGE_YEAR),
  };
}

/** The editable form of a scenario's outlook; without one, the previous form's figures (or the defaults), off. */
export function outlookToForm(outlook: Outlook | undefined, previous?: OutlookForm): OutlookForm {
  if (!outlook)
    return previous ? { ...previous, projected: false } : { ...filled(defaultOutlook()), projected: false };
  return filled(outlook, previous);
}

function filled(outlook: Outlook, previous?: OutlookForm): OutlookForm {
  return {
    projected: true,
    canadaGdpGrowthPct: outlook.canadaGdpGrowthPct.toString(),
    usGdpGrowthPct: outlook.usGdpGrowthPct.toString(),
    canadaBudget: pathToForm(outlook.canadaBudget, previous?.canadaBudget),
    usBudget: pathToForm(outlook.usBudget, previous?.usBudget),
    thresholdPct: outlook.thresholdPct.toString(),
  };
}

const int = (s: string): number | string => (/^-?\d+$/.test(s.trim()) ? Number(s) : s);

function pathToDoc(p: BudgetPathForm): JsonObject {
  return p.path === 'target'
    ? { path: 'target', targetPct: p.targetPct, targetYear: int(p.targetYear) }
    : { path: p.path };
}

/** The file form of the outlook (every field written), or undefined when "as given" is chosen. */
export function outlookFormToDoc(f: OutlookForm): JsonObject | undefined {
  if (!f.projected) return undefined;
  return {
    canadaGdpGrowthPct: f.canadaGdpGrowthPct,
    usGdpGrowthPct: f.usGdpGrowthPct,
    canadaBudget: pathToDoc(f.canadaBudget),
    usBudget: pathToDoc(f.usBudget),
    thresholdPct: f.thresholdPct,
  };
}
