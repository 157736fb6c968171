/**
 * The tornado chart's data and words: each ranged input moved from its low to its high value with
 * the others at their most likely values, as bars split at the most likely total, with the value
 * axis, title, summary, table and tooltips. Inputs are plain numbers in billions of the display
 * currency; pure.
 */
import { Dec } from '../../core';
import { formatBn, formatMoneyBn, shortMoneyBn, translate, type Lang } from '../../i18n';
import { messagesIn, lazy, tips, type ChartText } from './describe';
import type { DisplayCurrency } from './series';
import { tornadoCsv } from './chartCsv';
import type { TornadoRow } from './uncertaintyTypes';
import { billionsUnit } from './unitText';

export type { TornadoRow };

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

/** Pixel x of `value` on a bar drawn from span[0] at `x` to span[1] at `x + width` (a linear axis). */
function pixelOf(value: number, bar: TornadoBar, x: number, width: number): number {
  const [lo, hi] = bar.span;
  return hi > lo ? x + ((value - lo) / (hi - lo)) * width : x;
}

/** A part of a bar in pixels. */
export interface PixelPart {
  readonly x: number;
  readonly width: number;
}

/**
 * Where a bar drawn from `x` over `width` pixels puts its parts below and above the most likely
 * total; neither when the row has no swing at all.
 */
export function tornadoParts(
  bar: TornadoBar,
  x: number,
  width: number,
): { below: PixelPart | undefined; above: PixelPart | undefined } {
  const part = (range: readonly [number, number] | undefined): PixelPart | undefined => {
    if (!range) return undefined;
    const x0 = pixelOf(range[0], bar, x, width);
    return { x: x0, width: pixelOf(range[1], bar, x, width) - x0 };
  };
  return { below: part(bar.below), above: part(bar.above) };
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
    table: lazy(() => ({
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
    })),
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
