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
