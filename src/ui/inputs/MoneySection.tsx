/** Section 4: exchange rates and the context figures, each with its sourced default. */
import { CONTEXT_DEFAULTS, FX_DEFAULTS, citeSource, type Context } from '../../core';
import { useAppStore } from '../../state';
import { NumberField } from './NumberField';
import { fromScaled, toScaled } from './scaled';

interface ContextField {
  readonly key: keyof Context;
  readonly label: string;
  readonly unit: string;
  readonly scale: string;
  readonly max: number;
  readonly step: number;
}

const CONTEXT_FIELDS: readonly ContextField[] = [
  { key: 'canadaGdpUsd', label: 'Canada GDP', unit: 'US$ billions', scale: '1e9', max: 10000, step: 1 },
  { key: 'usGdpUsd', label: 'US GDP', unit: 'US$ billions', scale: '1e9', max: 100000, step: 1 },
  {
    key: 'canadaPopulation',
    label: 'Canada population',
    unit: 'millions of people',
    scale: '1e6',
    max: 100,
    step: 0.01,
  },
  {
    key: 'usPopulation',
    label: 'US population',
    unit: 'millions of people',
    scale: '1e6',
    max: 1000,
    step: 0.01,
  },
  {
    key: 'canadaDefenceBudgetCad',
    label: 'Canada defence budget',
    unit: 'C$ billions a year',
    scale: '1e9',
    max: 500,
    step: 0.1,
  },
  {
    key: 'usDefenceBudgetUsd',
    label: 'US defence budget',
    unit: 'US$ billions a year',
    scale: '1e9',
    max: 5000,
    step: 1,
  },
];

export function MoneySection() {
  const form = useAppStore((s) => s.form);
  const edit = useAppStore((s) => s.edit);
  return (
    <fieldset className="section">
      <legend>4. Exchange rates and context</legend>
      <NumberField
        label="CAD per USD"
        unit="C$ for one US$"
        value={form.cadPerUsd}
        min={0.5}
        max={2.5}
        step={0.0001}
        marks={[
          { value: FX_DEFAULTS.cadPerUsd.value, label: `${FX_DEFAULTS.cadPerUsd.value} (20–21 May 2025)` },
          { value: '1.3755', label: '1.3755 (23 May 2025)' },
        ]}
        hint={`Default: ${citeSource(FX_DEFAULTS.cadPerUsd.source)}.`}
        onChange={(v) => edit('cadPerUsd', { cadPerUsd: v })}
      />
      <NumberField
        label="USD per GBP"
        unit="US$ for one £"
        value={form.usdPerGbp}
        min={0.5}
        max={2.5}
        step={0.0001}
        marks={[
          { value: FX_DEFAULTS.usdPerGbp.value, label: `${FX_DEFAULTS.usdPerGbp.value} (21 May 2025)` },
        ]}
        hint="Used only for figures stated in pounds (the £18.7bn report)."
        onChange={(v) => edit('usdPerGbp', { usdPerGbp: v })}
      />
      <details className="context">
        <summary>Context figures: GDP, population, defence budgets</summary>
        {CONTEXT_FIELDS.map((f) => {
          const ref = CONTEXT_DEFAULTS[f.key];
          return (
            <NumberField
              key={f.key}
              label={f.label}
              unit={f.unit}
              value={toScaled(form.context[f.key], f.scale)}
              min={0.01}
              max={f.max}
              step={f.step}
              hint={`Default ${toScaled(ref.value, f.scale)}: ${ref.label}. ${citeSource(ref.source)}.`}
              onChange={(v) =>
                edit(`context.${f.key}`, { context: { ...form.context, [f.key]: fromScaled(v, f.scale) } })
              }
            />
          );
        })}
      </details>
    </fieldset>
  );
}
