import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

afterEach(() => {
  cleanup();
  // The page keeps its view in the address (ui/address.ts): each test starts from a bare address.
  if (typeof window !== 'undefined') window.history.replaceState(null, '', '/');
});

// jsdom has no layout: give recharts' ResponsiveContainer a fixed size so charts render an <svg>.
if (typeof window !== 'undefined' && typeof window.ResizeObserver === 'undefined') {
  class FixedResizeObserver {
    constructor(private readonly callback: ResizeObserverCallback) {}
    observe(target: Element) {
      const contentRect = { width: 800, height: 300, top: 0, left: 0, bottom: 300, right: 800, x: 0, y: 0 };
      this.callback([{ target, contentRect } as unknown as ResizeObserverEntry], this);
    }
    unobserve() {}
    disconnect() {}
  }
  window.ResizeObserver = FixedResizeObserver;
}
