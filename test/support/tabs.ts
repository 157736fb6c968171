/**
 * Several "tabs" over one Web Storage, as a browser has them: each tab gets its own view of the
 * same data, and a write in one tab is announced (like the `storage` event) to the others only.
 */
import type { StorageEvents } from '../../src/state/syncStorage';
import { MemoryStorage } from './memoryStorage';

type Listener = (key: string | null, newValue: string | null) => void;

export class SharedStorage {
  readonly data = new MemoryStorage();
  private readonly listeners = new Map<number, Set<Listener>>();
  /** When set, every write throws, as a full storage does. */
  full = false;

  /** A tab's view: its Storage and its `storage` events. */
  tab(id: number): { storage: () => Storage; events: StorageEvents } {
    const { data, listeners: all } = this;
    const isFull = () => this.full;
    const listeners = new Set<Listener>();
    this.listeners.set(id, listeners);
    const storage = {
      get length() {
        return data.length;
      },
      clear: () => data.clear(),
      key: (i: number) => data.key(i),
      getItem: (k: string) => data.getItem(k),
      removeItem: (k: string) => data.removeItem(k),
      setItem: (k: string, v: string) => {
        if (isFull()) throw new DOMException('quota', 'QuotaExceededError');
        data.setItem(k, v);
        for (const [other, set] of all) if (other !== id) for (const l of set) l(k, v);
      },
    } satisfies Storage;
    return {
      storage: () => storage,
      events: (onChange) => {
        listeners.add(onChange);
        return () => listeners.delete(onChange);
      },
    };
  }
}
