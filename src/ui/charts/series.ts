/**
 * Chart series: the adapter between the exact core and recharts. Everything here is pure; money
 * stays Decimal until the last step, where it becomes a JS number in billions (6 decimals, half-even)
 * for drawing. Rounded report rows (cents, 4-place percentages) are the only inputs, so a chart's
 * table shows the same figures as the CSV.
 */
import { reportFor } from '../reportFor';
import {
  Dec,
  HUNDRED,
  CORE_DEFENCE_TARGETS_PCT,
  NATO_TARGETS_PCT,
  roundHalfEven,
  usd,
  usdIn,
  usdToCad,
  type DisplayCurrency,
  type Dollars,
  type FxRates,
  type Report,
  type ScenarioResult,
  type YearRow,
} from '../../core';
import { type Lang, tickPct, translate } from '../../i18n';
import { splitBillions, toBillions, toPctNumber } from './convert';

export { toBillions, toPctNumber };
export type { DisplayCurrency };

/** Canada's part, the US's part and the whole, in billions of the display currency. */
export interface MoneyBn {
  readonly canada: number;
  readonly us: number;
  readonly total: number;
}

export interface YearPoint extends MoneyBn {
  readonly year: number;
}

export interface CumulativePoint {
  readonly year: number;
  /** Canada's cost from the first year to this one, billions of the display currency. */
  readonly canada: number;
}

export interface BudgetPoint {
  readonly year: number;
  /** Canada's cost this year as % of that year's planned defence budget. */
  readonly pct: number;
  /** Canada's planned defence budget this year, C$ billions in the table's dollars. */
  readonly budgetBn: number;
  /** Canada's Golden Dome cost this year, C$ billions in the table's dollars. */
  readonly goldenDomeBn: number;
  /**
   * Canada's cost as % of the new money the NATO pledge path adds to today's budget that year;
   * undefined when the pledge adds nothing (no outlook, or before the path rises).
   */
  readonly gapPct: number | undefined;
  /** The NATO targets as C$ billions of that year's GDP, in the order of `ResultSeries.pledgeLines`. */
  readonly natoBn: readonly number[];
}

export interface GdpPoint {
  readonly year: number;
  /** Canada's planned defence budget this year as % of that year's GDP. */
  readonly withoutPct: number;
  /** Canada's Golden Dome cost this year as % of its GDP. */
  readonly goldenDomePct: number;
  /** withoutPct + goldenDomePct (exact: both are 4-place decimals). */
  readonly withPct: number;
}

export interface NatoLine {
  readonly pct: number;
  readonly label: string;
}

export interface ResultSeries {
  readonly currency: DisplayCurrency;
  readonly dollars: Dollars;
  /** The year whose prices constant dollars are in. */
  readonly dollarYear: number;
  readonly yearly: readonly YearPoint[];
  readonly cumulative: readonly CumulativePoint[];
  readonly budget: readonly BudgetPoint[];
  readonly gdp: readonly GdpPoint[];
  readonly nato: readonly NatoLine[];
  /** The NATO targets the budget chart draws as C$ a year (2 % and 3.5 % of GDP: core defence). */
  readonly pledgeLines: readonly NatoLine[];
  /** Whether the scenario has an outlook: budgets and GDP that change year by year (else held). */
  readonly outlook: boolean;
  /** Whole-program totals in billions of the display currency. */
  readonly totals: MoneyBn;
  /**
   * The yearly figures and totals as a table shows them (2 places, rounded together so that every
   * row and column adds up; see splitBillions).
   */
  readonly shown: { readonly yearly: readonly YearPoint[]; readonly totals: MoneyBn };
  /** Canada's defence budget and GDP, C$ billions (GDP converted at the scenario's rate). */
  readonly canadaBudgetCadBn: number;
  readonly canadaGdpCadBn: number;
}

type MoneyFields = Pick<YearRow, 'programUsd' | 'canadaUsd' | 'usUsd' | 'canadaCad'>;

/** A report row's (or totals') money in the display currency: Canada's rounded CAD as is; program and US converted exactly. */
function rowMoney(
  row: MoneyFields,
  fx: FxRates,
  currency: DisplayCurrency,
): { canada: Dec; us: Dec; total: Dec } {
  // Canada's part in CAD is the report's own rounded figure, so the chart and the CSV agree.
  const canada = currency === 'USD' ? row.canadaUsd : row.canadaCad;
  return { canada, us: usdIn(row.usUsd, currency, fx), total: usdIn(row.programUsd, currency, fx) };
}

function moneyBn(row: MoneyFields, fx: FxRates, currency: DisplayCurrency): MoneyBn {
  const m = rowMoney(row, fx, currency);
  return { canada: toBillions(m.canada), us: toBillions(m.us), total: toBillions(m.total) };
}

/** Yearly cost, Canada and the US, in billions of the display currency. */
export function yearlySeries(report: Report, fx: FxRates, currency: DisplayCurrency): YearPoint[] {
  return report.rows.map((row) => ({ year: row.year, ...moneyBn(row, fx, currency) }));
}

/** The yearly table's figures: every row and column adds up at 2 places (splitBillions). */
export function shownSeries(report: Report, fx: FxRates, currency: DisplayCurrency): ResultSeries['shown'] {
  const split = splitBillions(report.rows.map((row) => rowMoney(row, fx, currency)));
  return {
    yearly: report.rows.map((row, i) => ({ year: row.year, ...(split.rows[i] ?? split.totals) })),
    totals: split.totals,
  };
}

