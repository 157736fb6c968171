/**
 * The app store: created without React (tests build a fresh one each time), persisted to
 * localStorage through persistence.ts. useAppStore is the thin React hook over it.
 */
import { createStore, useStore, type StoreApi } from 'zustand';
import { persist } from 'zustand/middleware';
import {
  partialize,
  restore,
  setAsideKey,
  STORAGE_KEY,
  STORAGE_VERSION,
  type PersistedState,
} from './persistence';
import { createSavedSlice } from './savedSlice';
import { setAsideStorage } from './setAsideStorage';
import { createScenarioSlice } from './scenarioSlice';
import type { AppState, Notice } from './types';
import { createViewSlice } from './viewSlice';

export type AppStore = StoreApi<AppState>;

/** A new store over `storage` (localStorage by default). Hydrates synchronously from it. */
export function createAppStore(getStorage: () => Storage = () => window.localStorage): AppStore {
  let pending: Notice | null = null;
  const report = (notice: Notice) => {
    pending = notice;
  };
  const setAside = (value: unknown) => {
    try {
      getStorage().setItem(setAsideKey(), JSON.stringify(value));
    } catch {
      // storage unavailable: the notice still tells the user
    }
  };
  const store = createStore<AppState>()(
    persist(
      (...a) => ({ ...createScenarioSlice(...a), ...createSavedSlice(...a), ...createViewSlice(...a) }),
      {
        name: STORAGE_KEY,
        version: STORAGE_VERSION,
        storage: setAsideStorage<PersistedState>(getStorage, {
          unreadable: () => report({ kind: 'error', key: 'calculator.notice.storedDamaged' }),
          unsaved: () => report({ kind: 'error', key: 'calculator.notice.storageFull' }),
        }),
        partialize,
        migrate: (persisted, version) => {
          // Only one storage version so far; anything else is foreign: set it aside, start fresh.
          setAside({ version, state: persisted });
          report({ kind: 'error', key: 'calculator.notice.storedOtherVersion', params: { version } });
          return {} as PersistedState;
        },
        merge: (persisted, current) => restore(persisted, current, setAside),
        onRehydrateStorage: () => (state) => {
          if (pending !== null) state?.setNotice(pending);
          pending = null;
        },
      },
    ),
  );
  return store;
}

let appStore: AppStore | undefined;
/** The store the app uses (created on first use). */
export function getAppStore(): AppStore {
  appStore ??= createAppStore();
  return appStore;
}

/** Replaces the app's store (tests render each case over a fresh store). */
export function replaceAppStore(store: AppStore): void {
  appStore = store;
}

/** React hook: select from the app store. */
export function useAppStore<T>(selector: (state: AppState) => T): T {
  return useStore(getAppStore(), selector);
}
