/** Reads scenario files from disk and validates them, keeping every problem with its file name. */
import { readFileSync } from 'node:fs';
import { computeScenario, type ScenarioResult } from '../core';
import { parseScenarioText } from '../io';

export interface Loaded {
  readonly results: ScenarioResult[];
  /** One line per problem: "file: field: message". */
  readonly problems: string[];
}

export function loadScenarios(files: readonly string[]): Loaded {
  const results: ScenarioResult[] = [];
  const problems: string[] = [];
  const seen = new Map<string, string>();
  for (const file of files) {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (error) {
      problems.push(
        `${file}: cannot read the file (${(error as NodeJS.ErrnoException).code ?? String(error)})`,
      );
      continue;
    }
    const parsed = parseScenarioText(text);
    if (!parsed.ok) {
      problems.push(...parsed.problems.map((p) => `${file}: ${p.path || '(file)'}: ${p.message}`));
      continue;
    }
    const other = seen.get(parsed.scenario.id);
    if (other !== undefined) problems.push(`${file}: id: "${parsed.scenario.id}" is also the id of ${other}`);
    seen.set(parsed.scenario.id, file);
    results.push(computeScenario(parsed.scenario));
  }
  return { results, problems };
}
