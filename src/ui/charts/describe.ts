/**
 * The words around each chart, from its series: title (with units), the one-sentence summary a
 * screen reader hears instead of the drawing, and the table that replaces it. Pure.
 */
import type { TableSpec } from './DataTable';
import { billionsUnit, dollarsNote, formatBn, formatMoneyBn, formatPct } from './format';
import type { ResultSeries } from './series';

/** A tooltip's heading and lines, with units. */
export interface Tip {
  readonly title: string;
  readonly lines: readonly string[];
}

export interface ChartText {
  readonly title: string;
  readonly summary: string;
  readonly table: TableSpec;
  /** Tooltips by category (the year, or a bar's key). */
  readonly tips: ReadonlyMap<string, Tip>;
}

export function tips<T>(
  points: readonly T[],
  key: (p: T) => string | number,
  tip: (p: T, i: number) => Tip,
): Map<string, Tip> {
  return new Map(points.map((p, i) => [String(key(p)), tip(p, i)]));
}

/**
 * Percent digits: the budget share reads well at 2 places; GDP shares are far smaller, so they
 * keep the report's 4 places (and the GDP table's columns add up exactly).
 */
export const BUDGET_PCT_DIGITS = 2;
export const GDP_PCT_DIGITS = 4;

function span(s: ResultSeries): string {
  const first = s.yearly[0]?.year;
  const last = s.yearly[s.yearly.length - 1]?.year;
  return first === last ? String(first) : `${first}–${last}`;
}

function peakBy<T>(points: readonly T[], value: (p: T) => number): T | undefined {
  return points.reduce<T | undefined>(
    (best, p) => (best === undefined || value(p) > value(best) ? p : best),
    undefined,
  );
}

export function yearlyText(s: ResultSeries): ChartText {
  const unit = `${billionsUnit(s.currency)} ${dollarsNote(s.dollars, s.dollarYear)}`;
  const money = (n: number) => formatMoneyBn(n, s.currency);
  const peak = peakBy(s.yearly, (p) => p.total);
  return {
    title: `Yearly cost, ${unit}`,
    summary:
      `Stacked bars by year, ${span(s)}: Canada pays ${money(s.totals.canada)} and the United States ` +
      `${money(s.totals.us)} of ${money(s.totals.total)}` +
      (peak ? `; the costliest year is ${peak.year} at ${money(peak.total)}.` : '.'),
    table: {
      caption: `Yearly cost by payer, ${unit}`,
      columns: ['Year', 'Canada', 'United States', 'Total'],
      rows: s.yearly.map((p) => [String(p.year), formatBn(p.canada), formatBn(p.us), formatBn(p.total)]),
      foot: ['Total', formatBn(s.totals.canada), formatBn(s.totals.us), formatBn(s.totals.total)],
    },
    tips: tips(
      s.yearly,
      (p) => p.year,
      (p) => ({
        title: String(p.year),
        lines: [`Canada: ${money(p.canada)}`, `United States: ${money(p.us)}`, `Total: ${money(p.total)}`],
      }),
    ),
  };
}

export function cumulativeText(s: ResultSeries): ChartText {
  const unit = `${billionsUnit(s.currency)} ${dollarsNote(s.dollars, s.dollarYear)}`;
  const last = s.cumulative[s.cumulative.length - 1];
  return {
    title: `Canada’s cumulative cost, ${unit}`,
    summary: last
      ? `Canada’s running total over ${span(s)} reaches ${formatMoneyBn(last.canada, s.currency)} by ${last.year}.`
      : 'No years to show.',
    table: {
      caption: `Canada’s cost each year and running total, ${unit}`,
      columns: ['Year', 'Canada that year', 'Running total'],
      rows: s.cumulative.map((p, i) => [
        String(p.year),
        formatBn(s.yearly[i]?.canada ?? 0),
        formatBn(p.canada),
      ]),
    },
    tips: tips(
      s.cumulative,
      (p) => p.year,
      (p, i) => ({
        title: String(p.year),
        lines: [
          `Canada that year: ${formatMoneyBn(s.yearly[i]?.canada ?? 0, s.currency)}`,
          `Running total: ${formatMoneyBn(p.canada, s.currency)}`,
        ],
      }),
    ),
  };
}

export function budgetText(s: ResultSeries): ChartText {
  const pct = (n: number) => formatPct(n, BUDGET_PCT_DIGITS);
  const peak = peakBy(s.budget, (p) => p.pct);
  const budget = `C$${formatBn(s.canadaBudgetCadBn)} billion`;
  return {
    title: `Canada’s yearly cost, % of its defence budget ${dollarsNote(s.dollars, s.dollarYear)}`,
    summary: peak
      ? `Bars by year, ${span(s)}: Canada’s Golden Dome cost peaks at ${pct(peak.pct)} of its ${budget} defence budget in ${peak.year}.`
      : 'No years to show.',
    table: {
      caption: `Canada’s yearly cost as a percentage of its defence budget (${budget}, 2025-26, held constant)`,
      columns: ['Year', '% of defence budget'],
      rows: s.budget.map((p) => [String(p.year), pct(p.pct)]),
    },
    tips: tips(
      s.budget,
      (p) => p.year,
      (p) => ({ title: String(p.year), lines: [`${pct(p.pct)} of Canada’s defence budget`] }),
    ),
  };
}

export function gdpText(s: ResultSeries): ChartText {
  const pct = (n: number) => formatPct(n, GDP_PCT_DIGITS);
  const peak = peakBy(s.gdp, (p) => p.withPct);
  const lines = s.nato.map((l) => formatPct(l.pct, 1).replace('.0%', '%'));
  return {
    title: `Canada’s defence spending, % of GDP, with and without Golden Dome ${dollarsNote(s.dollars, s.dollarYear)}`,
    summary: peak
      ? `Stacked bars by year, ${span(s)}: defence spending is ${pct(peak.withoutPct)} of GDP without Golden Dome ` +
        `and up to ${pct(peak.withPct)} with it (${peak.year}), against NATO lines at ${lines.join(', ')}.`
      : 'No years to show.',
    table: {
      caption:
        `Canada’s defence spending as a percentage of GDP (C$${formatBn(s.canadaGdpCadBn)} billion), ` +
        `without and with its Golden Dome share; NATO targets: ${lines.join(', ')}`,
      columns: ['Year', 'Without Golden Dome', 'Golden Dome share', 'With Golden Dome'],
      rows: s.gdp.map((p) => [String(p.year), pct(p.withoutPct), pct(p.goldenDomePct), pct(p.withPct)]),
    },
    tips: tips(
      s.gdp,
      (p) => p.year,
      (p) => ({
        title: `${p.year}, % of GDP`,
        lines: [
          `Without Golden Dome: ${pct(p.withoutPct)}`,
          `Golden Dome share: ${pct(p.goldenDomePct)}`,
          `With Golden Dome: ${pct(p.withPct)}`,
        ],
      }),
    ),
  };
}
