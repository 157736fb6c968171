/** The scenario being edited, with undo and reset. */
import type { StateCreator } from 'zustand';
import { docToForm } from './form';
import { bundleIn, readScenarioSource } from './openScenario';
import { defaultPreset } from './presets';
import type { AppState, ScenarioSlice } from './types';

const MAX_HISTORY = 100;
/** Edits of one field closer together than this are one undo step (a slider drag). */
const COALESCE_MS = 1000;

export const createScenarioSlice: StateCreator<AppState, [], [], ScenarioSlice> = (set, get) => {
  const initial = docToForm(defaultPreset());
  return {
    form: initial,
    origin: initial,
    history: [],
    lastEdit: null,
    edit: (field, patch) => {
      const { form, history, lastEdit } = get();
      const now = Date.now();
      const coalesce = lastEdit !== null && lastEdit.field === field && now - lastEdit.at < COALESCE_MS;
      set({
        form: { ...form, ...patch },
        history: coalesce ? history : [...history, form].slice(-MAX_HISTORY),
        lastEdit: { field, at: now },
      });
    },
    loadScenario: (next) => {
      const { form, history } = get();
      set({ form: next, origin: next, history: [...history, form].slice(-MAX_HISTORY), lastEdit: null });
    },
    openScenario: (source) => {
      const bundle = bundleIn(source);
      if (bundle && source.kind === 'file') return get().importSaved(source.name, bundle);
      const { scenario, notice } = readScenarioSource(get(), source);
      if (scenario) get().loadScenario(docToForm(scenario, get().form));
      if (notice) set({ notice });
      return scenario !== undefined;
    },
    undo: () => {
      const { history } = get();
      const previous = history[history.length - 1];
      if (previous) set({ form: previous, history: history.slice(0, -1), lastEdit: null });
    },
    reset: () => {
      const { form, origin, history } = get();
      if (form !== origin)
        set({ form: origin, history: [...history, form].slice(-MAX_HISTORY), lastEdit: null });
    },
  };
};
