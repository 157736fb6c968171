/**
 * The uncertainty charts' data and words: the fan chart of Canada's yearly cost (percentiles of a
 * simulation) and the tornado chart of one-at-a-time sensitivity. Inputs are plain numbers in
 * billions of the display currency (the integrator converts from the exact core); everything here
 * is pure.
 */
import { Dec, type Dollars } from '../../core';
import { LOCALES, translate, type Lang } from '../../i18n';
import { messagesIn, tipLine, tips, type ChartText } from './describe';
import { billionsUnit, formatBn, formatMoneyBn, moneyRange as moneyRangeText, shortMoneyBn } from './format';
import type { DisplayCurrency } from './series';
import { fanCsv, tornadoCsv } from './chartCsv';
import type { FanYear, TornadoRow } from './uncertaintyTypes';

export type { FanYear, TornadoRow };

/** What the fan chart draws: two range areas and a line. */
export interface FanPoint {
  readonly year: number;
  /** The 90% band, p5 to p95. */
  readonly band90: readonly [number, number];
  /** The 50% band, p25 to p75. */
  readonly band50: readonly [number, number];
  readonly median: number;
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
export function dollarsLabel(dollars: Dollars, dollarYear?: number, lang: Lang = 'en'): string {
  if (dollars === 'nominal') return translate(lang, 'charts.nominal');
  return dollarYear === undefined
    ? translate(lang, 'charts.constant')
    : translate(lang, 'charts.constantYear', { year: dollarYear });
}

const COUNTS = new Map<Lang, Intl.NumberFormat>();

/** A whole count with separators: "10,000" / "10 000". */
export function formatCount(n: number, lang: Lang = 'en'): string {
  let nf = COUNTS.get(lang);
  if (!nf) {
    nf = new Intl.NumberFormat(LOCALES[lang], { maximumFractionDigits: 0 });
    COUNTS.set(lang, nf);
  }
  return nf.format(n);
}

/** "C$2.00–C$4.00 billion" / "2,00–4,00 milliards $ CA" */
export function moneyRange(low: number, high: number, currency: DisplayCurrency, lang: Lang = 'en'): string {
  return moneyRangeText(low, high, currency, lang);
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
export function fanNote(draws: number, lang: Lang = 'en'): string {
  return translate(lang, 'charts.fan.note', { draws: formatCount(draws, lang) });
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
  lang: Lang = 'en',
): FanText {
  const t = messagesIn(lang);
  const unit = `${billionsUnit(currency, lang)} ${dollarsLabel(dollars, dollarYear, lang)}`;
  const money = (n: number) => formatMoneyBn(n, currency, lang);
  const range = (a: number, b: number) => moneyRange(a, b, currency, lang);
  const count = formatCount(draws, lang);
  const bn = (n: number) => formatBn(n, lang);
  const percentile = (n: number) => t('charts.fan.percentile', { n });
  const peak = years.reduce<FanYear | undefined>(
    (best, y) => (best && best.p50 >= y.p50 ? best : y),
    undefined,
  );
  const widest = years.reduce<FanYear | undefined>(
    (best, y) => (best && best.p95 - best.p5 >= y.p95 - y.p5 ? best : y),
    undefined,
  );
  return {
    title: t('charts.fan.title', { unit }),
    note: fanNote(draws, lang),
    summary:
      peak && widest
        ? t('charts.fan.summary', {
            span: span(years),
            draws: count,
            peak: money(peak.p50),
            year: peak.year,
            middle: range(peak.p25, peak.p75),
            outer: range(peak.p5, peak.p95),
            wideYear: widest.year,
            wide: range(widest.p5, widest.p95),
          })
        : t('charts.noYears'),
    table: {
      caption: t('charts.fan.caption', { draws: count, unit }),
      columns: [
        t('charts.year'),
        percentile(5),
        percentile(25),
        t('charts.fan.median'),
        percentile(75),
        percentile(95),
      ],
      rows: years.map((y) => [String(y.year), bn(y.p5), bn(y.p25), bn(y.p50), bn(y.p75), bn(y.p95)]),
      csv: fanCsv(years, currency, dollars, dollarYear),
    },
    tips: tips(
      years,
      (y) => y.year,
      (y) => ({
        title: String(y.year),
        lines: [
          tipLine(lang, t('charts.fan.median'), money(y.p50)),
          tipLine(lang, t('charts.fan.middle'), range(y.p25, y.p75)),
          tipLine(lang, t('charts.fan.outer'), range(y.p5, y.p95)),
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
export function tornadoRowLabel(row: TornadoRow, currency: DisplayCurrency, lang: Lang = 'en'): string {
  return translate(lang, 'charts.tornado.row', {
    input: row.input,
    low: row.lowInput,
    high: row.highInput,
    atLow: shortMoneyBn(row.atLow, currency, lang),
    atHigh: shortMoneyBn(row.atHigh, currency, lang),
  });
}

export function tornadoText(
  rows: readonly TornadoRow[],
  base: number,
  currency: DisplayCurrency,
  lang: Lang = 'en',
): ChartText {
  const t = messagesIn(lang);
  const unit = billionsUnit(currency, lang);
  const money = (n: number) => formatMoneyBn(n, currency, lang);
  const bn = (n: number) => formatBn(n, lang);
  const top = widestRow(rows);
  const least = rows.reduce<TornadoRow | undefined>(
    (best, r) => (best && swing(best) <= swing(r) ? best : r),
    undefined,
  );
  const baseText = t('charts.tornado.base', { total: money(base) });
  return {
    title: t('charts.tornado.title', { unit }),
    summary: top
      ? t('charts.tornado.summary', {
          count: rows.length,
          inputs: t(rows.length === 1 ? 'charts.tornado.input' : 'charts.tornado.inputs'),
          base: baseText,
          top: top.input,
          low: top.lowInput,
          high: top.highInput,
          atLow: money(top.atLow),
          atHigh: money(top.atHigh),
          swing: money(swing(top)),
        }) +
        (least && least !== top && rows.length > 1
          ? t('charts.tornado.least', { least: least.input, swing: money(swing(least)) })
          : '.')
      : t('charts.tornado.none'),
    table: {
      caption: t('charts.tornado.caption', { base: baseText, unit }),
      columns: [
        t('charts.tornado.column.input'),
        t('charts.tornado.column.low'),
        t('charts.tornado.column.atLow'),
        t('charts.tornado.column.high'),
        t('charts.tornado.column.atHigh'),
        t('charts.tornado.column.swing'),
      ],
      numeric: [false, false, true, false, true, true],
      rows: rows.map((r) => [r.input, r.lowInput, bn(r.atLow), r.highInput, bn(r.atHigh), bn(swing(r))]),
      csv: tornadoCsv(rows, currency),
    },
    tips: tips(
      rows.map((row, i) => ({ row, key: String(i) })),
      (p) => p.key,
      ({ row: r }) => ({
        title: r.input,
        lines: [
          t('charts.tornado.tip.at', { value: r.lowInput, total: money(r.atLow) }),
          t('charts.tornado.tip.at', { value: r.highInput, total: money(r.atHigh) }),
          t('charts.tornado.tip.swing', { value: money(swing(r)) }),
          t('charts.tornado.mostLikely', { value: money(base) }),
        ],
      }),
    ),
  };
}
