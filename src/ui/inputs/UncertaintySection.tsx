/** Section 5: ranges on the uncertain inputs, and the simulation's draws and seed. */
import { memo } from 'react';
import {
  SIMULATION_SETTINGS,
  defaultRange,
  DISTRIBUTIONS,
  ownValue,
  RANGED_INPUTS,
  type Distribution,
  type RangedInput,
} from '../../core';
import { derivePresented, getAppStore, useAppStore, type Derived, type RangeForm } from '../../state';
import { useI18n } from '../useI18n';
import { NumberField } from './NumberField';
import { rangeFieldLimits, rangeUnit, startingRange, withRange } from './rangeFields';

/**
 * The range's basis (what its suggested range is from), while the inputs can be computed and the
 * scenario has the input (GDP growth needs an outlook); `needsOutlook` when it lacks one.
 */
function basisOf(derived: Derived, input: RangedInput) {
  if (!derived.ok) return undefined;
  const { scenario } = derived.result;
  if (ownValue(scenario, input) === undefined) return 'needsOutlook';
  return defaultRange(scenario, input).basis;
}

/**
 * One input's range. It reads only what it shows (its range, its unit, its basis), so a step of
 * another slider does not redraw it; the scenario a new range starts from is read at the click.
 */
function RangeInput({ input }: { input: RangedInput }) {
  const { t, lang } = useI18n();
  const range = useAppStore((s) => s.form.ranges[input]);
  const unit = useAppStore((s) => rangeUnit(input, s.form, t, lang));
  // The scenario on screen, computed once per edit for the whole page (derivePresented).
  const basis = useAppStore((s) => basisOf(derivePresented(s), input));
  const edit = useAppStore((s) => s.edit);
  const name = t(`calculator.input.${input}`);
  const { min, max, step } = rangeFieldLimits(input);
  const set = (next: RangeForm | undefined) =>
    edit(`ranges.${input}`, { ranges: withRange(getAppStore().getState().form.ranges, input, next) });
  const start = () => {
    const derived = derivePresented(getAppStore().getState());
    return derived.ok ? startingRange(input, derived.result.scenario) : undefined;
  };
  const id = `range-${input}`;
  const needsOutlook = basis === 'needsOutlook';
  return (
    <div className="range-input">
      <label className="choice">
        <input
          type="checkbox"
          checked={range !== undefined}
          disabled={(basis === undefined || needsOutlook) && range === undefined}
          aria-describedby={needsOutlook ? `${id}-needs` : undefined}
          onChange={(e) => set(e.target.checked ? start() : undefined)}
        />
        <span>{t(`calculator.range.${input}`)}</span>
      </label>
      {needsOutlook && (
        <p className="field-hint" id={`${id}-needs`}>
          {t('calculator.range.needsOutlook')}
        </p>
      )}
      {range && (
        <div className="range-fields">
          {basis && !needsOutlook && <p className="field-hint">{t(`calculator.range.basis.${basis}`)}</p>}
          <NumberField
            label={t('calculator.range.low', { input: name })}
            unit={unit}
            value={range.low}
            min={min}
            max={max}
            step={step}
            onChange={(low) => set({ ...range, low })}
          />
          <NumberField
            label={t('calculator.range.high', { input: name })}
            unit={unit}
            value={range.high}
            min={min}
            max={max}
            step={step}
            onChange={(high) => set({ ...range, high })}
          />
          <div className="select-field">
            <label htmlFor={`${id}-distribution`}>
              {t('calculator.range.distribution', { input: name })}
            </label>
            <select
              id={`${id}-distribution`}
              value={range.distribution}
              onChange={(e) => set({ ...range, distribution: e.target.value as Distribution })}
            >
              {DISTRIBUTIONS.map((d) => (
                <option key={d} value={d}>
                  {t(`calculator.distribution.${d}`)}
                </option>
              ))}
            </select>
          </div>
        </div>
      )}
    </div>
  );
}

export const UncertaintySection = memo(function UncertaintySection() {
  const { t } = useI18n();
  const draws = useAppStore((s) => s.draws);
  const seed = useAppStore((s) => s.seed);
  const setSimulation = useAppStore((s) => s.setSimulation);
  return (
    <fieldset className="section">
      <legend>{t('calculator.uncertainty.legend')}</legend>
      <p className="section-note">{t('calculator.uncertainty.note')}</p>
      {RANGED_INPUTS.map((input) => (
        <RangeInput key={input} input={input} />
      ))}
      <NumberField
        label={t('calculator.field.draws')}
        unit={t('calculator.draws.unit')}
        value={String(draws)}
        min={SIMULATION_SETTINGS.draws.slider.min}
        max={SIMULATION_SETTINGS.draws.slider.max}
        step={SIMULATION_SETTINGS.draws.slider.step}
        onChange={(v) => setSimulation(Number(v), seed)}
      />
      <NumberField
        label={t('calculator.field.seed')}
        unit={t('calculator.seed.unit')}
        value={String(seed)}
        min={SIMULATION_SETTINGS.seed.slider.min}
        max={SIMULATION_SETTINGS.seed.slider.max}
        step={SIMULATION_SETTINGS.seed.slider.step}
        hint={t('calculator.seed.hint')}
        onChange={(v) => setSimulation(draws, Number(v))}
      />
    </fieldset>
  );
});
