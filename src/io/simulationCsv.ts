/**
 * The uncertainty CSV files (a contract: the browser and the command line produce the same bytes
 * for the same scenario, draws and seed). Money to 2 decimals, percentages and rates to 4, half-even,
 * no separators; all money in nominal dollars.
 */
import {
  fixed,
  MONEY_DP,
  PCT_DP,
  PERCENTILE_KEYS,
  type Dec,
  type Percentiles,
  type Scenario,
  type SensitivityRow,
  type Simulation,
  TOTAL_METRIC_UNITS,
  TOTAL_METRICS,
  type TotalMetric,
} from '../core';
import { toCsv } from './csv';

export const PERCENTILES_HEADER = [
  'scenario_id',
  'draws',
  'seed',
  'metric',
  'year',
  'p5',
  'p25',
  'p50',
  'p75',
  'p95',
] as const;

export const SENSITIVITY_HEADER = [
  'scenario_id',
  'rank',
  'input',
  'unit',
  'low',
  'most_likely',
  'high',
  'canada_total_cad_at_low',
  'canada_total_cad_at_high',
  'swing_cad',
] as const;

/** The `metric` column's name for each total. */
export const TOTAL_METRIC_NAMES: Readonly<Record<TotalMetric, string>> = {
  programTotalUsd: 'program_total_usd',
  canadaTotalUsd: 'canada_total_usd',
  canadaTotalCad: 'canada_total_cad',
  canadaCadPerPerson: 'canada_cad_per_person',
  canadaPeakPctOfDefenceBudget: 'canada_peak_pct_of_defence_budget',
  canadaPeakPctOfGdp: 'canada_peak_pct_of_gdp',
};

const money = (d: Dec) => fixed(d, MONEY_DP);

/**
 * Percentiles 5, 25, 50, 75, 95 of a simulation: one row per money total (program_total_usd,
 * canada_total_usd, canada_total_cad, canada_cad_per_person; year empty), then one canada_year_usd
 * row per year, then one canada_year_cad row per year, then one row per percentage total
 * (canada_peak_pct_of_defence_budget, canada_peak_pct_of_gdp; year empty) — last, so the rows before
 * them are the same bytes as before they were added. Money to 2 decimals, percentages to 4.
 */
export function percentilesCsv(scenario: Scenario, simulation: Simulation): string {
  const row = (metric: string, year: string, p: Percentiles, dp = MONEY_DP) => [
    scenario.id,
    String(simulation.draws),
    String(simulation.seed),
    metric,
    year,
    ...PERCENTILE_KEYS.map((key) => fixed(p[key], dp)),
  ];
  const totals = (pct: boolean) =>
    TOTAL_METRICS.filter((m) => (TOTAL_METRIC_UNITS[m] === 'pct') === pct).map((m) =>
      row(TOTAL_METRIC_NAMES[m], '', simulation.totals[m], pct ? PCT_DP : MONEY_DP),
    );
  const usd = simulation.years.map((y) => row('canada_year_usd', String(y.year), y.canadaUsd));
  const cad = simulation.years.map((y) => row('canada_year_cad', String(y.year), y.canadaCad));
  return toCsv(PERCENTILES_HEADER, [...totals(false), ...usd, ...cad, ...totals(true)]);
}

/**
 * The sensitivity table, largest swing first (rank 1). low / most_likely / high in the input's
 * unit: the base cost's currency to 2 decimals; `pct` and `cad_per_usd` to 4. Canada's nominal
 * totals in CAD and the swing to 2 decimals.
 */
export function sensitivityCsv(scenario: Scenario, rows: readonly SensitivityRow[]): string {
  const body = rows.map((r, i) => {
    const value = (d: Dec) => fixed(d, r.input === 'baseCost' ? MONEY_DP : PCT_DP);
    return [
      scenario.id,
      String(i + 1),
      r.input,
      r.unit,
      value(r.low),
      value(r.mostLikely),
      value(r.high),
      money(r.canadaTotalCadAtLow),
      money(r.canadaTotalCadAtHigh),
      money(r.swingCad),
    ];
  });
  return toCsv(SENSITIVITY_HEADER, body);
}
