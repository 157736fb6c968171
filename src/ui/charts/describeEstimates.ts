/**
 * The words around the estimates and compare charts: titles, summaries, tables, tooltips, row
 * labels, in English or French. Pure: the language is an argument.
 */
import type { Dollars, FxRates } from '../../core';
import { type Lang, markText, shortMoney } from '../../i18n';
import { messagesIn, tipLine, lazy, tips, type ChartText } from './describe';
import { groupName, type EstimateBar } from './estimateSeries';
import type { ComparePoint, DisplayCurrency } from './series';
import { compareCsv, estimatesCsv } from './chartCsv';
import { billionsUnit, dollarsLabel } from './unitText';
import { decimalText, formatBn, formatMoneyBn, shortMoneyBn } from '../../i18n';

/**
 * Constant dollars are each scenario's own dollar-year: the unit names the year when all share it,
 * and says they are not on one footing when they do not.
 */
function compareDollars(points: readonly ComparePoint[], dollars: Dollars, lang: Lang): string {
  const years = new Set(points.map((p) => p.dollarYear));
  const [year] = years;
  if (dollars === 'constant' && years.size > 1) return messagesIn(lang)('charts.compare.mixedYears');
  return dollarsLabel(dollars, year, lang);
}

/** A scenario's name, with its dollar-year in constant dollars: "Older prices (2024 dollars)". */
function compareName(p: ComparePoint, dollars: Dollars, lang: Lang): string {
  return dollars === 'constant'
    ? messagesIn(lang)('charts.compare.inYear', { name: p.name, year: p.dollarYear })
    : p.name;
}

export function compareText(
  points: readonly ComparePoint[],
  currency: DisplayCurrency,
  dollars: Dollars,
  lang: Lang = 'en',
): ChartText {
  const t = messagesIn(lang);
  const unit = `${billionsUnit(currency, lang)} ${compareDollars(points, dollars, lang)}`;
  const money = (n: number) => formatMoneyBn(n, currency, lang);
  const [canada, us, total] = [t('charts.canada'), t('charts.us'), t('charts.total')];
  const name = (p: ComparePoint) => compareName(p, dollars, lang);
  return {
    title: t('charts.compare.title', { unit }),
    summary: [
      t('charts.compare.summary', { count: points.length }),
      ...points.map((p) =>
        t('charts.compare.item', { name: name(p), canada: money(p.shown.canada), us: money(p.shown.us) }),
      ),
    ].join(' '),
    table: lazy(() => ({
      caption: t('charts.compare.caption', { unit }),
      columns: [t('charts.compare.scenario'), canada, us, total],
      rows: points.map((p) => [
        name(p),
        formatBn(p.shown.canada, lang),
        formatBn(p.shown.us, lang),
        formatBn(p.shown.total, lang),
      ]),
      csv: compareCsv(points, currency, dollars),
    })),
    tips: tips(
      points,
      (p) => p.key,
      (p) => ({
        title: name(p),
        lines: [
          tipLine(lang, canada, money(p.shown.canada)),
          tipLine(lang, us, money(p.shown.us)),
          tipLine(lang, total, money(p.shown.total)),
        ],
      }),
    ),
  };
}

/** The words above a compared scenario's bar. */
export function compareRowLabel(
  p: ComparePoint,
  currency: DisplayCurrency,
  dollars: Dollars,
  lang: Lang = 'en',
): string {
  return messagesIn(lang)('charts.compare.row', {
    name: compareName(p, dollars, lang),
    canada: shortMoneyBn(p.shown.canada, currency, lang),
    us: shortMoneyBn(p.shown.us, currency, lang),
  });
}

/** Notes for one estimate: selected, range, Canada ask, restatement. */
export function estimateNotes(b: EstimateBar, lang: Lang = 'en'): string[] {
  const t = messagesIn(lang);
  const notes: string[] = [];
  if (b.selected)
    notes.push(t(b.custom ? 'charts.estimates.yourAmountSelected' : 'charts.estimates.selected'));
  if (b.isRange) notes.push(t('charts.estimates.range'));
  if (b.canadaAsk) notes.push(t('charts.estimates.ask'));
  if (b.restates)
    notes.push(
      t('charts.estimates.restates', {
        label: b.restates.label,
        reason: t(`charts.estimates.reason.${b.restates.reason}`),
      }),
    );
  return notes;
}

