/** The words around the estimates and compare charts: titles, summaries, tables, tooltips, row labels. Pure. */
import type { Dollars, FxRates } from '../../core';
import { tips, type ChartText } from './describe';
import { GROUP_NAMES, type EstimateBar } from './estimateSeries';
import { billionsUnit, currencyPrefix, formatBn, formatMoneyBn } from './format';
import type { ComparePoint, DisplayCurrency } from './series';

export function compareText(
  points: readonly ComparePoint[],
  currency: DisplayCurrency,
  dollars: Dollars,
): ChartText {
  const unit = `${billionsUnit(currency)} ${dollars === 'nominal' ? '(nominal)' : '(constant dollars)'}`;
  const money = (n: number) => formatMoneyBn(n, currency);
  return {
    title: `Scenarios compared: Canada and US totals, ${unit}`,
    summary:
      `Stacked bars for ${points.length} scenarios. ` +
      points.map((p) => `${p.name}: Canada ${money(p.canada)}, United States ${money(p.us)}.`).join(' '),
    table: {
      caption: `Total cost by scenario and payer, ${unit}`,
      columns: ['Scenario', 'Canada', 'United States', 'Total'],
      rows: points.map((p) => [p.name, formatBn(p.canada), formatBn(p.us), formatBn(p.total)]),
    },
    tips: tips(
      points,
      (p) => p.key,
      (p) => ({
        title: p.name,
        lines: [`Canada: ${money(p.canada)}`, `United States: ${money(p.us)}`, `Total: ${money(p.total)}`],
      }),
    ),
  };
}

/** The words above a compared scenario's bar. */
export function compareRowLabel(p: ComparePoint, currency: DisplayCurrency): string {
  const prefix = currencyPrefix(currency);
  return `${p.name}: Canada ${prefix}${formatBn(p.canada)}B, United States ${prefix}${formatBn(p.us)}B`;
}

const REASONS = { currency: 'currency conversion', misprint: 'misprint' } as const;

/** Notes for one estimate: selected, range, Canada ask, restatement. */
export function estimateNotes(b: EstimateBar): string[] {
  const notes: string[] = [];
  if (b.selected) notes.push(b.custom ? 'Your amount (selected)' : 'Selected');
  if (b.isRange) notes.push('Range: low to high');
  if (b.canadaAsk) notes.push('Canada ask: Canada’s share, not a program cost');
  if (b.restates) notes.push(`Restates ${b.restates.label} (${REASONS[b.restates.reason]})`);
  return notes;
}

/** "161.00–542.00" for a range, "175.00" for a single figure. */
export function estimateValue(b: EstimateBar): string {
  return b.isRange ? `${formatBn(b.lowUsdBn)}–${formatBn(b.highUsdBn)}` : formatBn(b.highUsdBn);
}

export function estimatesText(bars: readonly EstimateBar[], fx: FxRates): ChartText {
  const values = bars.flatMap((b) => [b.lowUsdBn, b.highUsdBn]);
  const selected = bars.filter((b) => b.selected).map((b) => b.label);
  const rates = `C$${fx.cadPerUsd.toString()} per US$ and US$${fx.usdPerGbp.toString()} per £`;
  return {
    title: 'Published estimates compared, US$ billions',
    summary:
      `Horizontal bars for ${bars.length} figures, converted to US dollars at ${rates}, ` +
      `from ${formatMoneyBn(Math.min(...values), 'USD')} to ${formatMoneyBn(Math.max(...values), 'USD')}; ` +
      `low–high pairs are drawn as one bar from low to high. ` +
      (selected.length > 0 ? `Highlighted: ${selected.join('; ')}.` : 'No estimate selected.'),
    table: {
      caption: `Published Golden Dome cost estimates in US$ billions, converted at ${rates}`,
      columns: ['Estimate', 'Group', 'US$ billions', 'As published', 'Notes'],
      numeric: [false, false, true, false, false],
      rows: bars.map((b) => [
        b.label,
        GROUP_NAMES[b.group],
        estimateValue(b),
        b.published,
        estimateNotes(b).join('; '),
      ]),
    },
    tips: tips(
      bars,
      (b) => b.key,
      (b) => ({
        title: b.label,
        lines: [`US$${estimateValue(b)} billion (published as ${b.published})`, ...estimateNotes(b)],
      }),
    ),
  };
}

/** The note under the estimates chart's title. */
export function ratesNote(fx: FxRates): string {
  return `At C$${fx.cadPerUsd.toString()} per US$ and US$${fx.usdPerGbp.toString()} per £.`;
}

/** The words above an estimate's bar: marker, label, value in US$ billions, and tags. */
export function estimateRowLabel(b: EstimateBar): string {
  const restated = b.restates ? (b.restates.reason === 'currency' ? 'currency restatement' : 'misprint') : '';
  const tags = [b.custom ? 'your amount' : '', b.canadaAsk ? 'Canada ask' : '', restated]
    .filter(Boolean)
    .map((t) => ` · ${t}`)
    .join('');
  return `${b.selected ? '▶ ' : ''}${b.label}: US$${estimateValue(b)}B${tags}`;
}
