/**
 * Keeps a store in step with one Web Storage key, safely when the app is open in several tabs and
 * when storage is full, damaged or missing. Used by the app store and the exercise-progress store.
 *
 * zustand's `persist` writes the whole state over whatever is stored, so a second tab wiped the
 * first tab's saved scenarios. Here every write re-reads storage and applies only this tab's
 * changes (threeWayMerge.ts); fields that belong to the tab (the scenario being edited) are always
 * this tab's. The `storage` event brings another tab's changes in, and they are announced.
 *
 * Nothing is lost: a stored value that cannot be read is copied to a set-aside key before anything
 * is written over it; if that copy fails, the value is left untouched and this tab stops writing.
 * A refused write is reported at the moment it happens.
 */
import type { StoreApi } from 'zustand';
import { isJsonObject, type JsonObject } from '../io';
import { merge, sameJson } from './threeWayMerge';

/** What happened to storage, for the store to tell the user. */
export type SyncEvent =
  /** The stored value could not be read (or is another version): set aside under `setAsideKey`, or, if that failed (null), left as it was and saving stopped. */
  | { readonly kind: 'unreadable'; readonly raw: string; readonly setAsideKey: string | null }
  | {
      readonly kind: 'otherVersion';
      readonly version: number;
      readonly raw: string;
      readonly setAsideKey: string | null;
    }
  /** The browser refused a write (storage full or disabled). */
  | { readonly kind: 'unsaved' }
  /** No storage at all here (a sandboxed frame, storage blocked): nothing is kept after this page. */
  | { readonly kind: 'off' }
  /** Another tab changed the shared data; this tab now shows it. */
  | { readonly kind: 'external' };

export type StorageStatus = 'on' | 'off' | 'readOnly';

/** Subscribes to changes of storage made by other tabs; returns the unsubscribe function. */
export type StorageEvents = (onChange: (key: string | null, newValue: string | null) => void) => () => void;

export interface SyncOptions<S> {
  readonly key: string;
  readonly version: number;
  readonly getStorage: () => Storage;
  /** The stored form of the state (JSON). */
  readonly partialize: (state: S) => JsonObject;
  /** Fields of the stored form that belong to this tab: never taken from another tab. */
  readonly tabOwned: readonly string[];
  /** Reads a stored state at load; `setAside` keeps an unusable part and says whether it could. */
  readonly restore: (stored: JsonObject, current: S, setAside: (part: unknown) => boolean) => Partial<S>;
  /** Takes the shared parts (not the tab's own) of a merged stored state into the store. */
  readonly adopt: (stored: JsonObject, current: S) => Partial<S>;
  /** Whether a change of state needs a write (compare the stored fields by reference). */
  readonly changed: (state: S, previous: S) => boolean;
  /**
   * Whether a change touched only fields of this tab (`tabOwned`: a slider step changes the scenario
   * being edited). Such writes are spaced out (TAB_WRITE_INTERVAL_MS); any other is written at once.
   */
  readonly onlyTabOwned?: (state: S, previous: S) => boolean;
  readonly report: (event: SyncEvent) => void;
  /** Subscribes to changes made by other tabs (the `storage` event by default). */
  readonly listen?: StorageEvents;
}

/**
 * A slider dragged at 60 steps a second would rewrite the whole stored value (every saved scenario:
 * 140 kB for 100 of them, 3 ms a step in Chromium) at every step. Changes to this tab's own fields are
 * written at once, then at most once per this interval while they keep coming, the last one always;
 * and at once when the page is hidden or left. Changes other tabs see (a save, a rename, a delete)
 * are never delayed.
 */
export const TAB_WRITE_INTERVAL_MS = 250;

/** The key a set-aside value goes to: `<key>:set-aside:<ISO time>`. */
function setAsideKeyFor(key: string): string {
  return `${key}:set-aside:${new Date().toISOString()}`;
}

type Stored = JsonObject | 'unreadable' | { readonly otherVersion: number };

function readStored(raw: string, version: number): Stored {
  try {
    const value: unknown = JSON.parse(raw);
    if (!isJsonObject(value) || !isJsonObject(value['state']) || typeof value['version'] !== 'number')
      return 'unreadable';
    return value['version'] === version ? value['state'] : { otherVersion: value['version'] };
  } catch {
    return 'unreadable';
  }
}

const usable = (stored: Stored): stored is JsonObject =>
  typeof stored === 'object' && !Object.hasOwn(stored, 'otherVersion');

const windowStorageEvents: StorageEvents = (onChange) => {
  if (typeof window === 'undefined') return () => undefined;
  const listener = (e: StorageEvent) => onChange(e.key, e.newValue);
  window.addEventListener('storage', listener);
  return () => window.removeEventListener('storage', listener);
};

