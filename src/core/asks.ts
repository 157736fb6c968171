/**
 * Canada asks: amounts asked of Canada (the catalog's `canada-ask` group). They are Canada's share,
 * not a program cost: they set the fixed-amount share rule, never the base cost.
 */
import { CATALOG, ESTIMATE_GROUPS, type Estimate, type EstimateGroup } from './catalog';
import { dec } from './money';
import type { ShareRule } from './share';

/** The groups of program-cost estimates, the ones a base cost is picked from: all but the asks. */
export const PROGRAM_GROUPS: readonly EstimateGroup[] = ESTIMATE_GROUPS.filter((g) => g !== 'canada-ask');

/** The asks, oldest first. */
export const CANADA_ASKS: readonly Estimate[] = CATALOG.filter((e) => e.group === 'canada-ask');

/** True for an estimate of a program's cost (not an ask of Canada). */
export function isProgramEstimate(estimate: Estimate): boolean {
  return estimate.group !== 'canada-ask';
}

/** The program figure the asks were set against (Trump's US$175B), used when no program estimate is chosen. */
export const ASKS_SET_AGAINST_ID = 'trump-total-2025';

/** The ask a share rule's fixed amount is (same amount and currency), if it is one. */
export function askOfShare(rule: ShareRule): Estimate | undefined {
  if (rule.rule !== 'fixed') return undefined;
  return CANADA_ASKS.find((a) => a.currency === rule.currency && dec(a.amount).eq(rule.amount));
}
