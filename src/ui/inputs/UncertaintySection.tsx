import { memo } from 'react';
/** Section 5: ranges on the uncertain inputs, and the simulation's draws and seed. */
import type { Dec } from '../../core';
import {
  SIMULATION_SETTINGS,
  defaultRange,
  DISTRIBUTIONS,
  findEstimate,
  RANGE_LIMITS,
  type Distribution,
  type RangedInput,
  type Scenario,
} from '../../core';
import type { Lang } from '../../i18n';
import { deriveResult, rangeScale, useAppStore, type RangeForm, type ScenarioForm } from '../../state';
import { useI18n, type I18n } from '../useI18n';
import { NumberField } from './NumberField';
import { currencyUnit } from '../../i18n';

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
};

/** The suggested range (core's defaultRange), in the units the fields show. */
function startingRange(input: RangedInput, scenario: Scenario): RangeForm {
  const { low, high } = defaultRange(scenario, input);
  const scale = rangeScale(input);
  const shown = (d: Dec) => d.div(scale).toDecimalPlaces(4).toString();
  return { low: shown(low), high: shown(high), mostLikely: '', distribution: 'triangular' };
}

function RangeInput({ input, scenario }: { input: RangedInput; scenario: Scenario | undefined }) {
  const { t, lang } = useI18n();
  const form = useAppStore((s) => s.form);
  const edit = useAppStore((s) => s.edit);
  const info = INFO[input];
  const name = t(`calculator.input.${input}`);
  const unit = info.unit(form, t, lang);
  const range = form.ranges[input];
  const min = RANGE_LIMITS[input].min / (input === 'baseCost' ? 1e9 : 1);
  const set = (next: RangeForm | undefined) => {
    const ranges = { ...form.ranges };
    if (next) ranges[input] = next;
    else delete ranges[input];
    edit(`ranges.${input}`, { ranges });
  };
  const id = `range-${input}`;
  return (
    <div className="range-input">
      <label className="choice">
        <input
          type="checkbox"
          checked={range !== undefined}
          disabled={!scenario && range === undefined}
          onChange={(e) => set(e.target.checked && scenario ? startingRange(input, scenario) : undefined)}
        />
        <span>{t(`calculator.range.${input}`)}</span>
      </label>
      {range && (
        <div className="range-fields">
          {scenario && (
            <p className="field-hint">{t(`calculator.range.basis.${defaultRange(scenario, input).basis}`)}</p>
          )}
          <NumberField
            label={t('calculator.range.low', { input: name })}
            unit={unit}
            value={range.low}
            min={min}
            max={info.max}
            step={info.step}
            onChange={(low) => set({ ...range, low })}
          />
          <NumberField
            label={t('calculator.range.high', { input: name })}
            unit={unit}
            value={range.high}
            min={min}
            max={info.max}
            step={info.step}
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
  const form = useAppStore((s) => s.form);
  const draws = useAppStore((s) => s.draws);
  const seed = useAppStore((s) => s.seed);
  const setSimulation = useAppStore((s) => s.setSimulation);
  const derived = deriveResult(form);
  const scenario = derived.ok ? derived.result.scenario : undefined;
  return (
    <fieldset className="section">
      <legend>{t('calculator.uncertainty.legend')}</legend>
      <p className="section-note">{t('calculator.uncertainty.note')}</p>
      {(Object.keys(INFO) as RangedInput[]).map((input) => (
        <RangeInput key={input} input={input} scenario={scenario} />
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
