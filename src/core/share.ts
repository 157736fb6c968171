/** Canada's share rules (docs/model.md §5). */
import { toUsd, type FxRates } from './fx';
import { dec, HUNDRED, ZERO, type Dec } from './money';
import { NWS_SHARE_PCT } from './reference';
import type { Context, ShareRule } from './scenario';

/**
 * The fraction s of the covered cost that Canada pays under a rule. For `fixed`, s is the fixed
 * amount (in USD) over the covered total in the amount's own dollars (nominal, or constant with
 * `amountDollars: 'constant'` — the caller passes that total), so Canada's total in those dollars is
 * exactly that amount. Returns undefined when a fixed amount exceeds the covered total (or it is zero).
 */
export function shareFraction(
  rule: ShareRule,
  context: Context,
  fx: FxRates,
  coveredUsd: Dec,
): Dec | undefined {
  switch (rule.rule) {
    case 'percent':
      return rule.percent.div(HUNDRED);
    case 'gdp':
      return context.canadaGdpUsd.div(context.canadaGdpUsd.plus(context.usGdpUsd));
    case 'population':
      return context.canadaPopulation.div(context.canadaPopulation.plus(context.usPopulation));
    case 'nws':
      return dec(NWS_SHARE_PCT.value).div(HUNDRED);
    case 'fixed': {
      const fixedUsd = toUsd(rule.amount, rule.currency, fx);
      if (fixedUsd.isZero()) return ZERO;
      if (coveredUsd.isZero() || fixedUsd.gt(coveredUsd)) return undefined;
      return fixedUsd.div(coveredUsd);
    }
  }
}
