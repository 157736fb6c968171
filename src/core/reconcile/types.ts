/**
 * "Why do the numbers differ?": each pair of published figures reconciled as structured steps.
 * No sentences here; the UI writes each step in English or French from its fields. Every amount
 * is in whole currency units (dollars, not billions) and comes from the catalog, the exchange
 * rates or the context figures.
 */
import type { Dec } from '../money';
import type { ContextRuleName } from '../share';
import type { Currency } from '../units';

export const RECONCILIATION_IDS = [
  'currency-175-243',
  'currency-25-gbp',
  'misprint-524',
  'scope-542-1200',
  'period-scope',
  'asks-61-71',
] as const;
export type ReconciliationId = (typeof RECONCILIATION_IDS)[number];

/** What a figure covers, as a code the UI can name in either language. */
export type Coverage =
  | 'first-tranche'
  | 'whole-system-undefined'
  | 'whole-system-dod'
  | 'space-interceptors'
  | 'four-layer-system'
  | 'example-architectures'
  | 'canada-share';

export type ReconcileStep =
  /** from × rate (cadPerUsd) or from ÷ rate (usdPerGbp) = result, against the figure reported. */
  | {
      readonly kind: 'convert';
      readonly fromId: string;
      readonly from: Dec;
      readonly fromCurrency: Currency;
      readonly rateName: 'cadPerUsd' | 'usdPerGbp';
      readonly rate: Dec;
      readonly operation: 'multiply' | 'divide';
      readonly result: Dec;
      readonly resultCurrency: Currency;
      readonly reportedId: string;
      readonly reported: Dec;
      /** result − reported: what rounding the reported figure dropped. */
      readonly roundingGap: Dec;
      /** The rate the reported figure implies (reported ÷ from, or from ÷ reported). */
      readonly impliedRate: Dec;
    }
  /** A printed figure that swaps two digits of the correct one. */
  | {
      readonly kind: 'misprint';
      readonly printedId: string;
      readonly correctId: string;
      readonly printed: Dec;
      readonly correct: Dec;
      /** correct − printed. */
      readonly difference: Dec;
      /** 1-based positions of the two swapped digits, counted from the left; undefined if not a swap. */
      readonly swappedDigits?: readonly [number, number];
      /** A digit swap always changes a number by a multiple of 9 (the bookkeepers' check). */
      readonly differenceDivisibleBy9: boolean;
    }
  /** One figure as a part of a larger one: part ÷ whole × 100, and whole ÷ part. */
  | {
      readonly kind: 'scope';
      readonly partId: string;
      readonly wholeId: string;
      readonly part: Dec;
      readonly whole: Dec;
      readonly partPctOfWhole: Dec;
      readonly wholeTimesPart: Dec;
    }
  /** What a figure covers, and whether it leaves out programs that are already funded. */
  | {
      readonly kind: 'coverage';
      readonly id: string;
      readonly coverage: Coverage;
      readonly excludesFunded: boolean;
    }
  /** Two figures stated in different years' prices; with an inflation rate, the first restated. */
  | {
      readonly kind: 'dollarYear';
      readonly id: string;
      readonly dollarYear: number;
      readonly otherId: string;
      readonly otherDollarYear: number;
      readonly yearsApart: number;
      readonly inflationPct?: Dec;
      /** The first figure in the other figure's dollars: amount × (1 + inflation)^yearsApart. */
      readonly restated?: Dec;
    }
  /** total ÷ years. */
  | {
      readonly kind: 'perYear';
      readonly id: string;
      readonly total: Dec;
      readonly years: number;
      readonly perYear: Dec;
    }
  /** Two statements of the same thing: to − from, and the change in percent of from. */
  | {
      readonly kind: 'change';
      readonly fromId: string;
      readonly toId: string;
      readonly from: Dec;
      readonly to: Dec;
      readonly difference: Dec;
      readonly changePct: Dec;
    }
  /** ask ÷ estimate × 100 (both in US dollars). */
  | {
      readonly kind: 'impliedShare';
      readonly askId: string;
      readonly estimateId: string;
      readonly ask: Dec;
      readonly estimate: Dec;
      readonly sharePct: Dec;
    }
  /** The share a rule gives Canada with the context figures (GDP, population) or the NWS precedent. */
  | { readonly kind: 'ruleShare'; readonly rule: ContextRuleName; readonly sharePct: Dec };

export interface Reconciliation {
  readonly id: ReconciliationId;
  /** Catalog ids of the figures compared (each carries its source). */
  readonly figureIds: readonly string[];
  readonly steps: readonly ReconcileStep[];
  /** Ids of scenarios/*.json presets that open the matching scenario in the calculator. */
  readonly presetIds: readonly string[];
}
