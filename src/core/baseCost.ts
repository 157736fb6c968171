/** The base cost of a scenario: a catalog estimate or a custom amount, and its value in US dollars. */
import { findEstimate, type Estimate } from './catalog';
import { toUsd, type FxRates } from './fx';
import { dec, type Dec } from './money';
import type { CostSpec } from './scenario';
import type { Currency, Usd } from './units';

export interface BaseCost {
  /** In whole units of `currency`. */
  readonly amount: Dec;
  readonly currency: Currency;
  readonly dollarYear: number;
  readonly label: string;
  /** The catalog entry, when the cost is one. */
  readonly estimate?: Estimate;
  /** `amount` converted to US dollars at the scenario's rates (exact). */
  readonly usd: Usd;
}

/** Resolves a cost spec; undefined when it names an estimate the catalog does not have. */
export function resolveBaseCost(cost: CostSpec, fx: FxRates): BaseCost | undefined {
  if (cost.kind === 'custom') {
    const { amount, currency, dollarYear, label } = cost;
    return { amount, currency, dollarYear, label, usd: toUsd(amount, currency, fx) };
  }
  const estimate = findEstimate(cost.estimateId);
  if (!estimate) return undefined;
  const amount = dec(estimate.amount);
  return {
    amount,
    currency: estimate.currency,
    dollarYear: estimate.dollarYear,
    label: estimate.label,
    estimate,
    usd: toUsd(amount, estimate.currency, fx),
  };
}
