import { describe, expect, it } from 'vitest';
import { buildReport, fixed } from '../../src/core';
import { translate } from '../../src/i18n';
import { createAppStore, deriveResult, docToForm, findPreset, STORAGE_KEY } from '../../src/state';
import { MemoryStorage } from '../support/memoryStorage';

function freshStore(storage = new MemoryStorage()) {
  return { storage, store: createAppStore(() => storage) };
}

function canadaTotalUsd(store: ReturnType<typeof createAppStore>): string {
  const derived = deriveResult(store.getState().form);
  if (!derived.ok) throw new Error(JSON.stringify(derived.problems));
  return fixed(buildReport(derived.result, 'nominal').totals.canadaUsd, 2);
}

describe('the app store', () => {
  it('starts on the default preset: Trump’s US$175B split by GDP', () => {
    const { store } = freshStore();
    expect(store.getState().form.id).toBe('trump-175-gdp');
    // 175e9 × 2.24 / (2.24 + 29.18489) = 12,474,188,453.802… (checked with Python's decimal)
    expect(canadaTotalUsd(store)).toBe('12474188453.80');
  });

  it('edits, undoes and resets', () => {
    const { store } = freshStore();
    store.getState().edit('shareRule', { shareRule: 'nws' });
    expect(canadaTotalUsd(store)).toBe('70000000000.00');
    store.getState().edit('years', { years: '5' });
    store.getState().undo();
    expect(store.getState().form.years).toBe('3');
    expect(store.getState().form.shareRule).toBe('nws');
    store.getState().reset();
    expect(store.getState().form.shareRule).toBe('gdp');
    store.getState().undo();
    expect(store.getState().form.shareRule).toBe('nws');
  });

  it('folds quick edits of one field (a slider drag) into one undo step', () => {
    const { store } = freshStore();
    for (const years of ['4', '5', '6', '7']) store.getState().edit('years', { years });
    store.getState().undo();
    expect(store.getState().form.years).toBe('3');
  });

  it('saves, survives a reload, renames, duplicates and deletes', () => {
    const { store, storage } = freshStore();
    store.getState().edit('shareRule', { shareRule: 'population' });
    store.getState().save('Population split — Élève');
    const reloaded = createAppStore(() => storage).getState();
    expect(reloaded.saved).toHaveLength(1);
    const [entry] = reloaded.saved;
    expect(entry?.doc['name']).toBe('Population split — Élève');
    expect(entry?.doc['id']).toBe('population-split-eleve');
    expect(reloaded.form.shareRule).toBe('population');

    const store2 = createAppStore(() => storage);
    const key = store2.getState().saved[0]?.key ?? '';
    store2.getState().rename(key, 'By population');
    store2.getState().duplicate(key);
    expect(store2.getState().saved.map((s) => s.doc['name'])).toEqual([
      'By population',
      'By population (copy)',
    ]);
    store2.getState().remove(key);
    expect(store2.getState().saved.map((s) => s.doc['name'])).toEqual(['By population (copy)']);
  });

  it('opens a saved scenario into the editor', () => {
    const { store } = freshStore();
    store.getState().edit('shareRule', { shareRule: 'nws' });
    store.getState().save('NWS');
    store.getState().edit('shareRule', { shareRule: 'gdp' });
    store.getState().openScenario({ kind: 'saved', key: store.getState().saved[0]?.key ?? '' });
    expect(store.getState().form.shareRule).toBe('nws');
  });

  it('compares at most four scenarios', () => {
    const { store } = freshStore();
    for (let i = 0; i < 5; i += 1) store.getState().save(`S${i}`);
    for (const s of store.getState().saved) store.getState().toggleCompare(s.key);
    expect(store.getState().compareKeys).toHaveLength(4);
  });

  it('loads a preset as the new reset point', () => {
    const { store } = freshStore();
    const preset = findPreset('cbo-2025-high-gdp');
    if (!preset) throw new Error('preset missing');
    store.getState().loadScenario(docToForm(preset));
    store.getState().edit('years', { years: '10' });
    store.getState().reset();
    expect(store.getState().form.years).toBe('20');
  });
});

describe('stored data that cannot be read', () => {
  it('sets aside a corrupt value, reports it and starts fresh', () => {
    const storage = new MemoryStorage();
    storage.setItem(STORAGE_KEY, '{not json');
    const state = createAppStore(() => storage).getState();
    expect(state.notice?.kind).toBe('error');
    expect(state.notice?.key).toBe('notice.storedDamaged');
    // Shown in the page's language; in English:
    expect(state.notice && translate('en', state.notice.key, state.notice.params)).toBe(
      'Your data in this browser could not be read (it is damaged or from another app). It was set aside, not deleted, and the calculator started fresh.',
    );
    // …and the user can download it from the message.
    expect(state.notice?.offer).toEqual({ kind: 'downloadSetAside', text: '{not json' });
    expect(state.form.id).toBe('trump-175-gdp');
    const aside = storage.keys().find((k) => k.startsWith(`${STORAGE_KEY}:set-aside:`));
    expect(aside && storage.getItem(aside)).toBe('{not json');
  });

  it('keeps the valid saved scenarios and sets aside only the bad one', () => {
    const { store, storage } = freshStore();
    store.getState().save('Good one');
    const raw = JSON.parse(storage.getItem(STORAGE_KEY) ?? '{}') as { state: { saved: unknown[] } };
    raw.state.saved.push({
      key: 'bad',
      doc: { schemaVersion: 1, id: 'x', name: 'Bad', cost: { estimateId: 'nope' }, share: { rule: 'gdp' } },
    });
    storage.setItem(STORAGE_KEY, JSON.stringify(raw));
    const state = createAppStore(() => storage).getState();
    expect(state.saved.map((s) => s.doc['name'])).toEqual(['Good one']);
    expect(state.notice?.key).toBe('notice.storedSavedOne');
    const aside = storage.keys().find((k) => k.startsWith(`${STORAGE_KEY}:set-aside:`));
    expect(aside && storage.getItem(aside)).toContain('nope');
  });

  it('sets aside data from a different storage version', () => {
    const storage = new MemoryStorage();
    storage.setItem(STORAGE_KEY, JSON.stringify({ version: 99, state: { saved: [] } }));
    const state = createAppStore(() => storage).getState();
    expect(state.notice).toMatchObject({
      kind: 'error',
      key: 'notice.storedOtherVersion',
      params: { version: 99 },
    });
    expect(storage.keys().some((k) => k.startsWith(`${STORAGE_KEY}:set-aside:`))).toBe(true);
  });

  it('survives a storage that throws', () => {
    const state = createAppStore(() => {
      throw new Error('SecurityError');
    }).getState();
    expect(state.form.id).toBe('trump-175-gdp');
  });
});
