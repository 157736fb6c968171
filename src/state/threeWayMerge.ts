/**
 * Merging what this tab changed into what another tab stored meanwhile, the way a version-control
 * merge does: `base` is what this tab last read or wrote, `mine` is what it holds now, `theirs` is
 * what storage holds now. Only this tab's own changes (an add, an edit, a delete) are applied to
 * `theirs`, so nothing another tab saved is lost and nothing another tab deleted comes back.
 *
 * Objects are merged key by key, recursively; lists of `{ key }` entries are merged entry by entry
 * (their order is theirs, then this tab's additions); any other value is taken whole (this tab's if
 * it changed it, else theirs). An entry deleted by the other tab stays deleted even if this tab
 * edited it meanwhile.
 */
import { isJsonObject } from '../io';

type Json = unknown;

function sameJson(a: Json, b: Json): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b))
    return a.length === b.length && a.every((v, i) => sameJson(v, b[i]));
  if (isJsonObject(a) && isJsonObject(b)) {
    const ka = Object.keys(a);
    return (
      ka.length === Object.keys(b).length && ka.every((k) => Object.hasOwn(b, k) && sameJson(a[k], b[k]))
    );
  }
  return false;
}

type Keyed = { readonly key: string };
const isKeyed = (v: Json): v is Keyed => isJsonObject(v) && typeof v['key'] === 'string';
const isKeyedList = (v: Json): v is Keyed[] => Array.isArray(v) && v.every(isKeyed);

function byKey(list: readonly Keyed[]): Map<string, Keyed> {
  const map = new Map<string, Keyed>();
  for (const entry of list) if (!map.has(entry.key)) map.set(entry.key, entry);
  return map;
}

/** One entry (or field) present in some of the three versions. `undefined` means absent. */
function mergeEntry(base: Json, mine: Json, theirs: Json): Json {
  if (base === undefined)
    return mine !== undefined ? (theirs === undefined ? mine : merge(undefined, mine, theirs)) : theirs;
  // Present before: a deletion on either side wins over an edit on the other.
  if (mine === undefined || theirs === undefined) return undefined;
  return merge(base, mine, theirs);
}

function mergeKeyedLists(base: readonly Keyed[], mine: readonly Keyed[], theirs: readonly Keyed[]): Keyed[] {
  const b = byKey(base);
  const m = byKey(mine);
  const out: Keyed[] = [];
  const seen = new Set<string>();
  for (const entry of [...theirs, ...mine]) {
    if (seen.has(entry.key)) continue;
    seen.add(entry.key);
    const t = theirs.find((e) => e.key === entry.key);
    const merged = mergeEntry(b.get(entry.key), m.get(entry.key), t);
    if (merged !== undefined) out.push(merged as Keyed);
  }
  return out;
}

function mergeObjects(
  base: Record<string, Json> | undefined,
  mine: Record<string, Json>,
  theirs: Record<string, Json>,
): Record<string, Json> {
  const out: Record<string, Json> = Object.create(null) as Record<string, Json>;
  for (const k of new Set([...Object.keys(theirs), ...Object.keys(mine)])) {
    const own = (o: Record<string, Json> | undefined) => (o && Object.hasOwn(o, k) ? o[k] : undefined);
    const merged = mergeEntry(own(base), own(mine), own(theirs));
    if (merged !== undefined) out[k] = merged;
  }
  return { ...out };
}

/** The three-way merge of JSON values described above. */
export function merge(base: Json, mine: Json, theirs: Json): Json {
  if (base !== undefined && sameJson(mine, base)) return theirs;
  if (base !== undefined && sameJson(theirs, base)) return mine;
  if (isKeyedList(mine) && isKeyedList(theirs))
    return mergeKeyedLists(isKeyedList(base) ? base : [], mine, theirs);
  if (isJsonObject(mine) && isJsonObject(theirs))
    return mergeObjects(isJsonObject(base) ? base : undefined, mine, theirs);
  return mine;
}

export { sameJson };