/** "161.00–542.00" for a range, "175.00" for a single figure ("161,00–542,00" in French). */
export function estimateValue(b: EstimateBar, lang: Lang = 'en'): string {
  return b.isRange
    ? `${formatBn(b.lowUsdBn, lang)}–${formatBn(b.highUsdBn, lang)}`
    : formatBn(b.highUsdBn, lang);
}

/** The exchange rates in words: "C$1.39 per US$ and US$1.3369 per £". */
function ratesText(fx: FxRates, lang: Lang): string {
  return messagesIn(lang)('charts.estimates.rates', {
    cad: decimalText(fx.cadPerUsd.toString(), lang),
    usd: decimalText(fx.usdPerGbp.toString(), lang),
  });
}

/** The table's and notes' separator between notes: "; " / " ; ". */
function noteSeparator(lang: Lang): string {
  return markText(';', lang);
}

export function estimatesText(bars: readonly EstimateBar[], fx: FxRates, lang: Lang = 'en'): ChartText {
  const t = messagesIn(lang);
  const values = bars.flatMap((b) => [b.lowUsdBn, b.highUsdBn]);
  const selected = bars.filter((b) => b.selected).map((b) => b.label);
  const rates = ratesText(fx, lang);
  return {
    title: t('charts.estimates.title'),
    summary: [
      t('charts.estimates.summary', {
        count: bars.length,
        rates,
        min: formatMoneyBn(Math.min(...values), 'USD', lang),
        max: formatMoneyBn(Math.max(...values), 'USD', lang),
      }),
      selected.length > 0
        ? t('charts.estimates.highlighted', { labels: selected.join(noteSeparator(lang)) })
        : t('charts.estimates.noneSelected'),
    ].join(' '),
    table: lazy(() => ({
      caption: t('charts.estimates.caption', { rates }),
      columns: [
        t('charts.estimates.estimate'),
        t('charts.estimates.group'),
        t('charts.estimates.usdBillions'),
        t('charts.estimates.published'),
        t('charts.estimates.notes'),
      ],
      numeric: [false, false, true, false, false],
      rows: bars.map((b) => [
        b.label,
        groupName(b.group, lang),
        estimateValue(b, lang),
        b.published,
        estimateNotes(b, lang).join(noteSeparator(lang)),
      ]),
      csv: estimatesCsv(bars),
    })),
    tips: tips(
      bars,
      (b) => b.key,
      (b) => ({
        title: b.label,
        lines: [
          t('charts.estimates.tip', { value: estimateValue(b, lang), published: b.published }),
          ...estimateNotes(b, lang),
        ],
      }),
    ),
  };
}

/** The note under the estimates chart's title. */
export function ratesNote(fx: FxRates, lang: Lang = 'en'): string {
  return messagesIn(lang)('charts.estimates.ratesNote', { rates: ratesText(fx, lang) });
}

/** The words above an estimate's bar: marker, label, value in US$ billions, and tags. */
export function estimateRowLabel(b: EstimateBar, lang: Lang = 'en'): string {
  const t = messagesIn(lang);
  const restated = b.restates
    ? t(b.restates.reason === 'currency' ? 'charts.estimates.tag.currency' : 'charts.estimates.tag.misprint')
    : '';
  const tags = [
    b.custom ? t('charts.estimates.tag.yourAmount') : '',
    b.canadaAsk ? t('charts.estimates.tag.ask') : '',
    restated,
  ]
    .filter(Boolean)
    .map((tag) => ` · ${tag}`)
    .join('');
  const value = shortMoney(estimateValue(b, lang), 'USD', lang);
  return `${b.selected ? '▶ ' : ''}${tipLine(lang, b.label, value)}${tags}`;
}
