/**
 * The offer of a new version. The service worker of the hosted app (see main.tsx) installs a new
 * version in the background and waits; the page offers it ("A new version is ready — reload") and
 * switches only when asked, so nothing changes under a class in the middle of a lesson.
 */
import { useSyncExternalStore } from 'react';

type Apply = () => void;

let offered: Apply | null = null;
const listeners = new Set<() => void>();
const tell = () => listeners.forEach((l) => l());

/** Called when a new version is installed and waiting; `apply` switches to it and reloads. */
export function offerUpdate(apply: Apply): void {
  offered = apply;
  tell();
}

/**
 * Hides the offer. It comes back on the next page load while the new version still waits (which
 * takes over by itself once every tab of the app is closed).
 */
export function dismissUpdate(): void {
  offered = null;
  tell();
}

/** The waiting version's switch, or null when there is nothing to offer. */
export function useUpdateOffer(): Apply | null {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => offered,
  );
}
