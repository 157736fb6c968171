/** The sourced defaults (context.ts, reference.ts) as Decs, for scenarios that do not set their own. */
import { CONTEXT_DEFAULTS, contextOf, type Context } from './context';
import type { FxRates } from './fx';
import { dec } from './money';
import { FX_DEFAULTS } from './reference';

export function defaultContext(): Context {
  return contextOf((key) => dec(CONTEXT_DEFAULTS[key].value));
}

export function defaultFx(): FxRates {
  return { cadPerUsd: dec(FX_DEFAULTS.cadPerUsd.value), usdPerGbp: dec(FX_DEFAULTS.usdPerGbp.value) };
}
