/**
 * The scenario: a cost estimate spread over years and split between the US and Canada.
 * This is the resolved, in-memory form (Decs, defaults filled); src/io reads and writes the file form.
 */
import type { FxRates } from './fx';
import type { Dec } from './money';
import type { Profile } from './profile';
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

export type ShareRuleName = 'percent' | 'gdp' | 'population' | 'nws' | 'fixed';

/** The rule that gives Canada's share s of the covered part of the program. */
export type ShareRule =
  | { readonly rule: 'percent'; readonly percent: Dec }
  | { readonly rule: 'gdp' }
  | { readonly rule: 'population' }
  | { readonly rule: 'nws' }
  /**
   * Canada's total, in whole units of `currency`: in nominal (then-year) dollars, or with
   * `amountDollars: 'constant'` in the cost's dollar-year prices (docs/model.md). Absent: nominal.
   */
  | {
      readonly rule: 'fixed';
      readonly amount: Dec;
      readonly currency: Currency;
      readonly amountDollars?: Dollars;
    };

export type Share = ShareRule & {
  /** Percent of the program shared with Canada (0–100). */
  readonly coveredPct: Dec;
  /** Spending Canada already makes, in CAD, credited against its total (never below zero). */
  readonly creditCad: Dec;
  /** The credit's dollars: nominal (taken off Canada's nominal total) or constant (dollar-year). Absent: nominal. */
  readonly creditDollars?: Dollars;
};

/** Figures that put Canada's and the US's costs in context. Each has a sourced default (reference.ts; docs/sources.md). */
export interface Context {
  readonly canadaGdpUsd: Dec;
  readonly usGdpUsd: Dec;
  readonly canadaPopulation: Dec;
  readonly usPopulation: Dec;
  readonly canadaDefenceBudgetCad: Dec;
  readonly usDefenceBudgetUsd: Dec;
}

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
  /**
   * The context figures the report divides by (the populations, Canada's GDP, the defence budgets):
   * at least one person or one currency unit, so no figure needs more digits than the core keeps
   * (money.ts). The US GDP only enters a ratio and may be any positive amount.
   */
  divisor: { min: 1, max: 1e14 },
  cadPerUsd: { min: 0.01, max: 100 },
  usdPerGbp: { min: 0.01, max: 100 },
} as const;
