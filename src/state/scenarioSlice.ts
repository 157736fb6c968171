/** The scenario being edited, with undo and reset. */
import type { StateCreator } from 'zustand';
import { docToForm, formToDoc, type ScenarioForm } from './form';
import { presentedForm } from './presented';
import { sameJson } from './threeWayMerge';
import { readScenarioSource } from './openScenario';
import { defaultPreset } from './presets';
import type { AppState, ScenarioSlice } from './types';

const MAX_HISTORY = 100;

function sameScenario(a: ScenarioForm, b: ScenarioForm): boolean {
  return sameJson(formToDoc(a), formToDoc(b));
}
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
      const { scenario, view, bundle, notice } = readScenarioSource(get(), source);
      if (bundle && source.kind === 'file') return get().importSaved(source.name, bundle);
      if (!scenario) {
        if (notice) set({ notice });
        return false;
      }
      const { form, origin, currency, dollars } = get();
      const next = docToForm(scenario, form);
      // A link to what is already shown (the address after a reload) changes nothing and says nothing.
      const same = sameScenario(next, presentedForm(form, origin));
      if (same && (!view || (view.currency === currency && view.dollars === dollars))) return true;
      if (!same) get().loadScenario(next);
      if (view) set({ currency: view.currency, dollars: view.dollars });
      if (notice)
        set({ notice: { ...notice, undoable: !same, ...(view ? { undoView: { currency, dollars } } : {}) } });
      return true;
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
