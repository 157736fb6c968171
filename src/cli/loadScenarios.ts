/** Reads scenario files from disk and validates them, keeping every problem with its file name. */
import { computeScenario, quoteText, type ScenarioResult } from '../core';
import { FILE_BYTES_MAX, FILE_TOO_LARGE, fileText, parseScenarioText } from '../io';
import { readBytesAtMost } from './readFile';
import { shownPath } from './shown';

export interface Loaded {
  readonly results: ScenarioResult[];
  /** One line per problem: "file: field: message". */
  readonly problems: string[];
}

/** The file's text, or why it cannot be read ("cannot read the file (ENOENT)", "not UTF-8 text…"). */
function readText(file: string): { text: string } | { problem: string } {
  let bytes: Uint8Array | undefined;
  try {
    bytes = readBytesAtMost(file, FILE_BYTES_MAX);
  } catch (error) {
    return { problem: `cannot read the file (${(error as NodeJS.ErrnoException).code ?? String(error)})` };
  }
  if (!bytes) return { problem: FILE_TOO_LARGE };
  const decoded = fileText(bytes);
  return decoded.ok ? { text: decoded.text } : { problem: decoded.problems.map((p) => p.message).join('; ') };
}

export function loadScenarios(files: readonly string[]): Loaded {
  const results: ScenarioResult[] = [];
  const problems: string[] = [];
  const seen = new Map<string, string>();
  for (const file of files) {
    const shown = shownPath(file);
    const read = readText(file);
    if ('problem' in read) {
      problems.push(`${shown}: ${read.problem}`);
      continue;
    }
    const parsed = parseScenarioText(read.text);
    if (!parsed.ok) {
      problems.push(...parsed.problems.map((p) => `${shown}: ${p.path || '(file)'}: ${p.message}`));
      continue;
    }
    const other = seen.get(parsed.scenario.id);
    if (other !== undefined)
      problems.push(`${shown}: id: ${quoteText(parsed.scenario.id)} is also the id of ${shownPath(other)}`);
    seen.set(parsed.scenario.id, file);
    results.push(computeScenario(parsed.scenario));
  }
  return { results, problems };
}
