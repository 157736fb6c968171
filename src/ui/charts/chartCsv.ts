/**
 * The CSV behind each chart: exactly the numbers it draws, one row per bar, point or band. Money is
 * in billions of the display currency with 6 decimals (the series' own precision: to the thousand
 * dollars, half-even, see convert.ts), percentages with 4 decimals, like the years CSV: no thousands
 * separators, a dot for decimals, the same in English and French. Column names carry the unit
 * (`canada_usd_bn`, `_pct`); a `dollars` column says nominal or constant, `dollar_year` which prices.
 * Pure: the CSV text itself is made by io's toCsv (BOM, CRLF, quoting, formula guard).
 */
import { Dec, fixed, type Dollars } from '../../core';
import type { EstimateBar } from './estimateSeries';
import type { ComparePoint, DisplayCurrency, ResultSeries } from './series';
import type { FanYear, TornadoRow } from './uncertaintyTypes';

export interface ChartCsv {
  /** The chart's name in file names: `<scenario>.<name>.csv`. */
  readonly name: string;
  readonly header: readonly string[];
  readonly rows: readonly (readonly string[])[];
}

/** A drawn number of billions, 6 decimals. */
export const bnCell = (n: number): string => fixed(new Dec(n), 6);
/** A drawn percentage, 4 decimals. */
export const pctCell = (n: number): string => fixed(new Dec(n), 4);

const cur = (currency: DisplayCurrency) => currency.toLowerCase();

/** The `dollars` and `dollar_year` cells: the year only for constant dollars. */
function dollarCells(dollars: Dollars, dollarYear: number | undefined): [string, string] {
  return [dollars, dollars === 'constant' && dollarYear !== undefined ? String(dollarYear) : ''];
}

const DOLLAR_COLUMNS = ['dollars', 'dollar_year'] as const;

export function yearlyCsv(s: ResultSeries): ChartCsv {
  const c = cur(s.currency);
  const d = dollarCells(s.dollars, s.dollarYear);
  return {
    name: 'yearly-chart',
    header: ['year', ...DOLLAR_COLUMNS, `canada_${c}_bn`, `us_${c}_bn`, `total_${c}_bn`],
    rows: s.yearly.map((p) => [String(p.year), ...d, bnCell(p.canada), bnCell(p.us), bnCell(p.total)]),
  };
}

export function cumulativeCsv(s: ResultSeries): ChartCsv {
  const c = cur(s.currency);
  const d = dollarCells(s.dollars, s.dollarYear);
  return {
    name: 'cumulative-chart',
    header: ['year', ...DOLLAR_COLUMNS, `canada_${c}_bn`, `canada_running_${c}_bn`],
    rows: s.cumulative.map((p, i) => [
      String(p.year),
      ...d,
      bnCell(s.yearly[i]?.canada ?? 0),
      bnCell(p.canada),
    ]),
  };
}

/**
 * The budget chart's numbers: the cost as % of the budget first (as before the outlook), then the
 * drawn C$ figures and the cost as % of the pledge's new money (empty when the pledge adds none).
 */
export function budgetCsv(s: ResultSeries): ChartCsv {
  const d = dollarCells(s.dollars, s.dollarYear);
  const nato = s.pledgeLines.map((l) => `nato_${String(l.pct).replace('.', '_')}_pct_of_gdp_cad_bn`);
  return {
    name: 'budget-chart',
    header: [
      'year',
      ...DOLLAR_COLUMNS,
      'canada_pct_of_defence_budget',
      'canada_defence_budget_cad_bn',
      'canada_golden_dome_cad_bn',
      ...nato,
      'canada_pct_of_pledge_gap',
    ],
    rows: s.budget.map((p) => [
      String(p.year),
      ...d,
      pctCell(p.pct),
      bnCell(p.budgetBn),
      bnCell(p.goldenDomeBn),
      ...p.natoBn.map(bnCell),
      p.gapPct === undefined ? '' : pctCell(p.gapPct),
    ]),
  };
}

export function gdpCsv(s: ResultSeries): ChartCsv {
  const d = dollarCells(s.dollars, s.dollarYear);
  return {
    name: 'gdp-chart',
    header: [
      'year',
      ...DOLLAR_COLUMNS,
      'defence_pct_of_gdp_without',
      'golden_dome_pct_of_gdp',
      'defence_pct_of_gdp_with',
    ],
    rows: s.gdp.map((p) => [
      String(p.year),
      ...d,
      pctCell(p.withoutPct),
      pctCell(p.goldenDomePct),
      pctCell(p.withPct),
    ]),
  };
}

export function compareCsv(
  points: readonly ComparePoint[],
  currency: DisplayCurrency,
  dollars: Dollars,
): ChartCsv {
  const c = cur(currency);
  return {
    name: 'compare-chart',
    header: ['scenario', ...DOLLAR_COLUMNS, `canada_${c}_bn`, `us_${c}_bn`, `total_${c}_bn`],
    rows: points.map((p) => [
      p.name,
      ...dollarCells(dollars, p.dollarYear),
      bnCell(p.canada),
      bnCell(p.us),
      bnCell(p.total),
    ]),
  };
}

/** Each estimate as drawn: US$ billions at the chart's rates; a single figure has low = high. */
export function estimatesCsv(bars: readonly EstimateBar[]): ChartCsv {
  return {
    name: 'estimates-chart',
    header: ['estimate', 'group', 'published', 'low_usd_bn', 'high_usd_bn', 'canada_ask'],
    rows: bars.map((b) => [
      b.label,
      b.group,
      b.published,
      bnCell(b.lowUsdBn),
      bnCell(b.highUsdBn),
      b.canadaAsk ? 'yes' : 'no',
    ]),
  };
}

export function fanCsv(
  years: readonly FanYear[],
  currency: DisplayCurrency,
  dollars: Dollars,
  dollarYear: number | undefined,
): ChartCsv {
  const c = cur(currency);
  const d = dollarCells(dollars, dollarYear);
  return {
    name: 'fan-chart',
    header: ['year', ...DOLLAR_COLUMNS, ...[5, 25, 50, 75, 95].map((p) => `canada_p${p}_${c}_bn`)],
    rows: years.map((y) => [String(y.year), ...d, ...[y.p5, y.p25, y.p50, y.p75, y.p95].map(bnCell)]),
  };
}

export function tornadoCsv(rows: readonly TornadoRow[], currency: DisplayCurrency): ChartCsv {
  const c = cur(currency);
  return {
    name: 'tornado-chart',
    header: [
      'input',
      'low',
      `canada_total_at_low_${c}_bn`,
      'high',
      `canada_total_at_high_${c}_bn`,
      `swing_${c}_bn`,
    ],
    rows: rows.map((r) => [
      r.input,
      r.lowInput,
      bnCell(r.atLow),
      r.highInput,
      bnCell(r.atHigh),
      fixed(new Dec(String(r.atHigh)).minus(new Dec(String(r.atLow))).abs(), 6),
    ]),
  };
}
