/**
 * The scenario: a cost estimate spread over years and split between the US and Canada.
 * This is the resolved, in-memory form (Decs, defaults filled); src/io reads and writes the file form.
 */
import type { Context } from './context';
import type { FxRates } from './fx';
import type { Dec } from './money';
import type { Outlook } from './outlook';
import type { Profile } from './profile';
import type { ShareRule } from './share';
import type { Currency, Dollars } from './units';
import type { Ranges } from './uncertainty/range';

/** The base cost: a catalog estimate, or a custom amount with its currency and dollar-year. */
export type CostSpec =
  | { readonly kind: 'estimate'; readonly estimateId: string }
  | {
      readonly kind: 'custom';
      /** In whole units of `currency` (dollars or pounds), not billions. */
      readonly amount: Dec;
      readonly currency: Currency;
      /** The year whose prices the amount is stated in. */
      readonly dollarYear: number;
      readonly label: string;
    };

export type Share = ShareRule & {
  /** Percent of the program shared with Canada (0–100). */
  readonly coveredPct: Dec;
  /** Spending Canada already makes, in CAD, credited against its total (never below zero). */
  readonly creditCad: Dec;
  /** The credit's dollars: nominal (taken off Canada's nominal total) or constant (dollar-year). Absent: nominal. */
  readonly creditDollars?: Dollars;
};

export interface Scenario {
  readonly id: string;
  readonly name: string;
  readonly description: string;
  /** The name and description in French (Canada), where the file gives them. */
  readonly fr?: { readonly name: string; readonly description: string };
  readonly cost: CostSpec;
  readonly startYear: number;
  /** Number of years, 1–50. */
  readonly years: number;
  readonly profile: Profile;
  readonly costGrowthPct: Dec;
  readonly inflationPct: Dec;
  readonly discountRatePct: Dec;
  readonly share: Share;
  readonly fx: FxRates;
  readonly context: Context;
  /** Ranges on uncertain inputs, for the simulation and sensitivity analysis (empty: none). */
  readonly ranges: Ranges;
  /**
   * GDP and defence budgets year by year (docs/model.md §12). Absent (every file before version 4):
   * the context's figures every year, in either dollars, as before.
   */
  readonly outlook?: Outlook | undefined;
}

/** Limits every scenario must respect; the file validator and the UI sliders both use them. */
export const LIMITS = {
  years: { min: 1, max: 50 },
  startYear: { min: 2000, max: 2100 },
  dollarYear: { min: 1990, max: 2100 },
  costGrowthPct: { min: -100, max: 1000 },
  inflationPct: { min: -10, max: 50 },
  discountRatePct: { min: -10, max: 50 },
  percent: { min: 0, max: 100 },
  /** Base amounts: up to 100 trillion (in whole currency units). */
  amount: { min: 0, max: 1e14 },
  // The context figures' limits are in their table (context.ts).
  cadPerUsd: { min: 0.01, max: 100 },
  usdPerGbp: { min: 0.01, max: 100 },
} as const;
