/** Canada's share rules (PRODUCT.md §5). */
import { toUsd, type FxRates } from './fx';
import { dec, HUNDRED, ZERO, type Dec } from './money';
import { NWS_SHARE_PCT } from './reference';
import type { Context, ShareRule } from './scenario';

/**
 * The fraction s of the covered cost that Canada pays under a rule. For `fixed`, s is the fixed
 * amount (in USD) over the covered nominal total, so Canada's nominal total is exactly that amount.
 * Returns undefined when a fixed amount exceeds the covered total (or the covered total is zero).
 */
export function shareFraction(
  rule: ShareRule,
  context: Context,
  fx: FxRates,
  coveredNominalUsd: Dec,
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
      if (coveredNominalUsd.isZero() || fixedUsd.gt(coveredNominalUsd)) return undefined;
      return fixedUsd.div(coveredNominalUsd);
    }
  }
}
