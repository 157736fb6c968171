/** Ticking saved scenarios to compare: at most MAX_COMPARE, and a ticked one can always be unticked. */
import { describe, expect, it } from 'vitest';
import { MAX_COMPARE } from '../../src/state';
import { compareState } from '../../src/ui/saved/compareState';

describe('compareState', () => {
  const keys = Array.from({ length: MAX_COMPARE }, (_, i) => `k${i}`);
  it('refuses another once the comparison is full, but keeps the ticked ones open', () => {
    expect(compareState(keys, 'other')).toEqual({ comparing: false, full: true });
    expect(compareState(keys, 'k0')).toEqual({ comparing: true, full: false });
    expect(compareState(keys.slice(1), 'other')).toEqual({ comparing: false, full: false });
  });
});
