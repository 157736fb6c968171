/**
 * What the app store keeps in the browser, and how it is read back. Scenarios are stored in file
 * form and read through the same validator and migration chain as scenario files. A corrupt or
 * foreign stored part is set aside under another key and reported (with a download); it never
 * blanks the page and is never silently lost. syncStorage.ts does the reading and writing.
 */
import { isDisplayCurrency, isSettingValue, type Problem } from '../core';
import { isJsonObject, parseScenarioDoc, type JsonObject } from '../io';
import { isLang } from '../i18n';
import { docToForm, formToDoc } from './form';
import type { AppState, Notice, SavedScenario } from './types';

export const STORAGE_KEY = 'golden-dome-calculator';
export const STORAGE_VERSION = 1;

/** Stored fields that belong to one tab: another tab's values never replace them. */
export const TAB_OWNED = ['draft', 'origin', 'compareKeys', 'currency', 'dollars', 'draws', 'seed', 'lang'];

/** The stored form of the app state (file-form documents, decimal strings). */
export function partialize(s: AppState): JsonObject {
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

/** Whether a change touched anything that is stored. */
export function storedFieldsChanged(s: AppState, p: AppState): boolean {
  return (
    s.form !== p.form ||
    s.origin !== p.origin ||
    s.saved !== p.saved ||
    s.compareKeys !== p.compareKeys ||
    s.currency !== p.currency ||
    s.dollars !== p.dollars ||
    s.draws !== p.draws ||
    s.seed !== p.seed ||
    s.lang !== p.lang
  );
}

/** Whether a change touched only this tab's stored fields (TAB_OWNED), leaving the saved scenarios. */
export function onlyTabFieldsChanged(s: AppState, p: AppState): boolean {
  return s.saved === p.saved;
}

/** The valid saved scenarios of a stored list, each key once (a repeated key gets a new one). */
function readSaved(stored: unknown): { saved: SavedScenario[]; rejected: unknown[] } {
  const saved: SavedScenario[] = [];
  const rejected: unknown[] = [];
  const keys = new Set<string>();
  for (const entry of Array.isArray(stored) ? stored : []) {
    const parsed =
      isJsonObject(entry) && typeof entry['key'] === 'string' ? parseScenarioDoc(entry['doc']) : undefined;
    if (!parsed?.ok || !isJsonObject(entry)) {
      rejected.push(entry);
      continue;
    }
    let key = String(entry['key']);
    for (let n = 2; keys.has(key); n += 1) key = `${String(entry['key'])}-${n}`;
    keys.add(key);
    // Kept as stored, not rewritten in the newest version: loading changes nothing in storage.
    saved.push({
      key,
      doc: entry['doc'] as JsonObject,
      savedAt: typeof entry['savedAt'] === 'string' ? entry['savedAt'] : '',
    });
  }
  return { saved, rejected };
}

function comparedOf(stored: unknown, saved: readonly SavedScenario[]): string[] {
  const keys = new Set(saved.map((s) => s.key));
  return Array.isArray(stored) ? stored.filter((k): k is string => typeof k === 'string' && keys.has(k)) : [];
}

/** The shared part of a stored state (the saved scenarios), as another tab left it. */
export function adopt(stored: JsonObject, current: AppState): Partial<AppState> {
  const { saved } = readSaved(stored['saved']);
  return { saved, compareKeys: current.compareKeys.filter((k) => saved.some((s) => s.key === k)) };
}

/** Validates what was stored, keeping every valid part and setting the rest aside. */
export function restore(
  persisted: JsonObject,
  current: AppState,
  setAside: (value: unknown) => boolean,
): Partial<AppState> {
  const rejected: Record<string, unknown> = {};
  const problems: (readonly Problem[])[] = [];
  const readForm = (key: 'draft' | 'origin') => {
    const value = persisted[key];
    if (value === undefined) return undefined;
    const parsed = parseScenarioDoc(value);
    if (parsed.ok) return docToForm(parsed.scenario);
    rejected[key] = value;
    problems.push(parsed.problems);
    return undefined;
  };
  const form = readForm('draft');
  const origin = readForm('origin');
  const storedSaved = persisted['saved'];
  const notList = storedSaved !== undefined && !Array.isArray(storedSaved);
  const { saved, rejected: badSaved } = readSaved(storedSaved);
  if (notList) rejected['saved'] = storedSaved;
  else if (badSaved.length > 0) rejected['saved'] = badSaved;
  let notice: Notice | null = null;
  if (Object.keys(rejected).length > 0) {
    const kept = setAside(rejected);
    const what = notList
      ? ({ key: 'notice.storedSavedNotList' } as const)
      : badSaved.length > 1
        ? ({ key: 'notice.storedSavedMany', params: { count: badSaved.length } } as const)
        : badSaved.length === 1
          ? ({ key: 'notice.storedSavedOne' } as const)
          : ({ key: 'notice.storedDraft' } as const);
    const firstProblems = problems[0];
    notice = {
      kind: 'error',
      ...(kept ? what : { key: 'notice.storedPartKept' }),
      ...(firstProblems ? { problems: firstProblems } : {}),
      offer: { kind: 'downloadSetAside', text: JSON.stringify(rejected, null, 2) },
    };
  }
  return {
    ...(notice ? { notice } : {}),
    ...(form ? { form } : {}),
    ...(origin ? { origin } : form ? { origin: form } : {}),
    saved,
    compareKeys: comparedOf(persisted['compareKeys'], saved),
    currency: isDisplayCurrency(persisted['currency']) ? persisted['currency'] : 'USD',
    dollars: persisted['dollars'] === 'constant' ? 'constant' : 'nominal',
    lang: isLang(persisted['lang']) ? persisted['lang'] : current.lang,
    draws: isSettingValue('draws', persisted['draws']) ? persisted['draws'] : current.draws,
    seed: isSettingValue('seed', persisted['seed']) ? persisted['seed'] : current.seed,
  };
}
