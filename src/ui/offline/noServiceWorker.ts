/** The single HTML file registers no service worker: it is opened from disk, not served. */
export function registerSW(): (reload?: boolean) => Promise<void> {
  return () => Promise.resolve();
}
