/**
 * The fan chart's data and words: percentiles of Canada's yearly cost from a simulation, as two
 * bands and a median line, with the title, summary, table and tooltips. Inputs are plain numbers in
 * billions of the display currency (the integrator converts from the exact core); pure.
 */
import { Dec, type Dollars } from '../../core';
import { formatBn, formatCount, formatMoneyBn, moneyRange, type Lang } from '../../i18n';
import { messagesIn, tipLine, lazy, tips, type ChartText } from './describe';
import type { DisplayCurrency } from './series';
import { fanCsv } from './chartCsv';
import type { FanYear } from './uncertaintyTypes';
import { billionsUnit, dollarsLabel } from './unitText';

export type { FanYear };

/** The largest value the fan draws (the highest 95th percentile), at least 0: the value axis's top. */
export function fanMax(years: readonly FanYear[]): number {
  return Math.max(0, ...years.map((y) => y.p95));
}

function span(years: readonly FanYear[]): string {
  const first = years[0]?.year;
  const last = years[years.length - 1]?.year;
  return first === last ? String(first) : `${first}–${last}`;
}

/** The note under the fan chart's title. */
export function fanNote(draws: number, lang: Lang = 'en'): string {
  return messagesIn(lang)('charts.fan.note', { draws: formatCount(new Dec(draws), lang) });
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
  const count = formatCount(new Dec(draws), lang);
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
    table: lazy(() => ({
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
    })),
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
