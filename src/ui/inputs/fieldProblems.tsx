/**
 * The problems of the scenario being edited, for the fields to mark themselves: a field given the
 * scenario-file path it edits (e.g. `share.amount`) is marked invalid and shows the problem.
 */
import { createContext, useContext } from 'react';
import type { Problem } from '../../core';

export const FieldProblems = createContext<readonly Problem[]>([]);

/** The first problem of the field at `path` (a range's bounds count as the range's), if any. */
export function useFieldProblem(path: string | undefined): Problem | undefined {
  const problems = useContext(FieldProblems);
  if (path === undefined) return undefined;
  return problems.find((p) => p.path === path || p.path.startsWith(`${path}.`));
}
