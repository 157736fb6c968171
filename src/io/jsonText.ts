/** The JSON of a file's text: one parser for scenario and exercise files. */
import { escapeUnsafe, QUOTE_MAX, type Problem } from '../core';

export type JsonTextResult = { ok: true; doc: unknown } | { ok: false; problems: Problem[] };

/** Parses JSON text (a leading byte-order mark is ignored); a syntax error is one short problem. */
export function parseJsonText(text: string): JsonTextResult {
  try {
    return { ok: true, doc: JSON.parse(text.replace(/^\uFEFF/, '')) };
  } catch (error) {
    // The engine's message quotes a little of the text; cut and escape it like any quoted value.
    const detail = escapeUnsafe(String((error as Error).message).slice(0, 2 * QUOTE_MAX));
    return { ok: false, problems: [{ path: '', message: `not valid JSON (${detail})` }] };
  }
}
