/** One rounded report per result and dollars, shared by every part of the page that shows it. */
import { buildReport, type Dollars, type Report, type ScenarioResult } from '../core';

const reports = new WeakMap<ScenarioResult, Partial<Record<Dollars, Report>>>();

/**
 * The rounded report of a result (memoized per result and dollars): the cards, the sentence, the
 * live region, the phone bar and the charts all read the same report without rebuilding it.
 */
export function reportFor(result: ScenarioResult, dollars: Dollars): Report {
  const byDollars = reports.get(result) ?? {};
  const report = byDollars[dollars] ?? buildReport(result, dollars);
  byDollars[dollars] = report;
  reports.set(result, byDollars);
  return report;
}
