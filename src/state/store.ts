/**
 * The app store: created without React (tests build a fresh one each time), kept in step with
 * localStorage (and with other tabs) by syncStorage.ts. useAppStore is the thin React hook over it.
 */
import { createStore, useStore, type StoreApi } from 'zustand';
import {
  adopt,
  partialize,
  restore,
  STORAGE_KEY,
  STORAGE_VERSION,
  onlyTabFieldsChanged,
  storedFieldsChanged,
  TAB_OWNED,
} from './persistence';
import { createSavedSlice } from './savedSlice';
import { createScenarioSlice } from './scenarioSlice';
import { syncWithStorage, type StorageEvents, type SyncEvent } from './syncStorage';
import type { AppState, Notice } from './types';
import { createViewSlice } from './viewSlice';

export type AppStore = StoreApi<AppState>;

/** The message for something that happened to storage (null: nothing to say). */
function storageNotice(event: SyncEvent): Notice | null {
  switch (event.kind) {
    case 'unreadable':
    case 'otherVersion': {
      const offer = { kind: 'downloadSetAside', text: event.raw } as const;
      if (event.setAsideKey === null) return { kind: 'error', key: 'notice.storedKept', offer };
      return event.kind === 'unreadable'
        ? { kind: 'error', key: 'notice.storedDamaged', offer }
        : { kind: 'error', key: 'notice.storedOtherVersion', params: { version: event.version }, offer };
    }
    case 'unsaved':
      return { kind: 'error', key: 'notice.storageFull', offer: { kind: 'downloadSaved' } };
    case 'external':
      return { kind: 'info', key: 'notice.otherTab' };
    case 'off':
      return null; // the saved-scenarios panel says that saving is off, where saving happens
  }
}

/** A new store over `storage` (localStorage by default). Loads synchronously from it. */
export function createAppStore(
  getStorage: () => Storage = () => window.localStorage,
  events?: StorageEvents,
): AppStore {
  const store = createStore<AppState>()((...a) => ({
    ...createScenarioSlice(...a),
    ...createSavedSlice(...a),
    ...createViewSlice(...a),
  }));
  const sync = syncWithStorage(store, {
    key: STORAGE_KEY,
    version: STORAGE_VERSION,
    getStorage,
    partialize,
    tabOwned: TAB_OWNED,
    restore,
    adopt,
    changed: storedFieldsChanged,
    onlyTabOwned: onlyTabFieldsChanged,
    ...(events ? { listen: events } : {}),
    report: (event) => {
      const notice = storageNotice(event);
      // A refused write during a slider drag is said once, not at every step.
      if (notice && store.getState().notice?.key !== notice.key) store.setState({ notice });
    },
  });
  // Known once loading is done: off (no storage), paused (something could not be set aside) or on.
  store.setState({ storageStatus: sync.status() });
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
