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
