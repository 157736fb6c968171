/** Results derived from the inputs. Nothing here is stored; results are recomputed from the form. */
import { computeScenario, type Problem, type ScenarioResult } from '../core';
import { parseScenarioDoc } from '../io';
import { formToDoc, type ScenarioForm } from './form';
import { presentedForm } from './presented';

export type Derived = { ok: true; result: ScenarioResult } | { ok: false; problems: Problem[] };

const cache = new WeakMap<ScenarioForm, Derived>();

/** Validates and computes the form's scenario (memoized per form object). */
export function deriveResult(form: ScenarioForm): Derived {
  const hit = cache.get(form);
  if (hit) return hit;
  const parsed = parseScenarioDoc(formToDoc(form));
  const derived: Derived = parsed.ok ? { ok: true, result: computeScenario(parsed.scenario) } : parsed;
  cache.set(form, derived);
  return derived;
}

/** The scenario on screen, named as it leaves the page (an edited preset is "Edited from …"). */
export function derivePresented(state: {
  readonly form: ScenarioForm;
  readonly origin: ScenarioForm;
}): Derived {
  return deriveResult(presentedForm(state.form, state.origin));
}

/**
 * While the scenario on screen cannot be computed: the newest earlier one that could (from the
 * undo history, then the scenario it was loaded from), shown marked out of date. Undefined when
 * the scenario on screen can be computed, or nothing before it could.
 */
export function lastComputableResult(state: {
  readonly form: ScenarioForm;
  readonly origin: ScenarioForm;
  readonly history: readonly ScenarioForm[];
}): ScenarioResult | undefined {
  if (derivePresented(state).ok) return undefined;
  const forms = [state.origin, ...state.history];
  for (let i = forms.length - 1; i >= 0; i -= 1) {
    const form = forms[i];
    const derived = form && deriveResult(presentedForm(form, state.origin));
    if (derived?.ok) return derived.result;
  }
  return undefined;
}
