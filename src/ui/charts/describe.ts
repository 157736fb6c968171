/**
 * The words around each chart, from its series: title (with units), the one-sentence summary a
 * screen reader hears instead of the drawing, and the table that replaces it, in English or French.
 * Pure: the language is an argument.
 */
import {
  formatBn,
  formatMoneyBn,
  type Lang,
  type MessageKey,
  type Params,
  shownPct,
  tickPct,
  translate,
} from '../../i18n';
import type { TableSpec } from './DataTable';
import type { ResultSeries } from './series';
import { cumulativeCsv, gdpCsv, yearlyCsv } from './chartCsv';
import { billionsUnit, dollarsLabel } from './unitText';

/** A tooltip's heading and lines, with units. */
export interface Tip {
  readonly title: string;
  readonly lines: readonly string[];
}

/** Made on first use, then kept. */
export type Lazy<T> = () => T;

export function lazy<T>(make: () => T): Lazy<T> {
  let made: { readonly value: T } | undefined;
  return () => (made ??= { value: make() }).value;
}

/**
 * A chart's words. The title and the summary are read on every redraw; the table and the tooltips
 * only when the chart is shown as a table, downloaded or hovered, so they are made then (from the
 * same series: still the current scenario's), not on every step of a slider.
 */
export interface ChartText {
  readonly title: string;
  readonly summary: string;
  readonly table: Lazy<TableSpec>;
  /** Tooltips by category (the year, or a bar's key). */
  readonly tips: Lazy<ReadonlyMap<string, Tip>>;
}

export function tips<T>(
  points: readonly T[],
  key: (p: T) => string | number,
  tip: (p: T, i: number) => Tip,
): Lazy<ReadonlyMap<string, Tip>> {
  return lazy(() => new Map(points.map((p, i) => [String(key(p)), tip(p, i)])));
}

/** t() for one language, for the pure text functions. */
export function messagesIn(lang: Lang): (key: MessageKey, params?: Params) => string {
  return (key, params) => translate(lang, key, params);
}

/** "Label: value" / "Label : value", for tooltip lines. */
export function tipLine(lang: Lang, label: string, value: string): string {
  return translate(lang, 'charts.tip', { label, value });
}

/**
 * Percent digits: the budget share reads well at 2 places; GDP shares are far smaller, so they
 * keep the report's 4 places (and the GDP table's columns add up exactly).
 */
export const BUDGET_PCT_DIGITS = 2;
export const GDP_PCT_DIGITS = 4;

export function span(s: ResultSeries): string {
  const first = s.yearly[0]?.year;
  const last = s.yearly[s.yearly.length - 1]?.year;
  return first === last ? String(first) : `${first}–${last}`;
}

export function peakBy<T>(points: readonly T[], value: (p: T) => number): T | undefined {
  return points.reduce<T | undefined>(
    (best, p) => (best === undefined || value(p) > value(best) ? p : best),
    undefined,
  );
}

export function yearlyText(s: ResultSeries, lang: Lang = 'en'): ChartText {
  const t = messagesIn(lang);
  const unit = `${billionsUnit(s.currency, lang)} ${dollarsLabel(s.dollars, s.dollarYear, lang)}`;
  const money = (n: number) => formatMoneyBn(n, s.currency, lang);
  const bn = (n: number) => formatBn(n, lang);
  // Every figure in words is the table's, so the sentence, the tooltips and the table agree and add up.
  const { yearly, totals } = s.shown;
  const peak = peakBy(yearly, (p) => p.total);
  const [canada, us, total] = [t('charts.canada'), t('charts.us'), t('charts.total')];
  return {
    title: t('charts.yearly.title', { unit }),
    summary: peak
      ? t('charts.yearly.summary', {
          span: span(s),
          canada: money(totals.canada),
          us: money(totals.us),
          total: money(totals.total),
          year: peak.year,
          peak: money(peak.total),
        })
      : t('charts.noYears'),
    table: lazy(() => ({
      caption: t('charts.yearly.caption', { unit }),
      columns: [t('charts.year'), canada, us, total],
      rows: yearly.map((p) => [String(p.year), bn(p.canada), bn(p.us), bn(p.total)]),
      foot: [total, bn(totals.canada), bn(totals.us), bn(totals.total)],
      csv: yearlyCsv(s),
    })),
    tips: tips(
      yearly,
      (p) => p.year,
      (p) => ({
        title: String(p.year),
        lines: [
          tipLine(lang, canada, money(p.canada)),
          tipLine(lang, us, money(p.us)),
          tipLine(lang, total, money(p.total)),
        ],
      }),
    ),
  };
}

