/** The exercises shipped in scenarios/exercises/, bundled into this view's chunk and validated once. */
import type { Exercise } from '../../core';
import { parseExerciseDoc } from '../../io';
import { findPreset } from '../../state';

/** The order of the list: the README's, easiest first. */
const ORDER = [
  'currency-conversion',
  'misprint-524',
  'per-person',
  'scope-and-period',
  'share-rules',
  'asks-61-71',
  'inflation-constant-dollars',
  'nunn-mccurdy',
  'nato-pledge',
  'budget-path',
  'fair-split',
];

const files = import.meta.glob<{ default: unknown }>('../../../scenarios/exercises/*.json', { eager: true });

function rank(id: string): number {
  const i = ORDER.indexOf(id);
  return i === -1 ? ORDER.length : i;
}

/** Every exercise, validated; a broken file fails loudly at build/test time, not in a classroom. */
export const EXERCISES: readonly Exercise[] = Object.entries(files)
  .map(([path, mod]) => {
    const parsed = parseExerciseDoc(mod.default, findPreset);
    if (!parsed.ok)
      throw new Error(`${path}: ${parsed.problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`);
    return parsed.exercise;
  })
  .sort((a, b) => rank(a.id) - rank(b.id) || a.id.localeCompare(b.id));

export function findExercise(id: string | null): Exercise | undefined {
  return EXERCISES.find((e) => e.id === id);
}
