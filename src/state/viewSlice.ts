/** Display choices and the current notice. */
import type { StateCreator } from 'zustand';
import { SIMULATION_SETTINGS } from '../core';
import type { AppState, ViewSlice } from './types';

/** The command line's defaults (npm run cli -- simulate), so the browser and the CLI agree. */
export const DEFAULT_SEED = SIMULATION_SETTINGS.seed.default;

export const createViewSlice: StateCreator<AppState, [], [], ViewSlice> = (set) => ({
  lang: 'en',
  setLang: (lang) => set({ lang }),
  currency: 'USD',
  dollars: 'nominal',
  notice: null,
  storageStatus: 'on',
  draws: SIMULATION_SETTINGS.draws.default,
  seed: DEFAULT_SEED,
  setSimulation: (draws, seed) => set({ draws, seed }),
  setCurrency: (currency) => set({ currency }),
  setDollars: (dollars) => set({ dollars }),
  setNotice: (notice) => set({ notice }),
});