export function cumulativeText(s: ResultSeries, lang: Lang = 'en'): ChartText {
  const t = messagesIn(lang);
  const unit = `${billionsUnit(s.currency, lang)} ${dollarsLabel(s.dollars, s.dollarYear, lang)}`;
  const money = (n: number) => formatMoneyBn(n, s.currency, lang);
  const last = s.cumulative[s.cumulative.length - 1];
  const [thatYear, running] = [t('charts.cumulative.thatYear'), t('charts.cumulative.running')];
  return {
    title: t('charts.cumulative.title', { unit }),
    summary: last
      ? t('charts.cumulative.summary', { span: span(s), total: money(last.canada), year: last.year })
      : t('charts.noYears'),
    table: lazy(() => ({
      caption: t('charts.cumulative.caption', { unit }),
      columns: [t('charts.year'), thatYear, running],
      rows: s.cumulative.map((p, i) => [
        String(p.year),
        formatBn(s.yearly[i]?.canada ?? 0, lang),
        formatBn(p.canada, lang),
      ]),
      csv: cumulativeCsv(s),
    })),
    tips: tips(
      s.cumulative,
      (p) => p.year,
      (p, i) => ({
        title: String(p.year),
        lines: [
          tipLine(lang, thatYear, money(s.yearly[i]?.canada ?? 0)),
          tipLine(lang, running, money(p.canada)),
        ],
      }),
    ),
  };
}

/** The NATO targets as a list: "2%, 3.5%, 5%" / "2 % ; 3,5 % ; 5 %" (a comma is the French decimal mark). */
export function natoList(s: ResultSeries, lang: Lang = 'en'): string {
  return s.nato.map((l) => tickPct(l.pct, lang)).join(translate(lang, 'charts.listSeparator'));
}

export function gdpText(s: ResultSeries, lang: Lang = 'en'): ChartText {
  const t = messagesIn(lang);
  const pct = (n: number) => shownPct(n, GDP_PCT_DIGITS, lang);
  const peak = peakBy(s.gdp, (p) => p.withPct);
  const lines = natoList(s, lang);
  const [without, share, withGd] = [t('charts.gdp.without'), t('charts.gdp.share'), t('charts.gdp.with')];
  return {
    title: t('charts.gdp.title', { dollars: dollarsLabel(s.dollars, s.dollarYear, lang) }),
    summary: peak
      ? t('charts.gdp.summary', {
          span: span(s),
          without: pct(peak.withoutPct),
          with: pct(peak.withPct),
          year: peak.year,
          lines,
        })
      : t('charts.noYears'),
    table: lazy(() => ({
      caption: s.outlook
        ? t('charts.gdp.captionOutlook', { lines })
        : t('charts.gdp.caption', { gdp: formatMoneyBn(s.canadaGdpCadBn, 'CAD', lang), lines }),
      columns: [t('charts.year'), without, share, withGd],
      rows: s.gdp.map((p) => [String(p.year), pct(p.withoutPct), pct(p.goldenDomePct), pct(p.withPct)]),
      csv: gdpCsv(s),
    })),
    tips: tips(
      s.gdp,
      (p) => p.year,
      (p) => ({
        title: t('charts.gdp.tipTitle', { year: p.year }),
        lines: [
          tipLine(lang, without, pct(p.withoutPct)),
          tipLine(lang, share, pct(p.goldenDomePct)),
          tipLine(lang, withGd, pct(p.withPct)),
        ],
      }),
    ),
  };
}
