/**
 * The shape of the teacher key's worked chain (chain.ts builds it, yearChain.ts the lines of a year's
 * figure): lines of steps from the scenario's inputs to the answer, each step one operation on a figure.
 */
import type { WorkingStep } from '../explain';
import type { Dec } from '../money';
import type { Currency } from '../units';
import type { FunctionName, OutputName } from './names';

/** What a value is: money in a currency (whole units), a percentage, or a plain number. */
export type ChainUnit = Currency | 'pct' | 'number';

/** Where an operand comes from. */
export type ChainFigure =
  | { readonly kind: 'call'; readonly fn: FunctionName; readonly arg: string }
  /** An output used as it is (the number of years, inflation…): an input of the scenario. */
  | { readonly kind: 'output'; readonly name: OutputName }
  /** Canada's fixed amount under the `fixed` share rule, in US dollars. */
  | { readonly kind: 'fixedAmount' }
  /** A number written in the formula (100, 9). */
  | { readonly kind: 'number' }
  /** The result of an earlier line (its index in `lines`). */
  | { readonly kind: 'line'; readonly line: number }
  /** Canada's defence spending in 2025-26 as % of GDP, where every budget path starts (2 %). */
  | { readonly kind: 'latestShare' }
  /** A budget path's target share of GDP, reached in `year` (the pledge: 3.5 % in 2035). */
  | { readonly kind: 'targetShare'; readonly year: number }
  /** The number of years from `from` to `to`. */
  | { readonly kind: 'yearCount'; readonly from: number; readonly to: number }
  /** `years` years of GDP growth at `growthPct` % a year: (1 + growth)^years. */
  | { readonly kind: 'gdpGrowth'; readonly growthPct: Dec; readonly years: number };

export type ChainOperation = 'start' | 'plus' | 'minus' | 'times' | 'divide';

export type ChainStep =
  /** A step of the calculator's working (its `value` may be the reported figure, see above). */
  | {
      readonly kind: 'working';
      readonly step: WorkingStep;
      readonly value: Dec;
      readonly unit: ChainUnit;
    }
  | {
      readonly kind: 'figure';
      readonly operation: ChainOperation;
      readonly figure: ChainFigure;
      readonly operand: Dec;
      readonly operandUnit: ChainUnit;
      readonly value: Dec;
      readonly unit: ChainUnit;
    }
  /** ÷ 1,000,000,000: from whole units to billions (the value becomes a plain number). */
  | { readonly kind: 'billions'; readonly value: Dec; readonly unit: 'number' }
  | { readonly kind: 'negate'; readonly value: Dec; readonly unit: ChainUnit };

export interface ChainLine {
  readonly steps: readonly ChainStep[];
  readonly value: Dec;
  readonly unit: ChainUnit;
}

export interface Chain {
  /** The lines in the order they are worked; the last one ends at the answer. */
  readonly lines: readonly ChainLine[];
  /** The last line's value: the answer's exact value. */
  readonly value: Dec;
}
