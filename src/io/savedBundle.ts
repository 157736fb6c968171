/**
 * A file of saved scenarios: what the app offers to download when the browser will not keep them
 * (storage full, disabled, or a frame without storage), and what the file opener takes back.
 * Form: `{ "savedScenarios": [<scenario document>, …] }`, each document a scenario file's content.
 */
import { isJsonObject, type JsonObject } from './migrate';

const FIELD = 'savedScenarios';

/** The file's text (pretty-printed JSON, ending with a newline). */
export function savedBundleText(docs: readonly JsonObject[]): string {
  return `${JSON.stringify({ [FIELD]: docs }, null, 2)}\n`;
}

/** The documents of a saved-scenarios file, or undefined when `value` is not one. */
export function savedBundleDocs(value: unknown): unknown[] | undefined {
  if (!isJsonObject(value) || !Object.hasOwn(value, FIELD)) return undefined;
  const docs = value[FIELD];
  return Array.isArray(docs) ? docs : undefined;
}
