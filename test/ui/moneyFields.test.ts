/** The words of the money section's fields. */
import { describe, expect, it } from 'vitest';
import { CONTEXT_FIGURES, CONTEXT_KEYS, FX_DEFAULTS } from '../../src/core';
import { translate, type MessageKey, type Params } from '../../src/i18n';
import { cadMarks, contextUnit, gbpMarks } from '../../src/ui/inputs/moneyFields';

const en = (key: MessageKey, params?: Params) => translate('en', key, params);

describe('moneyFields', () => {
  it('names each context figure’s unit from its table entry', () => {
    for (const key of CONTEXT_KEYS) {
      const { reference, display } = CONTEXT_FIGURES[key];
      const unit = contextUnit(key, en, 'en');
      if (reference.unit === 'people') expect(unit).toBe('millions of people');
      else if (reference.unit === 'km2') expect(unit).toBe('millions of km²');
      else expect(unit).toMatch('perYear' in display ? / billions a year$/ : / billions$/);
    }
  });

  it('shows the land areas in millions of km², in both languages', () => {
    expect(contextUnit('canadaLandAreaKm2', en, 'en')).toBe('millions of km²');
    expect(contextUnit('usLandAreaKm2', (k, p) => translate('fr', k, p), 'fr')).toBe('millions de km²');
    expect(CONTEXT_FIGURES.canadaLandAreaKm2.display.scale).toBe('1e6');
  });

  it('marks the sourced exchange rates', () => {
    expect(cadMarks(en, 'en').map((m) => m.value)).toEqual([FX_DEFAULTS.cadPerUsd.value, '1.3755']);
    expect(cadMarks(en, 'en')[1]?.label).toBe('1.3755 (May 23, 2025)');
    expect(gbpMarks('en').map((m) => m.value)).toEqual([FX_DEFAULTS.usdPerGbp.value]);
  });
});
