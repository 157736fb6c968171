/** The fields of a range on an uncertain input, in the units the form shows. */
import { describe, expect, it } from 'vitest';
import { translate, type MessageKey, type Params } from '../../src/i18n';
import { defaultPreset, docToForm } from '../../src/state';
import { rangeFieldLimits, rangeUnit, withRange } from '../../src/ui/inputs/rangeFields';

const en = (key: MessageKey, params?: Params) => translate('en', key, params);

describe('rangeFields', () => {
  it('gives each input its limits in the units shown: the base cost in billions', () => {
    expect(rangeFieldLimits('baseCost')).toEqual({ min: 0, max: 100000, step: 1 });
    expect(rangeFieldLimits('costGrowthPct')).toEqual({ min: -100, max: 300, step: 1 });
    expect(rangeFieldLimits('inflationPct')).toEqual({ min: -10, max: 20, step: 0.1 });
    expect(rangeFieldLimits('cadPerUsd')).toEqual({ min: 0.01, max: 2.5, step: 0.0001 });
    expect(rangeFieldLimits('canadaSharePct')).toEqual({ min: 0, max: 100, step: 0.1 });
  });

  it('names the base cost’s unit by its currency', () => {
    const form = {
      ...docToForm(defaultPreset()),
      costMode: 'custom' as const,
      customCurrency: 'CAD' as const,
    };
    expect(rangeUnit('baseCost', form, en, 'en')).toBe(en('calculator.unit.billions', { currency: 'C$' }));
    expect(rangeUnit('costGrowthPct', form, en, 'en')).toBe('%');
  });

  it('sets one input’s range and clears it, leaving the others', () => {
    const r = { low: '1', high: '2', mostLikely: '', distribution: 'triangular' as const };
    const set = withRange({ inflationPct: r }, 'costGrowthPct', r);
    expect(set).toEqual({ inflationPct: r, costGrowthPct: r });
    expect(withRange(set, 'inflationPct', undefined)).toEqual({ costGrowthPct: r });
  });
});
