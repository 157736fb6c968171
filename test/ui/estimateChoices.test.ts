/** What the estimate picker offers and what a pick sets. */
import { describe, expect, it } from 'vitest';
import { CATALOG } from '../../src/core';
import { CUSTOM, estimateGroups, pickedFields, pickerValue } from '../../src/ui/inputs/estimateChoices';

describe('estimateChoices', () => {
  it('lists the program groups with every program estimate once, and no ask', () => {
    const groups = estimateGroups('trump-total-2025');
    expect(groups.map((g) => g.group)).toEqual(['initial', 'whole-system', 'twenty-year']);
    const ids = groups.flatMap((g) => g.estimates.map((e) => e.id));
    expect(ids).toContain('trump-total-2025');
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.length).toBe(CATALOG.filter((e) => e.group !== 'canada-ask').length);
  });

  it('lists an ask when a file uses it as its base cost, under its own group', () => {
    const ask = CATALOG.find((e) => e.id === 'trump-canada-61');
    const groups = estimateGroups('trump-canada-61');
    expect(groups.at(-1)).toEqual({ group: 'canada-ask', estimates: ask ? [ask] : 'missing' });
  });

  it('picks an estimate with its default start and years', () => {
    expect(pickedFields('trump-total-2025', 'My estimate', 'en')).toEqual({
      field: 'estimateId',
      estimateId: 'trump-total-2025',
      patch: { costMode: 'estimate', estimateId: 'trump-total-2025', startYear: '2026', years: '3' },
    });
    expect(pickedFields('no-such-estimate', '', 'en')).toBeUndefined();
  });

  it('picks the custom amount, naming it in the page language unless the user named it', () => {
    expect(pickedFields(CUSTOM, 'My estimate', 'fr')).toEqual({
      field: 'costMode',
      patch: { costMode: 'custom', customLabel: 'Mon estimation' },
    });
    expect(pickedFields(CUSTOM, 'My own figure', 'fr')).toEqual({
      field: 'costMode',
      patch: { costMode: 'custom' },
    });
    expect(pickerValue({ costMode: 'custom', estimateId: 'x' })).toBe(CUSTOM);
    expect(pickerValue({ costMode: 'estimate', estimateId: 'x' })).toBe('x');
  });
});
