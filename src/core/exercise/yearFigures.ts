/**
 * The figures of one year that an answer expression may use (`year_budget_cad("2026")`): Canada's
 * GDP and planned defence budget that year from the scenario's outlook (docs/model.md §12), the
 * pledge path's share and the new money it adds, and Canada's Golden Dome cost that year. One table
 * (YEAR_FIGURES) says each function's unit; the expression names, the units of the worked chain and
 * the key's words all come from it. Nominal (as spent), exact: nothing here rounds.
 */
import { computeScenario } from '../compute';
import { Dec, HUNDRED } from '../money';
import {
  GDP_BASE_YEAR,
  OUTLOOK_FIGURES,
  OUTLOOK_LIMITS,
  outlookOrHeld,
  outlookYears,
  pathSharePct,
  type OutlookYear,
} from '../outlook';
import { exactColumns } from '../report';
import type { Scenario } from '../scenario';

/** Each year function and the unit of its value: money in whole US$ or C$, or a share of GDP in %. */
export const YEAR_FIGURES = {
  /** Canada's GDP that year, US$: the 2024 figure grown by the outlook's growth rate. */
  year_gdp_usd: 'USD',
  /** Canada's planned defence budget that year, C$, on the scenario's budget path. */
  year_budget_cad: 'CAD',
  /** That planned budget as % of that year's GDP. */
  year_budget_pct: 'pct',
  /** The NATO pledge path's share of GDP that year, % (2 % in 2025 rising in a straight line to 3.5 % in 2035). */
  year_pledge_pct: 'pct',
  /** The pledge path's budget minus the 2025-26 budget held, C$: the new money the pledge adds that year. */
  year_pledge_gap_cad: 'CAD',
  /** Canada's Golden Dome cost that year, C$ (a year of the scenario's period only). */
  year_canada_cad: 'CAD',
} as const satisfies Record<string, 'USD' | 'CAD' | 'pct'>;
export type YearFunction = keyof typeof YEAR_FIGURES;
export const YEAR_FUNCTIONS = Object.keys(YEAR_FIGURES) as readonly YearFunction[];

/** True when `fn` is one of the year functions. */
export function isYearFunction(fn: string): fn is YearFunction {
  return Object.hasOwn(YEAR_FIGURES, fn);
}

/** The years a year function's argument may name: from the GDP figures' year to the outlook's last target year. */
export const YEAR_ARGUMENT = { min: GDP_BASE_YEAR, max: OUTLOOK_LIMITS.targetYear.max } as const;

/** The year an argument names, or undefined when it is not a whole year in YEAR_ARGUMENT. */
export function yearOfArgument(arg: string): number | undefined {
  if (!/^\d{4}$/.test(arg)) return undefined;
  const year = Number(arg);
  return year >= YEAR_ARGUMENT.min && year <= YEAR_ARGUMENT.max ? year : undefined;
}

/** Canada's share of GDP in 2025-26, where every Canadian path starts (%). */
export const CANADA_LATEST_PCT = new Dec(OUTLOOK_FIGURES.canadaLatestPct.value);

/** One year of the scenario's outlook, nominal. */
export function outlookYear(scenario: Scenario, year: number): OutlookYear {
  const [row] = outlookYears(scenario, [year], 'nominal', year);
  if (!row) throw new Error(`no outlook for ${year}`);
  return row;
}

/** A budget path's share of GDP in a year, %: its path share, or (held) the budget ÷ that year's GDP in C$. */
export function yearBudgetPct(scenario: Scenario, year: number): Dec {
  const path = pathSharePct(outlookOrHeld(scenario).canadaBudget, CANADA_LATEST_PCT, year);
  if (path) return path;
  const o = outlookYear(scenario, year);
  return o.canadaBudgetCad.times(HUNDRED).div(o.canadaGdpUsd.times(scenario.fx.cadPerUsd));
}

const canadaCadCache = new WeakMap<Scenario, ReadonlyMap<number, Dec>>();

/** Canada's exact nominal cost in C$ in each year of the scenario's period. */
function canadaCadByYear(scenario: Scenario): ReadonlyMap<number, Dec> {
  const cached = canadaCadCache.get(scenario);
  if (cached) return cached;
  const result = computeScenario(scenario);
  const cad = exactColumns(result, 'nominal').canadaCad;
  const map = new Map(result.years.map((y, i) => [y.year, cad[i] ?? new Dec(0)] as const));
  canadaCadCache.set(scenario, map);
  return map;
}

/** The value of a year function in a scenario; undefined for a year it has no figure for. */
export function yearFigure(scenario: Scenario, fn: YearFunction, arg: string): Dec | undefined {
  const year = yearOfArgument(arg);
  if (year === undefined) return undefined;
  switch (fn) {
    case 'year_gdp_usd':
      return outlookYear(scenario, year).canadaGdpUsd;
    case 'year_budget_cad':
      return outlookYear(scenario, year).canadaBudgetCad;
    case 'year_budget_pct':
      return yearBudgetPct(scenario, year);
    case 'year_pledge_pct':
      return pathSharePct({ path: 'pledge' }, CANADA_LATEST_PCT, year);
    case 'year_pledge_gap_cad':
      return outlookYear(scenario, year).pledgeGapCad;
    case 'year_canada_cad':
      return canadaCadByYear(scenario).get(year);
  }
}
