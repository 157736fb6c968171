import { describe, expect, it } from 'vitest';
import { createProgressStore, PROGRESS_STORAGE_KEY, STORAGE_KEY } from '../../src/state';
import { MemoryStorage } from '../support/memoryStorage';

function setAsideKeys(storage: MemoryStorage): string[] {
  return storage.keys().filter((k) => k.startsWith(`${PROGRESS_STORAGE_KEY}:set-aside:`));
}

/** A storage that reads but refuses every write (full or disabled). */
class FullStorage extends MemoryStorage {
  writes = 0;
  override setItem(): void {
    this.writes += 1;
    throw new DOMException('quota exceeded', 'QuotaExceededError');
  }
}

describe('the progress store', () => {
  it('keeps answers, checks and the name across a reload, under its own key', () => {
    const storage = new MemoryStorage();
    const store = createProgressStore(() => storage);
    store.getState().setName('Zoé Tremblay');
    store.getState().setAnswer('per-person', 'per-person', '417,52');
    store.getState().check('per-person', 'per-person');
    store.getState().setAnswer('per-person', 'defence-budget', '9');

    expect(storage.keys()).toEqual([PROGRESS_STORAGE_KEY]);
    expect(PROGRESS_STORAGE_KEY).not.toBe(STORAGE_KEY);
    const stored = JSON.parse(storage.getItem(PROGRESS_STORAGE_KEY) ?? '') as unknown;
    expect(stored).toEqual({
      version: 1,
      state: {
        name: 'Zoé Tremblay',
        exercises: {
          'per-person': {
            'per-person': { answer: '417,52', checked: true },
            'defence-budget': { answer: '9', checked: false },
          },
        },
      },
    });

    const reloaded = createProgressStore(() => storage).getState();
    expect(reloaded.name).toBe('Zoé Tremblay');
    expect(reloaded.exercises['per-person']?.['per-person']).toEqual({ answer: '417,52', checked: true });
    expect(reloaded.notice).toBeNull();
  });

  it('unchecks a changed numeric answer, keeps an open one done, and clears one exercise', () => {
    const store = createProgressStore(() => new MemoryStorage());
    const s = () => store.getState();
    s().setAnswer('a', 'q1', '12');
    s().check('a', 'q1');
    s().setAnswer('a', 'q1', '12');
    expect(s().exercises['a']?.['q1']?.checked).toBe(true);
    s().setAnswer('a', 'q1', '13');
    expect(s().exercises['a']?.['q1']).toEqual({ answer: '13', checked: false });

    s().setAnswer('a', 'essay', 'GDP is fair');
    s().check('a', 'essay');
    s().setAnswer('a', 'essay', 'GDP is fair because…', true);
    expect(s().exercises['a']?.['essay']?.checked).toBe(true);

    s().setAnswer('b', 'q1', '1');
    s().clear('a');
    expect(Object.keys(s().exercises)).toEqual(['b']);
  });

  it('sets a damaged value aside, says so, and starts fresh', () => {
    const storage = new MemoryStorage();
    storage.setItem(PROGRESS_STORAGE_KEY, '{"version":1,"state":');
    const store = createProgressStore(() => storage);
    expect(store.getState().notice).toBe('unreadable');
    expect(store.getState().exercises).toEqual({});
    const [aside] = setAsideKeys(storage);
    expect(storage.getItem(aside ?? '')).toBe('{"version":1,"state":');
    store.getState().dismissNotice();
    expect(store.getState().notice).toBeNull();
  });

  it('keeps the valid entries of a partly damaged value and sets the rest aside', () => {
    const storage = new MemoryStorage();
    const state = {
      name: 'Sam',
      exercises: {
        'share-rules': {
          'gdp-share': { answer: '7.13', checked: true },
          'gdp-total': { answer: 12.47, checked: true },
        },
        'Bad Id!': { q: { answer: '1', checked: false } },
      },
    };
    storage.setItem(PROGRESS_STORAGE_KEY, JSON.stringify({ version: 1, state }));
    const store = createProgressStore(() => storage);
    expect(store.getState().notice).toBe('partial');
    expect(store.getState().name).toBe('Sam');
    expect(store.getState().exercises).toEqual({
      'share-rules': { 'gdp-share': { answer: '7.13', checked: true } },
    });
    const [aside] = setAsideKeys(storage);
    expect(JSON.parse(storage.getItem(aside ?? '') ?? '')).toEqual([
      {
        exerciseId: 'share-rules',
        questionId: 'gdp-total',
        entry: { answer: 12.47, checked: true },
      },
      { exerciseId: 'Bad Id!', questions: { q: { answer: '1', checked: false } } },
    ]);
  });

  it('sets aside progress stored by another version', () => {
    const storage = new MemoryStorage();
    const stored = { version: 2, state: { name: 'Sam', exercises: {} } };
    storage.setItem(PROGRESS_STORAGE_KEY, JSON.stringify(stored));
    const store = createProgressStore(() => storage);
    expect(store.getState().notice).toBe('version');
    expect(store.getState().name).toBe('');
    const [aside] = setAsideKeys(storage);
    expect(JSON.parse(storage.getItem(aside ?? '') ?? '')).toEqual({ version: 2, state: stored.state });
  });

  it('reports a browser that refuses to store, once, without a write loop', () => {
    const storage = new FullStorage();
    const store = createProgressStore(() => storage);
    store.getState().setAnswer('a', 'q1', '1');
    expect(store.getState().notice).toBe('unsaved');
    expect(store.getState().exercises['a']?.['q1']?.answer).toBe('1');
    expect(storage.writes).toBeLessThan(5);
  });

  it('survives a storage that cannot even be reached', () => {
    const store = createProgressStore(() => {
      throw new Error('SecurityError');
    });
    store.getState().setName('Ana');
    expect(store.getState().name).toBe('Ana');
  });
});
