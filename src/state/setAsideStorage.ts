/**
 * A zustand PersistStorage over Web Storage that never throws and never silently loses data: a
 * stored value it cannot read (not JSON, or not `{ version, state }`) is copied to a set-aside key
 * and reported; a browser that refuses writes is reported too. Used by the app store and the
 * exercise-progress store.
 */
import type { PersistStorage, StorageValue } from 'zustand/middleware';
import { isJsonObject } from '../io';

export interface SetAsideReports {
  /** The stored value could not be read; it was set aside and the store starts fresh. */
  readonly unreadable: () => void;
  /** The browser would not store the value (storage full or disabled). */
  readonly unsaved: () => void;
}

/** The key a set-aside value goes to: `<name>:set-aside:<ISO time>`. */
export function setAsideKeyFor(name: string): string {
  return `${name}:set-aside:${new Date().toISOString()}`;
}

export function setAsideStorage<T>(getStorage: () => Storage, reports: SetAsideReports): PersistStorage<T> {
  const storage = (): Storage | undefined => {
    try {
      return getStorage();
    } catch {
      return undefined;
    }
  };
  return {
    getItem: (name) => {
      const raw = storage()?.getItem(name) ?? null;
      if (raw === null) return null;
      try {
        const value: unknown = JSON.parse(raw);
        if (isJsonObject(value) && isJsonObject(value['state']) && typeof value['version'] === 'number') {
          return value as unknown as StorageValue<T>;
        }
      } catch {
        // not JSON: set aside below
      }
      try {
        storage()?.setItem(setAsideKeyFor(name), raw);
        storage()?.removeItem(name);
      } catch {
        // storage refuses writes: the report still tells the user
      }
      reports.unreadable();
      return null;
    },
    setItem: (name, value) => {
      try {
        storage()?.setItem(name, JSON.stringify(value));
      } catch {
        reports.unsaved();
      }
    },
    removeItem: (name) => storage()?.removeItem(name),
  };
}
