/**
 * The fields of a range on an uncertain input, in the units the form shows (the base cost in
 * billions): each input's unit, limits and step, the suggested range a ticked box starts from, and
 * the form's ranges with one set or cleared. Pure.
 */
import { defaultRange, Dec, findEstimate, RANGE_LIMITS, type RangedInput, type Scenario } from '../../core';
import { currencyUnit, type Lang } from '../../i18n';
import { rangeScale, type RangeForm, type ScenarioForm } from '../../state';
import type { I18n } from '../useI18n';

interface InputInfo {
  /** The unit, in the page's language. */
  readonly unit: (f: ScenarioForm, t: I18n['t'], lang: Lang) => string;
  readonly max: number;
  readonly step: number;
}

const INFO: Record<RangedInput, InputInfo> = {
  baseCost: {
    unit: (f, t, lang) =>
      t('calculator.unit.billions', {
        currency: currencyUnit(
          f.costMode === 'custom' ? f.customCurrency : (findEstimate(f.estimateId)?.currency ?? 'USD'),
          lang,
        ),
      }),
    max: 100000,
    step: 1,
  },
  costGrowthPct: { unit: () => '%', max: 300, step: 1 },
  inflationPct: { unit: (_, t) => t('calculator.unit.pctYear'), max: 20, step: 0.1 },
  cadPerUsd: { unit: (_, t) => t('calculator.unit.cadForUsd'), max: 2.5, step: 0.0001 },
  canadaSharePct: { unit: (_, t) => t('calculator.unit.pctShared'), max: 100, step: 0.1 },
  canadaGdpGrowthPct: {
    unit: (_, t) => t('calculator.unit.pctYear'),
    max: RANGE_LIMITS.canadaGdpGrowthPct.max,
    step: 0.1,
  },
};

/** A range field's unit in the page's language ("US$ billions", "% a year"). */
export function rangeUnit(input: RangedInput, form: ScenarioForm, t: I18n['t'], lang: Lang): string {
  return INFO[input].unit(form, t, lang);
}

/** A range field's limits and step, in the units the field shows. */
export function rangeFieldLimits(input: RangedInput): { min: number; max: number; step: number } {
  const min = new Dec(RANGE_LIMITS[input].min).div(rangeScale(input)).toNumber();
  return { min, max: INFO[input].max, step: INFO[input].step };
}

/** The suggested range (core's defaultRange), in the units the fields show. */
export function startingRange(input: RangedInput, scenario: Scenario): RangeForm {
  const { low, high } = defaultRange(scenario, input);
  const scale = rangeScale(input);
  const shown = (d: Dec) => d.div(scale).toDecimalPlaces(4).toString();
  return { low: shown(low), high: shown(high), mostLikely: '', distribution: 'triangular' };
}

/** The form's ranges with `input`'s set to `next`, or cleared when `next` is undefined. */
export function withRange(
  ranges: ScenarioForm['ranges'],
  input: RangedInput,
  next: RangeForm | undefined,
): ScenarioForm['ranges'] {
  const out = { ...ranges };
  if (next) out[input] = next;
  else delete out[input];
  return out;
}
