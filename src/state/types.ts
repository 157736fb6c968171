/** The app's state: inputs and choices only. Results are derived (selectors.ts), never stored. */
import type { DisplayCurrency, Dollars, Problem } from '../core';
import type { Lang, MessageKey, Params } from '../i18n';
import type { JsonObject } from '../io';
import type { ScenarioForm } from './form';
import type { StorageStatus } from './syncStorage';

export type { DisplayCurrency, StorageStatus };

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
  /** What was wrong, listed under the message (field named in the page's language). */
  readonly problems?: readonly Problem[];
  /** A way out offered with the message. */
  readonly offer?: NoticeOffer;
  /** The message follows a change that Undo takes back. */
  readonly undoable?: boolean;
  /** How money was shown before a link changed it: Undo puts it back too. */
  readonly undoView?: { readonly currency: DisplayCurrency; readonly dollars: Dollars };
}

/** Download the saved scenarios, or a set-aside stored value (kept here in case storage lost it). */
export type NoticeOffer =
  { readonly kind: 'downloadSaved' } | { readonly kind: 'downloadSetAside'; readonly text: string };

/** Where a scenario to open comes from: the one way a scenario gets into the editor. */
export type ScenarioSource =
  | { readonly kind: 'file'; readonly name: string; readonly bytes: Uint8Array }
  | { readonly kind: 'link'; readonly hash: string }
  | { readonly kind: 'saved'; readonly key: string }
  | { readonly kind: 'preset'; readonly id: string };

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
  /** Opens a file, link, saved scenario or preset into the editor (one undo step), or says why not. */
  openScenario: (source: ScenarioSource) => boolean;
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
  toggleCompare: (key: string) => void;
  /** Adds the valid scenarios of a saved-scenarios file to the saved list; says how many. */
  importSaved: (fileName: string, docs: readonly unknown[]) => boolean;
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
  /** Whether this tab can keep data in the browser: yes, never (no storage), or paused (syncStorage.ts). */
  storageStatus: StorageStatus;
  setCurrency: (c: DisplayCurrency) => void;
  setDollars: (d: Dollars) => void;
  setNotice: (n: Notice | null) => void;
}

export type AppState = ScenarioSlice & SavedSlice & ViewSlice;
