/**
 * The two CSV files (a contract: the browser and the command line produce the same bytes).
 * years: one row per scenario-year, in nominal or constant dollars. summary: one row per scenario,
 * totals in nominal dollars. Money to 2 decimals, percentages to 4, half-even, no separators; the
 * scenario's own inputs as given, in plain notation (never 1e-7).
 */
import {
  buildReport,
  citeSource,
  fixed,
  outlookOrHeld,
  MONEY_DP,
  PCT_DP,
  plain,
  type Dollars,
  type ScenarioResult,
} from '../core';
import { toCsv } from './csv';

export const YEARS_HEADER = [
  'scenario_id',
  'year',
  'dollars',
  'program_usd',
  'canada_usd',
  'us_usd',
  'canada_cad',
  'canada_cad_per_person',
  'canada_pct_of_defence_budget',
  'canada_pct_of_gdp',
  // Version 4 (docs/model.md §12): the GDP and budget the two shares are of, and the pledge's new money.
  'canada_gdp_usd',
  'canada_defence_budget_cad',
  'pledge_gap_cad',
  'canada_pct_of_pledge_gap',
] as const;

export const SUMMARY_HEADER = [
  'scenario_id',
  'name',
  'estimate_id',
  'source',
  'base_amount',
  'base_currency',
  'dollar_year',
  'start_year',
  'years',
  'profile',
  'cost_growth_pct',
  'inflation_pct',
  'discount_rate_pct',
  'share_rule',
  'canada_share_pct',
  'covered_pct',
  'cad_per_usd',
  'program_total_usd',
  'canada_total_usd',
  'us_total_usd',
  'canada_total_cad',
  'canada_cad_per_person',
  'present_value_usd',
  // Version 4: the peak year's share of Canada's planned defence budget, and of the pledge's new money.
  'canada_budget_path',
  'canada_peak_year',
  'canada_peak_pct_of_defence_budget',
  'canada_peak_pct_of_pledge_gap',
] as const;

const money = (d: Parameters<typeof fixed>[0]) => fixed(d, MONEY_DP);
const pct = (d: Parameters<typeof fixed>[0]) => fixed(d, PCT_DP);

/** The years CSV of one or more scenarios. */
export function yearsCsv(results: readonly ScenarioResult[], dollars: Dollars): string {
  const rows = results.flatMap((result) =>
    buildReport(result, dollars).rows.map((r) => [
      result.scenario.id,
      String(r.year),
      dollars,
      money(r.programUsd),
      money(r.canadaUsd),
      money(r.usUsd),
      money(r.canadaCad),
      money(r.canadaCadPerPerson),
      pct(r.canadaPctOfDefenceBudget),
      pct(r.canadaPctOfGdp),
      money(r.canadaGdpUsd),
      money(r.canadaDefenceBudgetCad),
      money(r.pledgeGapCad),
      r.canadaPctOfPledgeGap === undefined ? '' : pct(r.canadaPctOfPledgeGap),
    ]),
  );
  return toCsv(YEARS_HEADER, rows);
}

/** Where a scenario's base cost comes from, as one line of text. */
export function baseCostSource(result: ScenarioResult): string {
  const { estimate } = result.base;
  return estimate ? citeSource(estimate.source) : `Custom amount: ${result.base.label}`;
}

/** The summary CSV: one row per scenario, totals in nominal dollars. */
export function summaryCsv(results: readonly ScenarioResult[]): string {
  const rows = results.map((result) => {
    const s = result.scenario;
    const t = buildReport(result, 'nominal').totals;
    return [
      s.id,
      s.name,
      result.base.estimate?.id ?? '',
      baseCostSource(result),
      money(result.base.amount),
      result.base.currency,
      String(result.base.dollarYear),
      String(s.startYear),
      String(s.years),
      s.profile,
      plain(s.costGrowthPct),
      plain(s.inflationPct),
      plain(s.discountRatePct),
      s.share.rule,
      pct(t.canadaSharePct),
      plain(s.share.coveredPct),
      plain(s.fx.cadPerUsd),
      money(t.programUsd),
      money(t.canadaUsd),
      money(t.usUsd),
      money(t.canadaCad),
      money(t.canadaCadPerPerson),
      money(t.presentValueUsd),
      outlookOrHeld(s).canadaBudget.path,
      String(t.canadaPeakYear),
      pct(t.canadaPeakPctOfDefenceBudget),
      t.canadaPeakPctOfPledgeGap === undefined ? '' : pct(t.canadaPeakPctOfPledgeGap),
    ];
  });
  return toCsv(SUMMARY_HEADER, rows);
}
