/**
 * The working: how a reported figure follows from the inputs, as structured steps (no sentences;
 * src/i18n/workingText.ts words them). Each step says what it does (its `operation` on the value
 * before it, with `operand`) and the exact value after it; the chain's last value, rounded like
 * the report, is the report's figure to the cent. Money in whole units of `unit`, not billions.
 */
import type { Dollars } from '../units';
import type { Dec } from '../money';
import type { ShareRuleName } from '../share';
import type { Currency } from '../units';

/** The report figures a working can end at (the names of ReportTotals). */
export const WORKING_TARGETS = [
  'programUsd',
  'canadaUsd',
  'usUsd',
  'canadaCad',
  'canadaCadPerPerson',
  'canadaAvgPctOfDefenceBudget',
] as const;
export type WorkingTarget = (typeof WORKING_TARGETS)[number];

/**
 * What a step does to the value before it: start (no value before), times, divide, minus, or
 * percentOf (value before ÷ operand × 100).
 */
export type Operation = 'start' | 'times' | 'divide' | 'minus' | 'percentOf';

interface StepCore {
  readonly operation: Operation;
  readonly operand: Dec;
  /** The exact value after the step. */
  readonly value: Dec;
  /** The value's unit: a currency, or `pct`. */
  readonly unit: Currency | 'pct';
}

export type WorkingStep = StepCore &
  (
    | /** The base cost: a catalog estimate or a custom amount, in its own currency and dollar-year. */ {
        readonly kind: 'base';
        readonly estimateId?: string;
        readonly label: string;
        readonly dollarYear: number;
      }
      /** To US dollars: ÷ cadPerUsd, or × usdPerGbp. */
    | { readonly kind: 'toUsd'; readonly rateName: 'cadPerUsd' | 'usdPerGbp' }
    /** × (1 + cost growth). */
    | { readonly kind: 'growth'; readonly growthPct: Dec }
    /**
     * Spread over the years, in nominal dollars (inflation from the dollar-year to each year; the
     * operand is the average factor) or in constant dollars of the dollar-year (operand 1).
     */
    | {
        readonly kind: 'years';
        readonly dollars: Dollars;
        readonly inflationPct: Dec;
        readonly dollarYear: number;
        readonly startYear: number;
        readonly years: number;
      }
    /** × the covered part of the program (only when it is not 100 %). */
    | { readonly kind: 'covered'; readonly coveredPct: Dec }
    /**
     * × Canada's share s under its rule. For `fixed`, s = the fixed amount (in USD, in its own
     * dollars) ÷ the covered total in those dollars.
     */
    | {
        readonly kind: 'share';
        readonly rule: ShareRuleName;
        readonly fixed?: {
          readonly amount: Dec;
          readonly currency: Currency;
          readonly amountDollars: Dollars;
          /** The cost's dollar-year: the prices of a constant amount. */
          readonly dollarYear: number;
          readonly coveredUsd: Dec;
        };
      }
    /**
     * The credit for spending Canada already makes: − the credit used (operation minus) when it is
     * in the dollars shown, else × (after credit ÷ before credit) in the credit's own dollars.
     */
    | {
        readonly kind: 'credit';
        readonly creditCad: Dec;
        readonly creditDollars: Dollars;
        /** The cost's dollar-year: the prices of a constant credit. */
        readonly dollarYear: number;
        /** The credit used, in USD of the credit's dollars (it cannot take Canada below zero). */
        readonly creditUsedUsd: Dec;
      }
    /** The US's part: the program total − Canada's total (both rounded, as in the report). */
    | { readonly kind: 'minusCanada' }
    /** To Canadian dollars: × cadPerUsd. */
    | { readonly kind: 'toCad' }
    /** ÷ Canada's population. */
    | { readonly kind: 'perPerson' }
    /** ÷ the number of years: a year on average. */
    | { readonly kind: 'perYear' }
    /** As % of Canada's yearly defence budget (C$). */
    | { readonly kind: 'ofBudget' }
    /**
     * As % of Canada's planned defence budgets (an outlook, docs/model.md §12): each year's cost over
     * that year's budget, averaged. The operand is the one budget that gives the same average: the
     * years' budgets weighted by their costs (Σ cost ÷ Σ (cost ÷ budget)).
     */
    | { readonly kind: 'ofPlannedBudget'; readonly firstBudgetCad: Dec; readonly lastBudgetCad: Dec }
  );

export interface Working {
  readonly target: WorkingTarget;
  readonly dollars: Dollars;
  readonly steps: readonly WorkingStep[];
  /** The last step's exact value. */
  readonly exact: Dec;
  /** `exact` rounded half-even like the report (money to cents, percentages to 4 places): the report's figure. */
  readonly rounded: Dec;
}
