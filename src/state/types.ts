/** The app's state: inputs and choices only. Results are derived (selectors.ts), never stored. */
import type { Dollars } from '../core';
import type { Lang, MessageKey, Params } from '../i18n';
import type { JsonObject } from '../io';
import type { ScenarioForm } from './form';

export type DisplayCurrency = 'USD' | 'CAD';

/** A scenario the user saved: its file-form document (decimal strings), so it migrates like a file. */
export interface SavedScenario {
  readonly key: string;
  readonly doc: JsonObject;
  readonly savedAt: string;
}

/**
 * A message for the user about something that went wrong and what was done about it: a message key
 * and its parameters, so it is shown in the page's current language, even after a switch.
 */
export interface Notice {
  readonly kind: 'error' | 'info';
  readonly key: MessageKey;
  readonly params?: Params;
}

export interface ScenarioSlice {
  form: ScenarioForm;
  /** The preset (or loaded scenario) that Reset returns to. */
  origin: ScenarioForm;
  /** Earlier forms, newest last; Undo pops one. */
  history: ScenarioForm[];
  /** The field last edited and when, to fold a slider drag into one undo step. */
  lastEdit: { field: string; at: number } | null;
  /** `field` names what was edited (a form key, or e.g. `context.canadaGdpUsd`) for undo folding. */
  edit: (field: string, patch: Partial<ScenarioForm>) => void;
  loadScenario: (form: ScenarioForm) => void;
  undo: () => void;
  reset: () => void;
}

export interface SavedSlice {
  saved: SavedScenario[];
  compareKeys: string[];
  save: (name: string) => void;
  rename: (key: string, name: string) => void;
  duplicate: (key: string) => void;
  remove: (key: string) => void;
  open: (key: string) => void;
  toggleCompare: (key: string) => void;
}

export interface ViewSlice {
  lang: Lang;
  setLang: (lang: Lang) => void;
  currency: DisplayCurrency;
  dollars: Dollars;
  /** Monte Carlo settings: the number of draws and the seed (same seed, same numbers everywhere). */
  draws: number;
  seed: number;
  setSimulation: (draws: number, seed: number) => void;
  notice: Notice | null;
  setCurrency: (c: DisplayCurrency) => void;
  setDollars: (d: Dollars) => void;
  setNotice: (n: Notice | null) => void;
}

export type AppState = ScenarioSlice & SavedSlice & ViewSlice;
