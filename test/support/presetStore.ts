/** Test set-up: a fresh app store (memory storage) and a shipped preset loaded into its editor. */
import type { Scenario } from '../../src/core';
import { createAppStore, docToForm, findPreset, getAppStore, replaceAppStore } from '../../src/state';
import { MemoryStorage } from './memoryStorage';

/** A preset with ranges on its inputs, so the range of outcomes is simulated. */
export const RANGED_PRESET = 'cbo-2025-high-gdp';

/** Replaces the app store with a fresh one on memory storage. */
export function freshStore(): void {
  replaceAppStore(createAppStore(() => new MemoryStorage()));
}

/** Loads preset `id` (changed by `change`, e.g. without its ranges) into the current store's editor. */
export function loadPreset(
  id: string = RANGED_PRESET,
  change: (s: Scenario) => Scenario = (s) => s,
): Scenario {
  const preset = findPreset(id);
  if (!preset) throw new Error(`preset missing: ${id}`);
  const scenario = change(preset);
  getAppStore().getState().loadScenario(docToForm(scenario));
  return scenario;
}