/** Canada's running total, summed exactly before conversion. */
export function cumulativeSeries(report: Report, fx: FxRates, currency: DisplayCurrency): CumulativePoint[] {
  let running = new Dec(0);
  return report.rows.map((row) => {
    running = running.plus(rowMoney(row, fx, currency).canada);
    return { year: row.year, canada: toBillions(running) };
  });
}

/** The NATO targets the budget chart draws (core's CORE_DEFENCE_TARGETS_PCT: 2 % and 3.5 %). */
export const PLEDGE_LINE_PCTS = CORE_DEFENCE_TARGETS_PCT.map((t) => t.value);

/**
 * Canada's planned defence budget each year with its Golden Dome cost (C$ billions, the report's
 * cent-rounded figures in the table's dollars), the cost as % of the budget and of the pledge's new
 * money (the report's 4-place figures), and the NATO targets as C$ of that year's GDP (the report's
 * GDP converted exactly at the scenario's rate).
 */
export function budgetSeries(report: Report, fx: FxRates): BudgetPoint[] {
  const targets = PLEDGE_LINE_PCTS.map((p) => new Dec(p).div(HUNDRED));
  return report.rows.map((row) => {
    const gdpCad = usdToCad(row.canadaGdpUsd, fx);
    return {
      year: row.year,
      pct: toPctNumber(row.canadaPctOfDefenceBudget),
      budgetBn: toBillions(row.canadaDefenceBudgetCad),
      goldenDomeBn: toBillions(row.canadaCad),
      gapPct: row.canadaPctOfPledgeGap === undefined ? undefined : toPctNumber(row.canadaPctOfPledgeGap),
      natoBn: targets.map((t) => toBillions(gdpCad.times(t))),
    };
  });
}

/**
 * Canada's defence spending as % of GDP, without and with its Golden Dome share. The baseline is
 * each year's planned defence budget (CAD) over that year's GDP converted to CAD at the scenario's
 * rate (without an outlook, the context's figures every year); the share is the report's `canadaPctOfGdp`.
 */
export function gdpSeries(report: Report, result: ScenarioResult): GdpPoint[] {
  const { fx } = result.scenario;
  return report.rows.map((row) => {
    const gdpCad = usdToCad(row.canadaGdpUsd, fx);
    const without = roundHalfEven(row.canadaDefenceBudgetCad.times(HUNDRED).div(gdpCad), 4);
    return {
      year: row.year,
      withoutPct: toPctNumber(without),
      goldenDomePct: toPctNumber(row.canadaPctOfGdp),
      withPct: toPctNumber(without.plus(row.canadaPctOfGdp)),
    };
  });
}

/** The NATO spending targets as chart reference lines ("NATO 3.5%" / "OTAN 3,5 %"). */
export function natoLines(lang: Lang = 'en'): NatoLine[] {
  return NATO_TARGETS_PCT.map((t) => natoLine(t.value, lang));
}

function natoLine(value: string, lang: Lang): NatoLine {
  const pct = toPctNumber(new Dec(value));
  return { pct, label: translate(lang, 'charts.gdp.nato', { pct: tickPct(pct, lang) }) };
}

/** Every series the four result charts draw, from one report. */
export function resultSeries(
  result: ScenarioResult,
  currency: DisplayCurrency,
  dollars: Dollars,
  lang: Lang = 'en',
): ResultSeries {
  const report = reportFor(result, dollars);
  const { fx } = result.scenario;
  return {
    currency,
    dollars,
    dollarYear: result.base.dollarYear,
    yearly: yearlySeries(report, fx, currency),
    cumulative: cumulativeSeries(report, fx, currency),
    budget: budgetSeries(report, fx),
    gdp: gdpSeries(report, result),
    nato: natoLines(lang),
    pledgeLines: PLEDGE_LINE_PCTS.map((p) => natoLine(p, lang)),
    outlook: result.scenario.outlook !== undefined,
    totals: moneyBn(report.totals, fx, currency),
    shown: shownSeries(report, fx, currency),
    canadaBudgetCadBn: toBillions(result.scenario.context.canadaDefenceBudgetCad),
    canadaGdpCadBn: toBillions(usdToCad(usd(result.scenario.context.canadaGdpUsd), fx)),
  };
}

export interface ComparePoint extends MoneyBn {
  /** The totals as the table shows them (2 places, Canada + US = total; see splitBillions). */
  readonly shown: MoneyBn;
  /** Position in the list, as a string key (names may repeat). */
  readonly key: string;
  readonly name: string;
  /** The year whose prices the scenario's constant dollars are in. */
  readonly dollarYear: number;
}

/** Canada's and the US's totals per scenario, each converted at its own scenario's rate. */
export function compareSeries(
  items: readonly { name: string; result: ScenarioResult }[],
  currency: DisplayCurrency,
  dollars: Dollars,
): ComparePoint[] {
  return items.map(({ name, result }, i) => {
    const totals = reportFor(result, dollars).totals;
    const dollarYear = result.base.dollarYear;
    const money = rowMoney(totals, result.scenario.fx, currency);
    const shown = splitBillions([money]).totals;
    return { key: String(i), name, dollarYear, shown, ...moneyBn(totals, result.scenario.fx, currency) };
  });
}

export { estimatesSeries, type EstimateBar } from './estimateSeries';
