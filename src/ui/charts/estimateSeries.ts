/**
 * Every catalog estimate on one footing: US$ billions at the given exchange rates. A low/high
 * pair becomes one range bar; restatements (conversions, misprints) and Canada asks are flagged.
 */
import {
  CATALOG,
  dec,
  ESTIMATE_GROUPS,
  findEstimate,
  toUsd,
  type Currency,
  type Dec,
  type Estimate,
  type EstimateGroup,
  type FxRates,
} from '../../core';
import { billionsShort, estimateLabel, type Lang, translate } from '../../i18n';
import { toBillions } from './convert';

export interface EstimateBar {
  /** Stable key: the estimate id, "low-id..high-id" for a range, or "custom". */
  readonly key: string;
  /** The catalog ids this bar stands for (two for a range, none for a custom amount). */
  readonly ids: readonly string[];
  readonly label: string;
  readonly group: EstimateGroup | 'custom';
  /** US$ billions. A single figure has low = high. */
  readonly lowUsdBn: number;
  readonly highUsdBn: number;
  /** What recharts draws: [0, value] for a figure, [low, high] for a range. */
  readonly span: readonly [number, number];
  readonly isRange: boolean;
  /** As published: "C$243B", "£18.7B", "US$161B–US$542B" (French: "243 G$ CA", …). */
  readonly published: string;
  readonly restates?: { readonly label: string; readonly reason: 'currency' | 'misprint' };
  readonly canadaAsk: boolean;
  readonly selected: boolean;
  readonly custom: boolean;
}

/** A group's name in the chart's table ("Whole system" / "Système complet"). */
export function groupName(group: EstimateGroup | 'custom', lang: Lang = 'en'): string {
  return translate(lang, `charts.group.${group}`);
}

function short(billions: string, currency: Currency, lang: Lang): string {
  return billionsShort(billions, currency, lang);
}

function publishedAmount(e: Estimate, lang: Lang): string {
  return short(dec(e.amount).div(1e9).toDecimalPlaces(3).toString(), e.currency, lang);
}

/**
 * "CBO 2025, space interceptors, low to high" from the two labels, without their "(US$…)" tails;
 * in French "…, estimation basse à estimation haute".
 */
export function rangeLabel(low: string, high: string, lang: Lang = 'en'): string {
  const strip = (s: string) => s.replace(/\s*\([^)]*\)\s*$/, '');
  const [a, b] = [strip(low), strip(high)];
  let cut = 0;
  for (let i = 0; i < Math.min(a.length, b.length) && a[i] === b[i]; i++) if (a[i] === ',') cut = i + 1;
  const prefix = a.slice(0, cut).trimEnd();
  const join = translate(lang, 'charts.estimates.rangeLabel', {
    low: a.slice(cut).trim(),
    high: b.slice(cut).trim(),
  });
  return prefix ? `${prefix} ${join}` : join;
}

function bar(es: readonly Estimate[], fx: FxRates, selectedId: string | undefined, lang: Lang): EstimateBar {
  const first = es[0] as Estimate;
  const values = es.map((e) => toBillions(toUsd(dec(e.amount), e.currency, fx)));
  const low = Math.min(...values);
  const high = Math.max(...values);
  const isRange = es.length > 1;
  const target = first.restates ? findEstimate(first.restates.id) : undefined;
  return {
    key: es.map((e) => e.id).join('..'),
    ids: es.map((e) => e.id),
    label: isRange
      ? rangeLabel(estimateLabel(first, lang), estimateLabel(es[1] as Estimate, lang), lang)
      : estimateLabel(first, lang),
    group: first.group,
    lowUsdBn: low,
    highUsdBn: high,
    span: isRange ? [low, high] : [0, high],
    isRange,
    published: es.map((e) => publishedAmount(e, lang)).join('–'),
    ...(first.restates && target
      ? { restates: { label: estimateLabel(target, lang), reason: first.restates.reason } }
      : {}),
    canadaAsk: first.group === 'canada-ask',
    selected: selectedId !== undefined && es.some((e) => e.id === selectedId),
    custom: false,
  };
}

/**
 * One bar per catalog figure (one per low/high pair), in catalog group order, with a custom amount
 * (whole US dollars) first when given.
 */
export function estimatesSeries(
  selectedId: string | undefined,
  fx: FxRates,
  custom?: { label: string; usd: Dec },
  lang: Lang = 'en',
): EstimateBar[] {
  const bars: EstimateBar[] = [];
  if (custom) {
    const v = toBillions(custom.usd);
    bars.push({
      key: 'custom',
      ids: [],
      label: custom.label,
      group: 'custom',
      lowUsdBn: v,
      highUsdBn: v,
      span: [0, v],
      isRange: false,
      published: short(String(v), 'USD', lang),
      canadaAsk: false,
      selected: true,
      custom: true,
    });
  }
  for (const group of ESTIMATE_GROUPS) {
    for (const e of CATALOG.filter((x) => x.group === group)) {
      if (e.range?.role === 'high') continue;
      const other = e.range ? findEstimate(e.range.otherId) : undefined;
      bars.push(bar(other ? [e, other] : [e], fx, selectedId, lang));
    }
  }
  return bars;
}
