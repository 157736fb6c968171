import { describe, expect, it } from 'vitest';
import { createAppStore, derivePresented, docToForm, findPreset, presentedForm } from '../../src/state';
import { MemoryStorage } from '../support/memoryStorage';

function storeOn(presetId: string) {
  const store = createAppStore(() => new MemoryStorage());
  store.getState().openScenario({ kind: 'preset', id: presetId });
  return store;
}

const shown = (store: ReturnType<typeof createAppStore>) => {
  const derived = derivePresented(store.getState());
  if (!derived.ok) throw new Error('not computable');
  return derived.result.scenario;
};

describe('an edited preset is no longer that preset', () => {
  it('keeps the preset’s name, id and description while unedited', () => {
    const store = storeOn('ask-61-fixed');
    expect(shown(store).id).toBe('ask-61-fixed');
    expect(shown(store).name).toBe(findPreset('ask-61-fixed')?.name);
  });

  it('once edited: “Edited from …”, an id of its own and what differs, in English and French', () => {
    const store = storeOn('ask-61-fixed');
    store.getState().edit('years', { years: '5' });
    store.getState().edit('customAmountBillions', {
      costMode: 'custom',
      customAmountBillions: '500',
      customCurrency: 'CAD',
    });
    const s = shown(store);
    expect(s.id).toBe('ask-61-fixed-edited');
    expect(s.name).toBe(`Edited from “${findPreset('ask-61-fixed')?.name ?? ''}”`);
    expect(s.description).toContain('Years 3 → 5');
    expect(s.description).toContain('500 billion');
    expect(s.description).not.toContain('34.9%');
    expect(s.fr?.name).toMatch(/^Modifié à partir de «\s/);
    expect(s.fr?.description).toContain('Années 3 → 5');
  });

  it('an edit undone is the preset again', () => {
    const store = storeOn('cbo-2025-high-gdp');
    store.getState().edit('years', { years: '5' });
    store.getState().edit('years', { years: '20' });
    expect(shown(store).id).toBe('cbo-2025-high-gdp');
  });

  it('saving without a name saves the honest name; a name the user gives wins from then on', () => {
    const store = storeOn('ask-61-fixed');
    store.getState().edit('years', { years: '7' });
    store.getState().save('');
    expect(store.getState().saved[0]?.doc['name']).toMatch(/^Edited from /);
    expect(store.getState().saved[0]?.doc['id']).toMatch(/^edited-from-/);
    store.getState().save('My seven years');
    expect(shown(store).name).toBe('My seven years');
    expect(shown(store).id).toBe('my-seven-years');
    store.getState().edit('years', { years: '8' });
    expect(shown(store).name).toBe('My seven years');
  });

  it('a preset with the longest name still gives a valid edited name', () => {
    const preset = findPreset('trump-175-gdp');
    if (!preset) throw new Error('preset missing');
    const origin = docToForm({ ...preset, name: 'n'.repeat(200) });
    const edited = presentedForm({ ...origin, years: '9' }, origin);
    expect(edited.name.length).toBeLessThanOrEqual(200);
  });
});
