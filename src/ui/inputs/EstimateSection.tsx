/** Section 1: which estimate (catalog, grouped) or a custom amount; and the preset picker. */
import {
  CATALOG,
  CURRENCIES,
  ESTIMATE_GROUPS,
  findEstimate,
  LIMITS,
  type Currency,
  type EstimateGroup,
} from '../../core';
import { currencyPrefix } from '../../i18n/format';
import { docToForm, PRESETS, useAppStore } from '../../state';
import { NumberField } from './NumberField';

export const GROUP_LABELS: Record<EstimateGroup, string> = {
  initial: 'Initial funding',
  'whole-system': 'Whole-system figures',
  'twenty-year': '20-year estimates',
  'canada-ask': 'Canada asks (a share, not a program cost)',
};

const CUSTOM = '__custom__';

export function PresetPicker() {
  const form = useAppStore((s) => s.form);
  const loadScenario = useAppStore((s) => s.loadScenario);
  const current = PRESETS.some((p) => p.id === form.id) ? form.id : '';
  return (
    <div className="select-field">
      <label htmlFor="preset">Preset scenario</label>
      <select
        id="preset"
        value={current}
        onChange={(e) => {
          const preset = PRESETS.find((p) => p.id === e.target.value);
          if (preset) loadScenario(docToForm(preset, form));
        }}
      >
        {current === '' && <option value="">(your own scenario)</option>}
        {PRESETS.map((p) => (
          <option key={p.id} value={p.id}>
            {p.name}
          </option>
        ))}
      </select>
    </div>
  );
}

export function EstimateSection() {
  const form = useAppStore((s) => s.form);
  const edit = useAppStore((s) => s.edit);
  const value = form.costMode === 'custom' ? CUSTOM : form.estimateId;
  return (
    <fieldset className="section">
      <legend>1. The estimate</legend>
      <div className="select-field">
        <label htmlFor="estimate">Published estimate</label>
        <select
          id="estimate"
          value={value}
          onChange={(e) => {
            if (e.target.value === CUSTOM) return edit('costMode', { costMode: 'custom' });
            const estimate = findEstimate(e.target.value);
            if (!estimate) return;
            edit('estimateId', {
              costMode: 'estimate',
              estimateId: estimate.id,
              startYear: String(estimate.defaultStartYear),
              years: String(estimate.defaultYears),
            });
          }}
        >
          {ESTIMATE_GROUPS.map((group) => (
            <optgroup key={group} label={GROUP_LABELS[group]}>
              {CATALOG.filter((e) => e.group === group).map((e) => (
                <option key={e.id} value={e.id}>
                  {e.label}
                </option>
              ))}
            </optgroup>
          ))}
          <option value={CUSTOM}>Custom amount…</option>
        </select>
      </div>
      {form.costMode === 'custom' && (
        <div className="custom-cost">
          <NumberField
            label="Amount"
            unit={`${currencyPrefix(form.customCurrency)} billions`}
            value={form.customAmountBillions}
            min={0}
            max={4000}
            step={0.1}
            onChange={(v) => edit('customAmountBillions', { customAmountBillions: v })}
          />
          <div className="select-field">
            <label htmlFor="custom-currency">Currency of the amount</label>
            <select
              id="custom-currency"
              value={form.customCurrency}
              onChange={(e) => edit('customCurrency', { customCurrency: e.target.value as Currency })}
            >
              {CURRENCIES.map((c) => (
                <option key={c} value={c}>
                  {c === 'USD'
                    ? 'US dollars (US$)'
                    : c === 'CAD'
                      ? 'Canadian dollars (C$)'
                      : 'British pounds (£)'}
                </option>
              ))}
            </select>
          </div>
          <NumberField
            label="Dollar-year"
            unit="year of prices"
            value={form.customDollarYear}
            min={LIMITS.dollarYear.min}
            max={LIMITS.dollarYear.max}
            step={1}
            onChange={(v) => edit('customDollarYear', { customDollarYear: v })}
          />
          <div className="text-field">
            <label htmlFor="custom-label">Where the amount comes from</label>
            <input
              id="custom-label"
              type="text"
              value={form.customLabel}
              maxLength={200}
              onChange={(e) => edit('customLabel', { customLabel: e.target.value })}
            />
          </div>
        </div>
      )}
    </fieldset>
  );
}
