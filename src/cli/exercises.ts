/** The exercises shipped in scenarios/exercises/ (and the presets they start from), read from disk. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Exercise, Scenario } from '../core';
import { parseExerciseText, parseScenarioText } from '../io';

const SCENARIOS = fileURLToPath(new URL('../../scenarios/', import.meta.url));

function jsonFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => join(dir, f));
}

/** Every shipped exercise; a shipped file that does not validate is a bug, thrown as an Error. */
export function shippedExercises(): Exercise[] {
  const presets = new Map<string, Scenario>();
  for (const file of jsonFiles(SCENARIOS)) {
    const parsed = parseScenarioText(readFileSync(file, 'utf8'));
    if (parsed.ok) presets.set(parsed.scenario.id, parsed.scenario);
  }
  return jsonFiles(join(SCENARIOS, 'exercises')).map((file) => {
    const parsed = parseExerciseText(readFileSync(file, 'utf8'), (id) => presets.get(id));
    if (!parsed.ok) throw new Error(`${file}: ${parsed.problems.map((p) => p.message).join('; ')}`);
    return parsed.exercise;
  });
}