/** Loads the store from storage and keeps the two in step; returns the storage status. */
export function syncWithStorage<S>(
  store: StoreApi<S>,
  o: SyncOptions<S>,
): { status: () => StorageStatus; stop: () => void } {
  let storage: Storage | undefined;
  try {
    storage = o.getStorage();
    storage.getItem(o.key);
  } catch {
    storage = undefined;
  }
  if (!storage) {
    o.report({ kind: 'off' });
    return { status: () => 'off', stop: () => undefined };
  }
  const area = storage;
  let readOnly = false;
  /** What this tab last read or wrote: the common ancestor of the next merge (at first, what it holds). */
  let base: JsonObject = o.partialize(store.getState());
  let applying = false;

  const copyAside = (text: string): string | null => {
    const key = setAsideKeyFor(o.key);
    try {
      area.setItem(key, text);
      return key;
    } catch {
      readOnly = true;
      return null;
    }
  };

  const raw = area.getItem(o.key);
  if (raw !== null) {
    const stored = readStored(raw, o.version);
    if (stored === 'unreadable') o.report({ kind: 'unreadable', raw, setAsideKey: copyAside(raw) });
    else if (!usable(stored))
      o.report({
        kind: 'otherVersion',
        version: Number(stored['otherVersion']),
        raw,
        setAsideKey: copyAside(raw),
      });
    else {
      base = stored;
      const patch = o.restore(stored, store.getState(), (part) => copyAside(JSON.stringify(part)) !== null);
      applying = true;
      store.setState(patch);
      applying = false;
    }
  }

  const mergedWith = (theirs: JsonObject | undefined, mine: JsonObject): JsonObject => {
    if (!theirs) return mine;
    const merged = merge(base, mine, theirs) as JsonObject;
    const out: JsonObject = { ...merged };
    for (const k of o.tabOwned) if (Object.hasOwn(mine, k)) out[k] = mine[k];
    return out;
  };

  const shared = (s: JsonObject): JsonObject =>
    Object.fromEntries(Object.entries(s).filter(([k]) => !o.tabOwned.includes(k)));

  const take = (merged: JsonObject, mine: JsonObject) => {
    if (sameJson(shared(merged), shared(mine))) return;
    applying = true;
    store.setState(o.adopt(merged, store.getState()));
    applying = false;
    o.report({ kind: 'external' });
  };

  const theirsNow = (): JsonObject | undefined => {
    const now = area.getItem(o.key);
    const stored = now === null ? undefined : readStored(now, o.version);
    return stored !== undefined && usable(stored) ? stored : undefined;
  };

  const write = () => {
    if (readOnly) return;
    const mine = o.partialize(store.getState());
    let merged: JsonObject;
    try {
      merged = mergedWith(theirsNow(), mine);
      area.setItem(o.key, JSON.stringify({ state: merged, version: o.version }));
    } catch {
      o.report({ kind: 'unsaved' });
      return;
    }
    base = merged;
    take(merged, mine);
  };

  let timer: ReturnType<typeof setTimeout> | undefined;
  let lastWrite = Number.NEGATIVE_INFINITY;
  const writeNow = () => {
    clearTimeout(timer);
    timer = undefined;
    lastWrite = Date.now();
    write();
  };
  const unsubscribe = store.subscribe((state, previous) => {
    if (applying || !o.changed(state, previous)) return;
    if (!o.onlyTabOwned?.(state, previous)) {
      writeNow();
      return;
    }
    if (timer !== undefined) return; // the waiting write takes the state as it is then
    const wait = lastWrite + TAB_WRITE_INTERVAL_MS - Date.now();
    if (wait <= 0) writeNow();
    else timer = setTimeout(writeNow, wait);
  });
  const flush = () => {
    if (timer !== undefined) writeNow();
  };
  const onHide = () => {
    if (document.visibilityState === 'hidden') flush();
  };
  if (typeof window !== 'undefined') {
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', onHide);
  }
  const unlisten = (o.listen ?? windowStorageEvents)((key, newValue) => {
    if (key !== o.key || newValue === null || readOnly) return;
    const stored = readStored(newValue, o.version);
    if (!usable(stored)) return;
    const mine = o.partialize(store.getState());
    const merged = mergedWith(stored, mine);
    const pending = !sameJson(shared(mine), shared(base));
    base = stored;
    take(merged, mine);
    // This tab had changes that never reached storage (a refused write): try them again.
    if (pending) write();
  });
  return {
    status: () => (readOnly ? 'readOnly' : 'on'),
    stop: () => {
      flush();
      unsubscribe();
      unlisten();
      if (typeof window !== 'undefined') {
        window.removeEventListener('pagehide', flush);
        document.removeEventListener('visibilitychange', onHide);
      }
    },
  };
}
