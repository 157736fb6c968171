// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createAppStore, STORAGE_KEY } from '../../src/state';
import { TAB_WRITE_INTERVAL_MS } from '../../src/state/syncStorage';
import { MemoryStorage } from '../support/memoryStorage';

/** A storage that counts the writes of the app's key. */
class CountingStorage extends MemoryStorage {
  writes = 0;
  override setItem(key: string, value: string): void {
    if (key === STORAGE_KEY) this.writes += 1;
    super.setItem(key, value);
  }
}

const storedYears = (storage: Storage) =>
  (JSON.parse(storage.getItem(STORAGE_KEY) ?? '{}') as { state: { draft: { years: number } } }).state.draft
    .years;

describe('writes of this tab’s own fields (a slider drag)', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('120 steps in 2 seconds are a handful of writes, and the last step is stored', () => {
    vi.useFakeTimers();
    const storage = new CountingStorage();
    const store = createAppStore(() => storage);
    storage.writes = 0;
    for (let i = 0; i < 120; i += 1) {
      store.getState().edit('years', { years: String(2 + (i % 30)) });
      vi.advanceTimersByTime(1000 / 60);
    }
    store.getState().edit('years', { years: '17' });
    expect(storage.writes).toBeLessThanOrEqual(2000 / TAB_WRITE_INTERVAL_MS + 1);
    vi.advanceTimersByTime(TAB_WRITE_INTERVAL_MS);
    expect(storedYears(storage)).toBe(17);
  });

  it('the first step is written at once, and leaving the page writes a waiting one at once', () => {
    vi.useFakeTimers();
    const storage = new CountingStorage();
    const store = createAppStore(() => storage);
    store.getState().edit('years', { years: '8' });
    expect(storedYears(storage)).toBe(8);
    store.getState().edit('years', { years: '9' });
    expect(storedYears(storage)).toBe(8);
    window.dispatchEvent(new Event('pagehide'));
    expect(storedYears(storage)).toBe(9);
  });

  it('a save during a drag is written at once, with the drag’s last step', () => {
    vi.useFakeTimers();
    const storage = new CountingStorage();
    const store = createAppStore(() => storage);
    store.getState().edit('years', { years: '8' });
    store.getState().edit('years', { years: '9' });
    store.getState().save('Mine');
    const stored = JSON.parse(storage.getItem(STORAGE_KEY) ?? '{}') as { state: { saved: unknown[] } };
    expect(stored.state.saved).toHaveLength(1);
    expect(storedYears(storage)).toBe(9);
  });
});
