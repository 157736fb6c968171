/**
 * The outlook in a scenario file (version 4, docs/model.md §12): its schema, and the two ways between
 * the file form and core's Outlook. Every field is optional: a file that gives `outlook` gets the
 * sourced defaults (core's defaultOutlook) for what it leaves out; a file without it keeps the
 * context's figures every year, as before version 4.
 */
import { z } from 'zod';
import { BUDGET_PATHS, defaultOutlook, OUTLOOK_LIMITS, type BudgetPath, type Outlook } from '../core';
import type { JsonObject } from './migrate';
import { decimalField, integerField } from './decimalField';

const L = OUTLOOK_LIMITS;
const growth = decimalField(L.growthPct.min, L.growthPct.max).optional();

const budgetPath = z.discriminatedUnion(
  'path',
  [
    z.strictObject({
      path: z.enum(BUDGET_PATHS.filter((p) => p !== 'target') as ['held', 'gdpShare', 'pledge']),
    }),
    z.strictObject({
      path: z.literal('target'),
      targetPct: decimalField(L.targetPct.min, L.targetPct.max),
      targetYear: integerField(L.targetYear.min, L.targetYear.max),
    }),
  ],
  { error: `path must be one of ${BUDGET_PATHS.join(', ')}` },
);

export const outlookSchema = z.strictObject({
  canadaGdpGrowthPct: growth,
  usGdpGrowthPct: growth,
  canadaBudget: budgetPath.optional(),
  usBudget: budgetPath.optional(),
  thresholdPct: decimalField(L.thresholdPct.min, L.thresholdPct.max).optional(),
});

export type OutlookParsed = z.output<typeof outlookSchema>;

/** The file's outlook with the defaults filled in. */
export function toOutlook(f: OutlookParsed): Outlook {
  const d = defaultOutlook();
  return {
    canadaGdpGrowthPct: f.canadaGdpGrowthPct ?? d.canadaGdpGrowthPct,
    usGdpGrowthPct: f.usGdpGrowthPct ?? d.usGdpGrowthPct,
    canadaBudget: f.canadaBudget ?? d.canadaBudget,
    usBudget: f.usBudget ?? d.usBudget,
    thresholdPct: f.thresholdPct ?? d.thresholdPct,
  };
}

function pathToDoc(p: BudgetPath): JsonObject {
  return p.path === 'target'
    ? { path: p.path, targetPct: p.targetPct.toString(), targetYear: p.targetYear }
    : { path: p.path };
}

/** The file form of an outlook: every field written out, decimals as strings. */
export function outlookToDoc(o: Outlook): JsonObject {
  return {
    canadaGdpGrowthPct: o.canadaGdpGrowthPct.toString(),
    usGdpGrowthPct: o.usGdpGrowthPct.toString(),
    canadaBudget: pathToDoc(o.canadaBudget),
    usBudget: pathToDoc(o.usBudget),
    thresholdPct: o.thresholdPct.toString(),
  };
}
