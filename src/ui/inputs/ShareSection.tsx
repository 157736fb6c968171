/** Section 3: how Canada's share is set, what part is shared, and any credit. */
import {
  CATALOG,
  Dec,
  defaultContext,
  fixed,
  HUNDRED,
  NORAD_MODERNIZATION_CAD,
  NWS_SHARE_PCT,
  type Currency,
  type ShareRuleName,
} from '../../core';
import { currencyPrefix, formatPct } from '../../i18n/format';
import { useAppStore } from '../../state';
import { ChoiceGroup } from './ChoiceGroup';
import { NumberField } from './NumberField';
import { toScaled } from './scaled';

const ctx = defaultContext();
const GDP_PCT = ctx.canadaGdpUsd.div(ctx.canadaGdpUsd.plus(ctx.usGdpUsd)).times(HUNDRED);
const POP_PCT = ctx.canadaPopulation.div(ctx.canadaPopulation.plus(ctx.usPopulation)).times(HUNDRED);
const ASK_MARKS = CATALOG.filter((e) => e.group === 'canada-ask').map((e) => {
  const b = new Dec(e.amount).div('1e9').toString();
  return { value: b, label: `${b} (Trump, ${e.source.date})` };
});

export function ShareSection() {
  const form = useAppStore((s) => s.form);
  const edit = useAppStore((s) => s.edit);
  const choices = [
    {
      value: 'gdp',
      label: 'By size of economy (GDP)',
      hint: `Canada ${formatPct(GDP_PCT)} with the default GDP figures`,
    },
    {
      value: 'population',
      label: 'By population',
      hint: `Canada ${formatPct(POP_PCT)} with the default populations`,
    },
    {
      value: 'nws',
      label: 'North Warning System precedent',
      hint: `Canada ${NWS_SHARE_PCT.value}%, as for the Arctic radar line`,
    },
    { value: 'percent', label: 'A percentage you choose' },
    { value: 'fixed', label: 'A fixed amount', hint: 'such as Trump’s US$61B or US$71B asks' },
  ] as const;
  return (
    <fieldset className="section">
      <legend>3. Canada’s share</legend>
      <p className="section-note">No official split exists: every rule here is a scenario, not a fact.</p>
      <ChoiceGroup<ShareRuleName>
        legend="How Canada’s share is set"
        name="share-rule"
        value={form.shareRule}
        choices={choices}
        onChange={(shareRule) => edit('shareRule', { shareRule })}
      />
      {form.shareRule === 'percent' && (
        <NumberField
          label="Canada’s share (%)"
          unit="% of the shared cost"
          value={form.sharePercent}
          min={0}
          max={100}
          step={0.1}
          marks={[
            { value: fixed(GDP_PCT, 2), label: `${fixed(GDP_PCT, 2)}% GDP` },
            { value: fixed(POP_PCT, 2), label: `${fixed(POP_PCT, 2)}% population` },
            { value: NWS_SHARE_PCT.value, label: `${NWS_SHARE_PCT.value}% North Warning System` },
          ]}
          onChange={(v) => edit('sharePercent', { sharePercent: v })}
        />
      )}
      {form.shareRule === 'fixed' && (
        <>
          <NumberField
            label="Fixed amount"
            unit={`${currencyPrefix(form.fixedCurrency)} billions, Canada’s total`}
            value={form.fixedAmountBillions}
            min={0}
            max={1000}
            step={0.5}
            marks={form.fixedCurrency === 'USD' ? ASK_MARKS : []}
            onChange={(v) => edit('fixedAmountBillions', { fixedAmountBillions: v })}
          />
          <div className="select-field">
            <label htmlFor="fixed-currency">Currency of the fixed amount</label>
            <select
              id="fixed-currency"
              value={form.fixedCurrency}
              onChange={(e) => edit('fixedCurrency', { fixedCurrency: e.target.value as Currency })}
            >
              <option value="USD">US dollars (US$)</option>
              <option value="CAD">Canadian dollars (C$)</option>
            </select>
          </div>
        </>
      )}
      <NumberField
        label="Covered (%)"
        unit="% of the program shared with Canada"
        value={form.coveredPct}
        min={0}
        max={100}
        step={1}
        hint="The part of the system that protects both countries and is split; the US pays the rest alone."
        onChange={(v) => edit('coveredPct', { coveredPct: v })}
      />
      <NumberField
        label="Credit for NORAD spending"
        unit="C$ billions"
        value={form.creditCadBillions}
        min={0}
        max={200}
        step={0.1}
        marks={[
          {
            value: toScaled(NORAD_MODERNIZATION_CAD.value, '1e9'),
            label: `C$${toScaled(NORAD_MODERNIZATION_CAD.value, '1e9')}B NORAD modernization (2022)`,
          },
        ]}
        hint="Money Canada already spends on continental defence, counted toward its share (never below zero)."
        onChange={(v) => edit('creditCadBillions', { creditCadBillions: v })}
      />
    </fieldset>
  );
}
