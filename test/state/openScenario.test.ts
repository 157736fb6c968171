import { describe, expect, it } from 'vitest';
import { checksum, scenarioToDoc, encodeShareFragment } from '../../src/io';
import { createAppStore, defaultPreset, findPreset } from '../../src/state';
import { fieldName } from '../../src/ui/problemText';
import { MemoryStorage } from '../support/memoryStorage';

const utf8 = (text: string) => new TextEncoder().encode(text);

/** A link whose checksum is right (it is not a secret) but whose scenario has one extra top-level field. */
function forgedLink(field: string): string {
  const doc = JSON.stringify(scenarioToDoc(defaultPreset())).replace(/^\{/, `{${JSON.stringify(field)}:"x",`);
  const payload = Buffer.from(doc, 'utf8').toString('base64url');
  return `#s=1.${payload}.${checksum(payload)}`;
}

describe('opening a scenario: one way for files, links, saved scenarios and presets', () => {
  for (const field of ['constructor', '__proto__', 'toString', 'valueOf', 'hasOwnProperty']) {
    it(`refuses a forged link with a top-level “${field}” and leaves the draft and saved scenarios as they were`, () => {
      const storage = new MemoryStorage();
      const store = createAppStore(() => storage);
      store.getState().edit('years', { years: '9' });
      store.getState().save('Mine');
      const before = { form: store.getState().form, saved: store.getState().saved };
      expect(store.getState().openScenario({ kind: 'link', hash: forgedLink(field) })).toBe(false);
      expect(store.getState().form).toBe(before.form);
      expect(store.getState().saved).toBe(before.saved);
      const notice = store.getState().notice;
      expect(notice?.key).toBe('notice.linkBad');
      expect(notice?.problems?.map((p) => p.path).join(' ')).toContain(field);
      // The page names the field without finding a built-in property.
      for (const p of notice?.problems ?? [])
        expect(typeof fieldName(p.path.replace(/^link:? ?/, ''), 'en')).toBe('string');
      expect(fieldName(field, 'fr')).toBe(field);
    });
  }

  it('opens a good link as one undo step, with a message naming it', () => {
    const store = createAppStore(() => new MemoryStorage());
    const before = store.getState().form;
    const preset = findPreset('cbo-2025-high-gdp');
    if (!preset) throw new Error('preset missing');
    expect(store.getState().openScenario({ kind: 'link', hash: encodeShareFragment(preset) })).toBe(true);
    expect(store.getState().form.years).toBe('20');
    expect(store.getState().notice).toMatchObject({ kind: 'info', key: 'notice.linkOpened', undoable: true });
    store.getState().undo();
    expect(store.getState().form).toBe(before);
  });

  it('a bad file changes nothing, names the file briefly and lists its problems', () => {
    const store = createAppStore(() => new MemoryStorage());
    const before = store.getState().form;
    const name = `${'n'.repeat(500)}.json`;
    expect(store.getState().openScenario({ kind: 'file', name, bytes: utf8('{"schemaVersion":2}') })).toBe(
      false,
    );
    expect(store.getState().form).toBe(before);
    const notice = store.getState().notice;
    expect(String(notice?.params?.['file']).length).toBeLessThanOrEqual(80);
    expect(notice?.problems?.length).toBeGreaterThan(0);
  });

  it('reads a UTF-16 file with its byte-order mark, as the command line does', () => {
    const store = createAppStore(() => new MemoryStorage());
    const text = JSON.stringify(scenarioToDoc(defaultPreset()));
    const bytes = new Uint8Array(2 + text.length * 2);
    bytes.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i += 1)
      new DataView(bytes.buffer).setUint16(2 + 2 * i, text.charCodeAt(i), true);
    expect(store.getState().openScenario({ kind: 'file', name: 'utf16.json', bytes })).toBe(true);
  });

  it('a missing saved scenario or preset is refused with a message', () => {
    const store = createAppStore(() => new MemoryStorage());
    expect(store.getState().openScenario({ kind: 'saved', key: 'gone' })).toBe(false);
    expect(store.getState().notice?.key).toBe('notice.savedMissing');
    expect(store.getState().openScenario({ kind: 'preset', id: 'constructor' })).toBe(false);
    expect(store.getState().notice?.key).toBe('notice.presetMissing');
  });

  it('opens a file of saved scenarios into the saved list', () => {
    const store = createAppStore(() => new MemoryStorage());
    const text = JSON.stringify({ savedScenarios: [scenarioToDoc(defaultPreset()), { bad: true }] });
    store.getState().openScenario({ kind: 'file', name: 'saved.json', bytes: utf8(text) });
    expect(store.getState().saved.map((s) => s.doc['id'])).toEqual(['trump-175-gdp']);
    expect(store.getState().notice).toMatchObject({
      key: 'notice.bundleOpened',
      params: { added: 1, refused: 1 },
    });
  });

  it('“Duplicate” of a scenario with the longest name gives a name a file may have', () => {
    const store = createAppStore(() => new MemoryStorage());
    store.getState().save('x'.repeat(200));
    store.getState().duplicate(store.getState().saved[0]?.key ?? '');
    const copy = store.getState().saved[1];
    expect(String(copy?.doc['name']).length).toBeLessThanOrEqual(200);
    expect(String(copy?.doc['name'])).toMatch(/\(copy\)$/);
    expect(store.getState().openScenario({ kind: 'saved', key: copy?.key ?? '' })).toBe(true);
  });
});
