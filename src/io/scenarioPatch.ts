/** Exercise questions change their scenario with a patch: JSON Merge Patch with two rules of its own. */
import { isJsonObject, type JsonObject } from './migrate';

/**
 * Applies a question's `with` patch to a scenario document: objects merge key by key and `null`
 * removes a key (JSON Merge Patch, RFC 7386), except that a patch's `cost` replaces the whole cost,
 * and a `share` with a different `rule` replaces the share (keeping `coveredPct` and `creditCad`).
 */
export function applyScenarioPatch(base: JsonObject, patch: JsonObject): JsonObject {
  // A Map, not an object: a key such as "__proto__" in a patch is a key like any other, and so is
  // refused as an unknown field, instead of changing the object's prototype and vanishing.
  const out = new Map(Object.entries(base));
  for (const [key, value] of Object.entries(patch)) {
    const old = out.get(key);
    if (value === null) out.delete(key);
    else if (key === 'cost') out.set(key, value);
    else if (
      key === 'share' &&
      isJsonObject(value) &&
      isJsonObject(old) &&
      Object.hasOwn(value, 'rule') &&
      value['rule'] !== old['rule']
    ) {
      const kept = { coveredPct: old['coveredPct'], creditCad: old['creditCad'] };
      out.set(key, applyScenarioPatch(kept, value));
    } else if (isJsonObject(value) && isJsonObject(old)) out.set(key, applyScenarioPatch(old, value));
    else out.set(key, value);
  }
  return Object.fromEntries([...out].filter(([, v]) => v !== undefined));
}
