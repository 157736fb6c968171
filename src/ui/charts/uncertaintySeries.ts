/**
 * The uncertainty charts' data and words: the fan chart of Canada's yearly cost (percentiles of a
 * simulation) and the tornado chart of one-at-a-time sensitivity. Inputs are plain numbers in
 * billions of the display currency (the integrator converts from the exact core); everything here
 * is pure.
 */
import { Dec, type Dollars } from '../../core';
import { tips, type ChartText } from './describe';
import { billionsUnit, currencyPrefix, formatBn, formatMoneyBn } from './format';
import type { DisplayCurrency } from './series';

/** One year of the simulation: percentiles of Canada's cost, billions of the display currency. */
export interface FanYear {
  readonly year: number;
  readonly p5: number;
  readonly p25: number;
  readonly p50: number;
  readonly p75: number;
  readonly p95: number;
}

/** What the fan chart draws: two range areas and a line. */
export interface FanPoint {
  readonly year: number;
  /** The 90% band, p5 to p95. */
  readonly band90: readonly [number, number];
  /** The 50% band, p25 to p75. */
  readonly band50: readonly [number, number];
  readonly median: number;
}

/** One input moved from its low to its high value, the others at their most likely values. */
export interface TornadoRow {
  /** The input's name as shown, e.g. "Base cost". */
  readonly input: string;
  /** The input's low and high values as shown, e.g. "US$161B" and "US$542B". */
  readonly lowInput: string;
  readonly highInput: string;
  /** Canada's total with the input at its low and at its high value, billions of the display currency. */
  readonly atLow: number;
  readonly atHigh: number;
}

/** What the tornado chart draws for one row. */
export interface TornadoBar {
  /** The row's position, as a string key (labels may repeat). */
  readonly key: string;
  /** The whole bar: the smaller to the larger of the two totals. */
  readonly span: readonly [number, number];
  /** The part below the most likely total, if any. */
  readonly below: readonly [number, number] | undefined;
  /** The part above the most likely total, if any. */
  readonly above: readonly [number, number] | undefined;
}

/** "(nominal)", "(constant 2025 dollars)", or "(constant dollars)" when the year is not known. */
export function dollarsLabel(dollars: Dollars, dollarYear?: number): string {
  if (dollars === 'nominal') return '(nominal)';
  return dollarYear === undefined ? '(constant dollars)' : `(constant ${dollarYear} dollars)`;
}

const COUNT = new Intl.NumberFormat('en-CA', { maximumFractionDigits: 0 });

/** A whole count with separators: "10,000". */
export function formatCount(n: number): string {
  return COUNT.format(n);
}

/** "C$2.00–C$4.00 billion" */
export function moneyRange(low: number, high: number, currency: DisplayCurrency): string {
  const prefix = currencyPrefix(currency);
  return `${prefix}${formatBn(low)}–${prefix}${formatBn(high)} billion`;
}

// ---------------------------------------------------------------------------------------------
// Fan chart

export function fanPoints(years: readonly FanYear[]): FanPoint[] {
  return years.map((y) => ({ year: y.year, band90: [y.p5, y.p95], band50: [y.p25, y.p75], median: y.p50 }));
}

function span(years: readonly FanYear[]): string {
  const first = years[0]?.year;
  const last = years[years.length - 1]?.year;
  return first === last ? String(first) : `${first}–${last}`;
}

/** The note under the fan chart's title. */
export function fanNote(draws: number): string {
  return (
    `${formatCount(draws)} simulated draws; the line is the median, ` +
    'the dark band holds the middle 50% of outcomes, the light band 90%.'
  );
}

export interface FanText extends ChartText {
  readonly note: string;
}

export function fanText(
  years: readonly FanYear[],
  currency: DisplayCurrency,
  dollars: Dollars,
  draws: number,
  dollarYear?: number,
): FanText {
  const unit = `${billionsUnit(currency)} ${dollarsLabel(dollars, dollarYear)}`;
  const money = (n: number) => formatMoneyBn(n, currency);
  const range = (a: number, b: number) => moneyRange(a, b, currency);
  const peak = years.reduce<FanYear | undefined>(
    (best, y) => (best && best.p50 >= y.p50 ? best : y),
    undefined,
  );
  const widest = years.reduce<FanYear | undefined>(
    (best, y) => (best && best.p95 - best.p5 >= y.p95 - y.p5 ? best : y),
    undefined,
  );
  return {
    title: `Canada’s yearly cost, range of outcomes, ${unit}`,
    note: fanNote(draws),
    summary:
      peak && widest
        ? `Fan chart by year, ${span(years)}, from ${formatCount(draws)} simulated draws: Canada’s median yearly ` +
          `cost peaks at ${money(peak.p50)} in ${peak.year}, when the middle 50% of outcomes run from ` +
          `${range(peak.p25, peak.p75)} and 90% from ${range(peak.p5, peak.p95)}; ` +
          `the range is widest in ${widest.year}, ${range(widest.p5, widest.p95)}.`
        : 'No years to show.',
    table: {
      caption: `Canada’s yearly cost, percentiles of ${formatCount(draws)} simulated draws, ${unit}`,
      columns: ['Year', '5th percentile', '25th percentile', 'Median', '75th percentile', '95th percentile'],
      rows: years.map((y) => [
        String(y.year),
        formatBn(y.p5),
        formatBn(y.p25),
        formatBn(y.p50),
        formatBn(y.p75),
        formatBn(y.p95),
      ]),
    },
    tips: tips(
      years,
      (y) => y.year,
      (y) => ({
        title: String(y.year),
        lines: [
          `Median: ${money(y.p50)}`,
          `Middle 50%: ${range(y.p25, y.p75)}`,
          `90% of outcomes: ${range(y.p5, y.p95)}`,
        ],
      }),
    ),
  };
}

