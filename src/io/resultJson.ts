/**
 * A computed scenario as JSON (`golden-dome compute --json`): the scenario file, the report as the
 * table and the CSV files round it, and the exact unrounded figures. Every figure is a decimal string
 * (never a floating-point number, which would lose digits); only years and counts are JSON integers.
 */
import {
  buildReport,
  exactColumns,
  fixed,
  MONEY_DP,
  PCT_DP,
  plain,
  type Dec,
  type Dollars,
  type ScenarioResult,
} from '../core';
import { scenarioToDoc } from './scenarioFile';

/** Bumped when a field changes meaning or goes away (adding a field keeps it). */
export const RESULT_JSON_VERSION = 1;

type Figures = Readonly<Record<string, Dec | number | undefined>>;

/**
 * A rounded report row or totals: percentages (the keys with "Pct") to 4 places, money to 2, years as
 * integers; a figure that does not exist (a share of no new money, no year over the threshold) is null.
 */
function rounded(figures: Figures): Record<string, string | number | null> {
  return Object.fromEntries(
    Object.entries(figures).map(([key, value]) => [
      key,
      value === undefined
        ? null
        : typeof value === 'number'
          ? value
          : fixed(value, key.includes('Pct') ? PCT_DP : MONEY_DP),
    ]),
  );
}

/** Exact figures with all their digits (80 significant at most), in plain notation. */
function exact(figures: Figures): Record<string, string | number | null> {
  return Object.fromEntries(
    Object.entries(figures).map(([key, value]) => [
      key,
      value === undefined ? null : typeof value === 'number' ? value : plain(value),
    ]),
  );
}

/** The JSON document (see README, "compute --json"). */
export function resultDoc(result: ScenarioResult, dollars: Dollars) {
  const { rows, totals } = buildReport(result, dollars);
  const columns = exactColumns(result, dollars);
  const { base } = result;
  return {
    version: RESULT_JSON_VERSION,
    dollars,
    scenario: scenarioToDoc(result.scenario),
    baseCost: {
      label: base.label,
      amount: plain(base.amount),
      currency: base.currency,
      dollarYear: base.dollarYear,
      usd: plain(base.usd),
    },
    report: { rows: rows.map((r) => rounded({ ...r })), totals: rounded({ ...totals }) },
    exact: {
      ...exact({
        programConstantUsd: result.programConstantUsd,
        totalConstantUsd: result.totalConstantUsd,
        totalNominalUsd: result.totalNominalUsd,
        presentValueUsd: result.presentValueUsd,
        ruleFraction: result.ruleFraction,
        canadaBeforeCreditUsd: result.canadaBeforeCreditUsd,
        creditAppliedUsd: result.creditAppliedUsd,
        canadaFraction: result.canadaFraction,
      }),
      years: result.years.map((y, i) =>
        exact({
          ...y,
          programUsd: columns.program[i],
          canadaUsd: columns.canada[i],
          canadaCad: columns.canadaCad[i],
          canadaCadPerPerson: columns.canadaCadPerPerson[i],
          canadaPctOfDefenceBudget: columns.canadaPctOfDefenceBudget[i],
        }),
      ),
    },
  };
}

/** `resultDoc` as text: two-space indented, ending in a line break. */
export function resultJson(result: ScenarioResult, dollars: Dollars): string {
  return `${JSON.stringify(resultDoc(result, dollars), null, 2)}\n`;
}
