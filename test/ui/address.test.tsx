// @vitest-environment jsdom
import { act, render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createAppStore, getAppStore, replaceAppStore } from '../../src/state';
import { App } from '../../src/ui/App';
import { MemoryStorage } from '../support/memoryStorage';

describe('the address bar', () => {
  it('holds the current view, and a link pasted into an open tab is opened', () => {
    replaceAppStore(createAppStore(() => new MemoryStorage()));
    render(<App />);
    act(() => getAppStore().getState().edit('years', { years: '12' }));
    const link = window.location.hash;
    expect(link).toMatch(/^#s=2\./);
    act(() => getAppStore().getState().edit('startYear', { startYear: '2030' }));
    expect(window.location.hash).not.toBe(link);
    act(() => {
      const oldURL = window.location.href;
      window.location.hash = link;
      window.dispatchEvent(new HashChangeEvent('hashchange', { oldURL, newURL: window.location.href }));
    });
    expect(getAppStore().getState().form.startYear).toBe('2026');
    expect(getAppStore().getState().notice?.key).toBe('notice.linkOpened');
  });
});
