/** Display choices and the current notice. */
import type { StateCreator } from 'zustand';
import type { AppState, ViewSlice } from './types';

/** The command line's defaults (npm run cli -- simulate), so the browser and the CLI agree. */
const DEFAULT_DRAWS = 10000;
export const DEFAULT_SEED = 1;

export const createViewSlice: StateCreator<AppState, [], [], ViewSlice> = (set) => ({
  lang: 'en',
  setLang: (lang) => set({ lang }),
  currency: 'USD',
  dollars: 'nominal',
  notice: null,
  storageStatus: 'on',
  draws: DEFAULT_DRAWS,
  seed: DEFAULT_SEED,
  setSimulation: (draws, seed) => set({ draws, seed }),
  setCurrency: (currency) => set({ currency }),
  setDollars: (dollars) => set({ dollars }),
  setNotice: (notice) => set({ notice }),
});
