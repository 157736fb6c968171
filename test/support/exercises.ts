/** The shipped exercises as the command line reads them (scenarios/exercises/*.json). */
import type { Exercise } from '../../src/core';
import { shippedExercises } from '../../src/cli/exercises';

export const EXERCISES: readonly Exercise[] = shippedExercises();

export function exercise(id: string): Exercise {
  const found = EXERCISES.find((e) => e.id === id);
  if (!found) throw new Error(`no exercise ${id}`);
  return found;
}
