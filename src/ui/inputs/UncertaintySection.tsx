/** Section 5: ranges on the uncertain inputs, and the simulation's draws and seed. */
import {
  catalogCostRange,
  Dec,
  DISTRIBUTIONS,
  findEstimate,
  NWS_SHARE_PCT,
  ownValue,
  RANGE_LIMITS,
  type Distribution,
  type RangedInput,
  type Scenario,
} from '../../core';
import { currencyPrefix } from '../../i18n/format';
import { deriveResult, rangeScale, useAppStore, type RangeForm, type ScenarioForm } from '../../state';
import { NumberField } from './NumberField';

interface InputInfo {
  readonly label: string;
  readonly unit: (f: ScenarioForm) => string;
  readonly max: number;
  readonly step: number;
}

const INFO: Record<RangedInput, InputInfo> = {
  baseCost: {
    label: 'Base cost',
    unit: (f) =>
      `${currencyPrefix(f.costMode === 'custom' ? f.customCurrency : (findEstimate(f.estimateId)?.currency ?? 'USD'))} billions`,
    max: 100000,
    step: 1,
  },
  costGrowthPct: { label: 'Cost growth', unit: () => '%', max: 300, step: 1 },
  inflationPct: { label: 'Inflation', unit: () => '% a year', max: 20, step: 0.1 },
  cadPerUsd: { label: 'CAD per USD', unit: () => 'C$ for one US$', max: 2.5, step: 0.0001 },
  canadaSharePct: { label: 'Canada’s share', unit: () => '% of the shared cost', max: 100, step: 0.1 },
};

const DISTRIBUTION_WORDS: Record<Distribution, string> = {
  uniform: 'Uniform: every value in the range equally likely',
  triangular: 'Triangular: most likely at the scenario’s own value',
};

/** A starting range that contains the scenario's own value, from sourced figures where there are some. */
function defaultRange(input: RangedInput, scenario: Scenario, form: ScenarioForm): RangeForm {
  const own = ownValue(scenario, input) ?? new Dec(0);
  const pair =
    input === 'baseCost' && form.costMode === 'estimate' ? catalogCostRange(form.estimateId) : undefined;
  const [low, high]: [Dec, Dec] = pair
    ? [pair.low, pair.high]
    : input === 'baseCost'
      ? [own.times('0.75'), own.times('1.5')]
      : input === 'costGrowthPct'
        ? [new Dec(0), new Dec(46)] // GAO +26%, RAND +46%
        : input === 'cadPerUsd'
          ? [new Dec('1.3755'), new Dec('1.396')] // market quotes, 20–23 May 2025
          : input === 'canadaSharePct'
            ? [new Dec('7.13'), new Dec(NWS_SHARE_PCT.value)] // GDP share … North Warning System
            : [own.minus(1), own.plus(2)];
  const scale = rangeScale(input);
  const shown = (d: Dec) => d.div(scale).toDecimalPlaces(4).toString();
  return {
    low: shown(Dec.min(low, own)),
    high: shown(Dec.max(high, own)),
    mostLikely: '',
    distribution: 'triangular',
  };
}

function RangeInput({ input, scenario }: { input: RangedInput; scenario: Scenario | undefined }) {
  const form = useAppStore((s) => s.form);
  const edit = useAppStore((s) => s.edit);
  const info = INFO[input];
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
          onChange={(e) =>
            set(e.target.checked && scenario ? defaultRange(input, scenario, form) : undefined)
          }
        />
        <span>Range for {info.label.toLowerCase()}</span>
      </label>
      {range && (
        <div className="range-fields">
          <NumberField
            label={`${info.label} low`}
            unit={info.unit(form)}
            value={range.low}
            min={min}
            max={info.max}
            step={info.step}
            onChange={(low) => set({ ...range, low })}
          />
          <NumberField
            label={`${info.label} high`}
            unit={info.unit(form)}
            value={range.high}
            min={min}
            max={info.max}
            step={info.step}
            onChange={(high) => set({ ...range, high })}
          />
          <div className="select-field">
            <label htmlFor={`${id}-distribution`}>{info.label}: distribution</label>
            <select
              id={`${id}-distribution`}
              value={range.distribution}
              onChange={(e) => set({ ...range, distribution: e.target.value as Distribution })}
            >
              {DISTRIBUTIONS.map((d) => (
                <option key={d} value={d}>
                  {DISTRIBUTION_WORDS[d]}
                </option>
              ))}
            </select>
          </div>
        </div>
      )}
    </div>
  );
}

export function UncertaintySection() {
  const form = useAppStore((s) => s.form);
  const draws = useAppStore((s) => s.draws);
  const seed = useAppStore((s) => s.seed);
  const setSimulation = useAppStore((s) => s.setSimulation);
  const derived = deriveResult(form);
  const scenario = derived.ok ? derived.result.scenario : undefined;
  return (
    <fieldset className="section">
      <legend>5. Uncertainty</legend>
      <p className="section-note">
        Published figures span US$161B to US$3.6T. Give a range to any of these and the calculator draws
        thousands of combinations to show the spread of outcomes, and which assumption moves Canada’s total
        most.
      </p>
      {(Object.keys(INFO) as RangedInput[]).map((input) => (
        <RangeInput key={input} input={input} scenario={scenario} />
      ))}
      <NumberField
        label="Draws"
        unit="simulated combinations"
        value={String(draws)}
        min={1000}
        max={100000}
        step={1000}
        onChange={(v) => setSimulation(Number(v), seed)}
      />
      <NumberField
        label="Seed"
        unit="(same seed, same numbers)"
        value={String(seed)}
        min={0}
        max={4294967295}
        step={1}
        hint="The simulation is repeatable: the same seed gives the same numbers here and in the command line."
        onChange={(v) => setSimulation(draws, Number(v))}
      />
    </fieldset>
  );
}
