/** The presets shipped in scenarios/, bundled into the app (no fetch at run time). */
import type { Scenario } from '../core';
import { parseScenarioDoc } from '../io';

/** The order presets appear in the picker: the headline figure first, then by story. */
const PRESET_ORDER = [
  'trump-175-gdp',
  'trump-243-cad-gdp',
  'trump-25-deposit-gdp',
  'ask-61-fixed',
  'ask-71-fixed',
  'nws-40-precedent',
  'dod-185-decade-gdp',
  'cbo-2025-low-gdp',
  'cbo-2025-high-gdp',
  'norad-credit-gdp',
  'cbo-2026-nmd-gdp',
  'cbo-2026-nmd-pledge',
  'aei-low-population',
  'aei-high-population',
];

const files = import.meta.glob<{ default: unknown }>('../../scenarios/*.json', { eager: true });

/** Every preset, validated; a broken preset file fails loudly at build/test time, not in a classroom. */
export const PRESETS: readonly Scenario[] = Object.entries(files)
  .map(([path, mod]) => {
    const parsed = parseScenarioDoc(mod.default);
    if (!parsed.ok)
      throw new Error(`${path}: ${parsed.problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`);
    return parsed.scenario;
  })
  .sort((a, b) => rank(a.id) - rank(b.id));

function rank(id: string): number {
  const i = PRESET_ORDER.indexOf(id);
  return i === -1 ? PRESET_ORDER.length : i;
}

const DEFAULT_PRESET_ID = 'trump-175-gdp';

export function findPreset(id: string): Scenario | undefined {
  return PRESETS.find((p) => p.id === id);
}

export function defaultPreset(): Scenario {
  const preset = findPreset(DEFAULT_PRESET_ID) ?? PRESETS[0];
  if (!preset) throw new Error('no presets bundled');
  return preset;
}
