import { groupThousands, PROBLEMS_MAX } from './quote';

/** A problem with a scenario or a file: where (a field path such as `share.amount`) and what. */
export interface Problem {
  readonly path: string;
  readonly message: string;
}

/** Thrown by the core when asked to compute a scenario that has problems. */
export class ScenarioError extends Error {
  constructor(readonly problems: readonly Problem[]) {
    super(problems.map((p) => `${p.path || '(scenario)'}: ${p.message}`).join('; '));
    this.name = 'ScenarioError';
  }
}

/**
 * The first `max` problems, then one problem counting the rest ("and 99,980 more problems"): a file
 * with 100,000 unknown fields gets a list someone can read, not 100,000 lines.
 */
export function capProblems(problems: readonly Problem[], max: number = PROBLEMS_MAX): Problem[] {
  if (problems.length <= max) return [...problems];
  const rest = problems.length - max;
  return [
    ...problems.slice(0, max),
    { path: '', message: `and ${groupThousands(String(rest))} more problem${rest === 1 ? '' : 's'}` },
  ];
}
