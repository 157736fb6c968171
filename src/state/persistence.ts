/**
 * Saving the inputs in the browser (zustand persist). Scenarios are stored in file form and read
 * back through the same validator and migration chain as scenario files. A corrupt or foreign stored
 * value is set aside under another key and reported; it never blanks the page or is silently lost.
 */
import type { PersistOptions } from 'zustand/middleware';
import { setAsideKeyFor } from './setAsideStorage';
import { isJsonObject, parseScenarioDoc, type JsonObject } from '../io';
import { isLang, type Lang } from '../i18n';
import { docToForm, formToDoc } from './form';
import type { AppState, DisplayCurrency, Notice, SavedScenario } from './types';

export const STORAGE_KEY = 'golden-dome-calculator';
export const STORAGE_VERSION = 1;

export interface PersistedState {
  draft: JsonObject;
  origin: JsonObject;
  saved: SavedScenario[];
  compareKeys: string[];
  currency: DisplayCurrency;
  dollars: AppState['dollars'];
  draws?: number;
  seed?: number;
  lang?: Lang;
}

/** Where set-aside values go, so nothing the user had is deleted. */
export function setAsideKey(): string {
  return setAsideKeyFor(STORAGE_KEY);
}

/** Validates what was stored, keeping every valid part and setting the rest aside. */
export function restore(persisted: unknown, current: AppState, setAside: (value: unknown) => void): AppState {
  if (!isJsonObject(persisted)) return current;
  /** What was wrong with the scenario being edited (the validator's words, in English). */
  const formProblems: string[] = [];
  const rejected: Record<string, unknown> = {};
  const readForm = (key: 'draft' | 'origin') => {
    const value = persisted[key];
    if (value === undefined) return undefined;
    const parsed = parseScenarioDoc(value);
    if (parsed.ok) return docToForm(parsed.scenario);
    rejected[key] = value;
    formProblems.push(...parsed.problems.map((p) => `${p.path}: ${p.message}`));
    return undefined;
  };
  const form = readForm('draft');
  const origin = readForm('origin');
  const saved: SavedScenario[] = [];
  const rejectedSaved: unknown[] = [];
  const storedSaved = persisted['saved'];
  for (const entry of Array.isArray(storedSaved) ? storedSaved : []) {
    const parsed =
      isJsonObject(entry) && typeof entry['key'] === 'string' ? parseScenarioDoc(entry['doc']) : undefined;
    if (parsed?.ok && isJsonObject(entry)) {
      // Kept as stored, not rewritten in the newest version: loading changes nothing in storage.
      saved.push({
        key: String(entry['key']),
        doc: entry['doc'] as JsonObject,
        savedAt: typeof entry['savedAt'] === 'string' ? entry['savedAt'] : '',
      });
    } else {
      rejectedSaved.push(entry);
    }
  }
  if (rejectedSaved.length > 0) rejected['saved'] = rejectedSaved;
  const notice = setAsideNotice([...new Set(formProblems)], rejectedSaved.length);
  if (notice) {
    setAside(rejected);
    current = { ...current, notice };
  }
  const keys = new Set(saved.map((s) => s.key));
  const compareKeys = Array.isArray(persisted['compareKeys'])
    ? persisted['compareKeys'].filter((k): k is string => typeof k === 'string' && keys.has(k))
    : [];
  return {
    ...current,
    ...(form ? { form } : {}),
    ...(origin ? { origin } : form ? { origin: form } : {}),
    saved,
    compareKeys,
    currency: persisted['currency'] === 'CAD' ? 'CAD' : 'USD',
    dollars: persisted['dollars'] === 'constant' ? 'constant' : 'nominal',
    lang: isLang(persisted['lang']) ? persisted['lang'] : current.lang,
    draws: wholeIn(persisted['draws'], 100, 1_000_000) ?? current.draws,
    seed: wholeIn(persisted['seed'], 0, 4_294_967_295) ?? current.seed,
  };
}

/** What was set aside: the scenario being edited (with why), saved scenarios (how many), or both. */
function setAsideNotice(formProblems: readonly string[], badSaved: number): Notice | null {
  const problems = formProblems.join('; ');
  if (formProblems.length > 0 && badSaved > 0)
    return {
      kind: 'error',
      key: 'calculator.notice.storedDraftAndSaved',
      params: { problems, count: badSaved },
    };
  if (formProblems.length > 0)
    return { kind: 'error', key: 'calculator.notice.storedDraft', params: { problems } };
  if (badSaved === 1) return { kind: 'error', key: 'calculator.notice.storedSavedOne' };
  if (badSaved > 1)
    return { kind: 'error', key: 'calculator.notice.storedSavedMany', params: { count: badSaved } };
  return null;
}

function wholeIn(value: unknown, min: number, max: number): number | undefined {
  return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max
    ? value
    : undefined;
}

export function partialize(s: AppState): PersistedState {
  return {
    draft: formToDoc(s.form),
    origin: formToDoc(s.origin),
    saved: s.saved,
    compareKeys: s.compareKeys,
    currency: s.currency,
    dollars: s.dollars,
    draws: s.draws,
    seed: s.seed,
    lang: s.lang,
  };
}

export type AppPersistOptions = PersistOptions<AppState, PersistedState>;
