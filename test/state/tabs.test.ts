import { describe, expect, it } from 'vitest';
import { createAppStore, createProgressStore, STORAGE_KEY } from '../../src/state';
import { SharedStorage } from '../support/tabs';

function twoTabs() {
  const shared = new SharedStorage();
  const a = shared.tab(1);
  const b = shared.tab(2);
  return {
    shared,
    tabA: createAppStore(a.storage, a.events),
    tabB: createAppStore(b.storage, b.events),
    reload: () => {
      const c = shared.tab(3);
      return createAppStore(c.storage, c.events);
    },
  };
}

const names = (store: ReturnType<typeof createAppStore>) => store.getState().saved.map((s) => s.doc['name']);

describe('two tabs over one storage', () => {
  it('a change in tab B keeps the scenarios saved in tab A (it used to wipe them)', () => {
    const { tabA, tabB, reload } = twoTabs();
    for (const n of ['One', 'Two', 'Three']) tabA.getState().save(n);
    tabB.getState().setCurrency('CAD');
    expect(names(reload())).toEqual(['One', 'Two', 'Three']);
    // Tab B was told, and shows them.
    expect(names(tabB)).toEqual(['One', 'Two', 'Three']);
    expect(tabB.getState().notice?.key).toBe('notice.otherTab');
  });

  it('saves in both tabs are all kept, and a deletion never comes back', () => {
    const { shared, tabA, tabB, reload } = twoTabs();
    tabA.getState().save('A1');
    tabB.getState().save('B1');
    expect(names(reload())).toEqual(['A1', 'B1']);
    const a1 = tabA.getState().saved.find((s) => s.doc['name'] === 'A1')?.key ?? '';
    tabB.getState().remove(a1);
    // Tab A missed the event (say it was asleep) and renames the deleted scenario: still deleted.
    shared.full = false;
    tabA.getState().rename(a1, 'A1 renamed');
    tabA.getState().save('A2');
    expect(names(reload())).toEqual(['B1', 'A2']);
  });

  it('a rename in one tab and a save in the other both stay', () => {
    const { tabA, tabB, reload } = twoTabs();
    tabA.getState().save('First');
    const key = tabB.getState().saved[0]?.key ?? '';
    tabB.getState().rename(key, 'First, renamed');
    tabA.getState().save('Second');
    expect(names(reload())).toEqual(['First, renamed', 'Second']);
  });

  it('the scenario being edited belongs to its tab', () => {
    const { tabA, tabB } = twoTabs();
    tabA.getState().edit('years', { years: '7' });
    tabB.getState().edit('years', { years: '4' });
    tabA.getState().save('Seven');
    expect(tabA.getState().form.years).toBe('7');
    expect(tabB.getState().form.years).toBe('4');
  });

  it('exercise answers typed in two tabs are both kept', () => {
    const shared = new SharedStorage();
    const [a, b] = [shared.tab(1), shared.tab(2)];
    const pa = createProgressStore(a.storage, a.events);
    const pb = createProgressStore(b.storage, b.events);
    pa.getState().setAnswer('ex-one', 'q1', '12.5');
    pb.getState().setAnswer('ex-two', 'q1', '7');
    const c = shared.tab(3);
    const reloaded = createProgressStore(c.storage, c.events).getState();
    expect(reloaded.exercises['ex-one']?.['q1']?.answer).toBe('12.5');
    expect(reloaded.exercises['ex-two']?.['q1']?.answer).toBe('7');
  });
});

describe('a storage that refuses writes', () => {
  it('says so when a save fails, at that moment, and offers the saved scenarios as a file', () => {
    const shared = new SharedStorage();
    const tab = shared.tab(1);
    const store = createAppStore(tab.storage, tab.events);
    store.getState().save('Kept');
    shared.full = true;
    store.getState().save('Delta');
    expect(store.getState().notice).toMatchObject({
      kind: 'error',
      key: 'notice.storageFull',
      offer: { kind: 'downloadSaved' },
    });
    // Still in this tab, so the download has it.
    expect(names(store)).toEqual(['Kept', 'Delta']);
  });

  it('leaves an unreadable value untouched when it cannot be set aside, and stops writing', () => {
    const shared = new SharedStorage();
    const corrupt = `{${'x'.repeat(2_000_000)}`;
    shared.data.setItem(STORAGE_KEY, corrupt);
    shared.full = true;
    const tab = shared.tab(1);
    const store = createAppStore(tab.storage, tab.events);
    expect(store.getState().notice).toMatchObject({
      key: 'notice.storedKept',
      offer: { kind: 'downloadSetAside', text: corrupt },
    });
    expect(store.getState().storageStatus).toBe('readOnly');
    shared.full = false;
    store.getState().save('Would overwrite');
    store.getState().edit('years', { years: '9' });
    expect(shared.data.getItem(STORAGE_KEY)).toBe(corrupt);
  });

  it('works without any storage (a sandboxed frame) and says that saving is off', () => {
    const store = createAppStore(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    expect(store.getState().storageStatus).toBe('off');
    store.getState().save('Here only');
    expect(names(store)).toEqual(['Here only']);
  });
});

describe('stored saved scenarios in a bad shape', () => {
  const stored = (saved: unknown) => JSON.stringify({ version: 1, state: { saved } });

  it('a saved value that is not a list is set aside with a notice, not dropped', () => {
    const shared = new SharedStorage();
    shared.data.setItem(STORAGE_KEY, stored({ not: 'a list' }));
    const store = createAppStore(shared.tab(1).storage);
    expect(store.getState().notice?.key).toBe('notice.storedSavedNotList');
    const aside = shared.data.keys().find((k) => k.startsWith(`${STORAGE_KEY}:set-aside:`)) ?? '';
    expect(shared.data.getItem(aside)).toContain('a list');
  });

  it('two saved scenarios with one key are repaired: deleting one deletes one', () => {
    const shared = new SharedStorage();
    const first = createAppStore(shared.tab(1).storage);
    first.getState().save('Twin');
    const [entry] = first.getState().saved;
    shared.data.setItem(STORAGE_KEY, stored([entry, entry]));
    const store = createAppStore(shared.tab(2).storage);
    const keys = store.getState().saved.map((s) => s.key);
    expect(new Set(keys).size).toBe(2);
    store.getState().remove(keys[0] ?? '');
    expect(store.getState().saved).toHaveLength(1);
  });
});