// ---------------------------------------------------------------------------------------------
// Tornado chart

/** How far an input moves Canada's total, exactly (the inputs have at most 6 decimals). */
export function swing(row: TornadoRow): number {
  return new Dec(String(row.atHigh))
    .minus(new Dec(String(row.atLow)))
    .abs()
    .toNumber();
}

/** Each row as a bar from its smaller to its larger total, split at the most likely total `base`. */
export function tornadoBars(rows: readonly TornadoRow[], base: number): TornadoBar[] {
  return rows.map((r, i) => {
    const lo = Math.min(r.atLow, r.atHigh);
    const hi = Math.max(r.atLow, r.atHigh);
    return {
      key: String(i),
      span: [lo, hi],
      below: lo < base ? [lo, Math.min(hi, base)] : undefined,
      above: hi > base ? [Math.max(lo, base), hi] : undefined,
    };
  });
}

/** A round step for about `raw` per tick: 1, 2 or 5 times a power of ten. */
function niceStep(raw: number): number {
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const f = raw / magnitude;
  return (f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10) * magnitude;
}

/** Drops floating-point dust: 0.6000000000000001 → 0.6. */
function clean(n: number): number {
  return Number(n.toPrecision(12));
}

/**
 * The value axis: every bar end and the most likely total with 5% room either side, widened to
 * round numbers (four intervals of 1, 2 or 5 × 10ⁿ) so the ticks read well; it starts at zero
 * rather than below it when every value is positive.
 */
export function tornadoDomain(rows: readonly TornadoRow[], base: number): [number, number] {
  const values = [base, ...rows.flatMap((r) => [r.atLow, r.atHigh])];
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  const pad = hi > lo ? (hi - lo) * 0.05 : Math.max(Math.abs(hi) * 0.05, 1);
  const from = lo >= 0 ? Math.max(0, lo - pad) : lo - pad;
  const to = hi + pad;
  const step = niceStep((to - from) / 4);
  return [clean(Math.floor(from / step) * step), clean(Math.ceil(to / step) * step)];
}

/** The row with the largest swing (the first of equals); rows usually arrive sorted, so row 0. */
export function widestRow(rows: readonly TornadoRow[]): TornadoRow | undefined {
  return rows.reduce<TornadoRow | undefined>(
    (best, r) => (best && swing(best) >= swing(r) ? best : r),
    undefined,
  );
}

/** "Base cost: US$161B → US$542B; Canada’s total C$22.38B → C$75.34B" */
export function tornadoRowLabel(row: TornadoRow, currency: DisplayCurrency): string {
  const prefix = currencyPrefix(currency);
  return (
    `${row.input}: ${row.lowInput} → ${row.highInput}; ` +
    `Canada’s total ${prefix}${formatBn(row.atLow)}B → ${prefix}${formatBn(row.atHigh)}B`
  );
}

export function tornadoText(rows: readonly TornadoRow[], base: number, currency: DisplayCurrency): ChartText {
  const unit = billionsUnit(currency);
  const money = (n: number) => formatMoneyBn(n, currency);
  const top = widestRow(rows);
  const least = rows.reduce<TornadoRow | undefined>(
    (best, r) => (best && swing(best) <= swing(r) ? best : r),
    undefined,
  );
  const baseText = `a most likely total of ${money(base)}`;
  return {
    title: `Which assumption matters most: Canada’s total, ${unit}`,
    summary: top
      ? `Horizontal bars for ${rows.length} ${rows.length === 1 ? 'input' : 'inputs'}, each moved from its low ` +
        `to its high value with the others at their most likely values, around ${baseText}. ` +
        `${top.input} matters most: from ${top.lowInput} to ${top.highInput} it moves Canada’s total from ` +
        `${money(top.atLow)} to ${money(top.atHigh)}, a swing of ${money(swing(top))}` +
        (least && least !== top && rows.length > 1
          ? `; ${least.input} matters least, a swing of ${money(swing(least))}.`
          : '.')
      : 'No ranged inputs to show.',
    table: {
      caption:
        `Canada’s total with one input at its low and then its high value, the others at their most likely ` +
        `values (${baseText}), ${unit}`,
      columns: [
        'Input',
        'Low value',
        'Canada’s total at low',
        'High value',
        'Canada’s total at high',
        'Swing',
      ],
      numeric: [false, false, true, false, true, true],
      rows: rows.map((r) => [
        r.input,
        r.lowInput,
        formatBn(r.atLow),
        r.highInput,
        formatBn(r.atHigh),
        formatBn(swing(r)),
      ]),
    },
    tips: tips(
      rows.map((row, i) => ({ row, key: String(i) })),
      (p) => p.key,
      ({ row: r }) => ({
        title: r.input,
        lines: [
          `At ${r.lowInput}: Canada’s total ${money(r.atLow)}`,
          `At ${r.highInput}: Canada’s total ${money(r.atHigh)}`,
          `Swing: ${money(swing(r))}`,
          `Most likely total: ${money(base)}`,
        ],
      }),
    ),
  };
}
