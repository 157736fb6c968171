/** The sourced defaults (reference.ts) as Decs, for scenarios that do not set their own. */
import type { FxRates } from './fx';
import { dec } from './money';
import { CONTEXT_DEFAULTS, FX_DEFAULTS } from './reference';
import type { Context } from './scenario';

export function defaultContext(): Context {
  return {
    canadaGdpUsd: dec(CONTEXT_DEFAULTS.canadaGdpUsd.value),
    usGdpUsd: dec(CONTEXT_DEFAULTS.usGdpUsd.value),
    canadaPopulation: dec(CONTEXT_DEFAULTS.canadaPopulation.value),
    usPopulation: dec(CONTEXT_DEFAULTS.usPopulation.value),
    canadaDefenceBudgetCad: dec(CONTEXT_DEFAULTS.canadaDefenceBudgetCad.value),
    usDefenceBudgetUsd: dec(CONTEXT_DEFAULTS.usDefenceBudgetUsd.value),
  };
}

export function defaultFx(): FxRates {
  return { cadPerUsd: dec(FX_DEFAULTS.cadPerUsd.value), usdPerGbp: dec(FX_DEFAULTS.usdPerGbp.value) };
}
