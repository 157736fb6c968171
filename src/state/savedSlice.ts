/** Saved scenarios and the comparison selection. */
import type { StateCreator } from 'zustand';
import { translate, type Lang } from '../i18n';
import { clip, escapeUnsafe, QUOTE_MAX, type Problem } from '../core';
import { MAX_NAME_LENGTH, parseScenarioDoc, type JsonObject } from '../io';
import { formToDoc } from './form';
import { presentedForm } from './presented';
import type { AppState, SavedScenario, SavedSlice } from './types';

export const MAX_COMPARE = 4;

let counter = 0;
function newKey(): string {
  counter += 1;
  return `s${Date.now().toString(36)}${counter.toString(36)}`;
}

/** The id a scenario file gets from its name: lowercase, digits and dashes. */
function slugify(name: string): string {
  const slug = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 64)
    .replace(/-+$/, '');
  return slug === '' ? 'scenario' : slug;
}

function uniqueId(base: string, taken: readonly SavedScenario[], except?: string): string {
  const ids = new Set(taken.filter((s) => s.key !== except).map((s) => String(s.doc['id'])));
  if (!ids.has(base)) return base;
  for (let n = 2; ; n += 1) {
    const candidate = `${base.slice(0, 60)}-${n}`;
    if (!ids.has(candidate)) return candidate;
  }
}

/** "<name> (copy)", shortening the name so that the copy's name is still one a file may have. */
function copyName(lang: Lang, name: string): string {
  const room = MAX_NAME_LENGTH - translate(lang, 'calculator.saved.copyOf', { name: '' }).length;
  return translate(lang, 'calculator.saved.copyOf', { name: clip(name, room) });
}

/** A saved document under a new name and id; a preset's French name no longer applies. */
function renamed(doc: JsonObject, name: string, id: string): JsonObject {
  return { ...Object.fromEntries(Object.entries(doc).filter(([k]) => k !== 'fr')), name, id };
}

export const createSavedSlice: StateCreator<AppState, [], [], SavedSlice> = (set, get) => ({
  saved: [],
  compareKeys: [],
  save: (name) => {
    const { form, origin, saved } = get();
    const shown = presentedForm(form, origin);
    const given = name.trim();
    const trimmed = given || shown.name;
    const id = uniqueId(slugify(trimmed), saved);
    // A name the user chose replaces the French name too, and the scenario keeps it from now on.
    const doc = formToDoc({ ...shown, name: trimmed, id, fr: given ? undefined : shown.fr });
    set({
      saved: [...saved, { key: newKey(), doc, savedAt: new Date().toISOString() }],
      ...(given ? { form: { ...form, name: trimmed, id, fr: undefined } } : {}),
    });
  },
  rename: (key, name) => {
    const trimmed = name.trim();
    if (trimmed === '') return;
    const { saved } = get();
    set({
      saved: saved.map((s) =>
        s.key === key ? { ...s, doc: renamed(s.doc, trimmed, uniqueId(slugify(trimmed), saved, key)) } : s,
      ),
    });
  },
  duplicate: (key) => {
    const { saved } = get();
    const original = saved.find((s) => s.key === key);
    if (!original) return;
    const name = copyName(get().lang, String(original.doc['name']));
    const copy = {
      key: newKey(),
      doc: renamed(original.doc, name, uniqueId(slugify(name), saved)),
      savedAt: new Date().toISOString(),
    };
    set({ saved: [...saved, copy] });
  },
  remove: (key) =>
    set({
      saved: get().saved.filter((s) => s.key !== key),
      compareKeys: get().compareKeys.filter((k) => k !== key),
    }),
  importSaved: (fileName, docs) => {
    const added: SavedScenario[] = [];
    let refused = 0;
    let firstProblems: readonly Problem[] | undefined;
    for (const doc of docs) {
      const parsed = parseScenarioDoc(doc);
      if (!parsed.ok) {
        refused += 1;
        firstProblems ??= parsed.problems;
        continue;
      }
      const id = uniqueId(String((doc as JsonObject)['id']), [...get().saved, ...added]);
      added.push({ key: newKey(), doc: { ...(doc as JsonObject), id }, savedAt: new Date().toISOString() });
    }
    const file = clip(escapeUnsafe(fileName), QUOTE_MAX);
    set({
      saved: [...get().saved, ...added],
      notice: {
        kind: refused > 0 ? 'error' : 'info',
        key: 'notice.bundleOpened',
        params: { file, added: added.length, refused },
        ...(firstProblems ? { problems: firstProblems } : {}),
      },
    });
    return added.length > 0;
  },
  toggleCompare: (key) => {
    const { compareKeys } = get();
    if (compareKeys.includes(key)) set({ compareKeys: compareKeys.filter((k) => k !== key) });
    else if (compareKeys.length < MAX_COMPARE) set({ compareKeys: [...compareKeys, key] });
  },
});
