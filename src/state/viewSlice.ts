/** Display choices and the current notice. */
import type { StateCreator } from 'zustand';
import type { AppState, ViewSlice } from './types';

export const createViewSlice: StateCreator<AppState, [], [], ViewSlice> = (set) => ({
  currency: 'USD',
  dollars: 'nominal',
  notice: null,
  setCurrency: (currency) => set({ currency }),
  setDollars: (dollars) => set({ dollars }),
  setNotice: (notice) => set({ notice }),
});
