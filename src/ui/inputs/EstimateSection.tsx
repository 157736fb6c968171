/**
 * Section 1: which program estimate (catalog, grouped; Canada's asks are a share, set in section 3)
 * or a custom amount; and the preset picker.
 */
import { memo, useState } from 'react';
import {
  CATALOG,
  CURRENCIES,
  findEstimate,
  isProgramEstimate,
  LIMITS,
  PROGRAM_GROUPS,
  type Currency,
  type EstimateGroup,
} from '../../core';
import { currencyUnit, estimateLabel, type Lang, type MessageKey, scenarioName, translate } from '../../i18n';
import { PRESETS, useAppStore } from '../../state';
import { useFormFields } from '../../state/formFields';
import { useI18n } from '../useI18n';
import { KeptSettings } from './KeptSettings';
import { NumberField } from './NumberField';

/** The heading of an estimate group in the picker ("Initial funding" / "Financement initial"). */
function groupLabel(group: EstimateGroup, lang: Lang): string {
  return translate(lang, `calculator.group.${group}`);
}

const CURRENCY_NAMES: Record<Currency, MessageKey> = {
  USD: 'calculator.currency.USD',
  CAD: 'calculator.currency.CAD',
  GBP: 'calculator.currency.GBP',
};

const CUSTOM = '__custom__';

export function PresetPicker() {
  const { t, lang } = useI18n();
  const form = useAppStore((s) => s.form);
  const openScenario = useAppStore((s) => s.openScenario);
  const current = PRESETS.some((p) => p.id === form.id) ? form.id : '';
  return (
    <div className="select-field">
      <label htmlFor="preset">{t('calculator.preset.label')}</label>
      <select
        id="preset"
        value={current}
        onChange={(e) => {
          if (e.target.value !== '') openScenario({ kind: 'preset', id: e.target.value });
        }}
      >
        {current === '' && <option value="">{t('calculator.preset.own')}</option>}
        {PRESETS.map((p) => (
          <option key={p.id} value={p.id}>
            {scenarioName(p, lang)}
          </option>
        ))}
      </select>
    </div>
  );
}

export const EstimateSection = memo(function EstimateSection() {
  const { t, lang } = useI18n();
  const form = useFormFields(
    'costMode',
    'estimateId',
    'customLabel',
    'customCurrency',
    'customAmountBillions',
    'customDollarYear',
  );
  const edit = useAppStore((s) => s.edit);
  const value = form.costMode === 'custom' ? CUSTOM : form.estimateId;
  // The estimate just picked, for the hint on the settings it kept (cleared by loading its preset).
  const [picked, setPicked] = useState<string | null>(null);
  // A file from before the asks left the picker can still have one as its base cost: list it so the picker tells the truth.
  const shown = CATALOG.filter((e) => isProgramEstimate(e) || e.id === value);
  const groups = shown.some((e) => !isProgramEstimate(e))
    ? [...PROGRAM_GROUPS, 'canada-ask' as const]
    : PROGRAM_GROUPS;
  // The custom amount's default label, in the page's language (a label the user typed is kept).
  const defaultLabel =
    form.customLabel === translate('en', 'calculator.estimate.defaultLabel')
      ? { customLabel: t('calculator.estimate.defaultLabel') }
      : {};
  return (
    <fieldset className="section">
      <legend>{t('calculator.estimate.legend')}</legend>
      <div className="select-field">
        <label htmlFor="estimate">{t('calculator.field.estimate')}</label>
        <select
          id="estimate"
          value={value}
          onChange={(e) => {
            if (e.target.value === CUSTOM) return edit('costMode', { costMode: 'custom', ...defaultLabel });
            const estimate = findEstimate(e.target.value);
            if (!estimate) return;
            setPicked(estimate.id);
            edit('estimateId', {
              costMode: 'estimate',
              estimateId: estimate.id,
              startYear: String(estimate.defaultStartYear),
              years: String(estimate.defaultYears),
            });
          }}
        >
          {groups.map((group) => (
            <optgroup key={group} label={groupLabel(group, lang)}>
              {shown
                .filter((e) => e.group === group)
                .map((e) => (
                  <option key={e.id} value={e.id}>
                    {estimateLabel(e, lang)}
                  </option>
                ))}
            </optgroup>
          ))}
          <option value={CUSTOM}>{t('calculator.estimate.custom')}</option>
        </select>
      </div>
      {picked && <KeptSettings estimateId={picked} onLoad={() => setPicked(null)} />}
      {form.costMode === 'custom' && (
        <div className="custom-cost">
          <NumberField
            label={t('calculator.field.amount')}
            unit={t('calculator.unit.billions', { currency: currencyUnit(form.customCurrency, lang) })}
            value={form.customAmountBillions}
            min={0}
            max={4000}
            step={0.1}
            onChange={(v) => edit('customAmountBillions', { customAmountBillions: v })}
          />
          <div className="select-field">
            <label htmlFor="custom-currency">{t('calculator.estimate.customCurrency')}</label>
            <select
              id="custom-currency"
              value={form.customCurrency}
              onChange={(e) => edit('customCurrency', { customCurrency: e.target.value as Currency })}
            >
              {CURRENCIES.map((c) => (
                <option key={c} value={c}>
                  {t(CURRENCY_NAMES[c])}
                </option>
              ))}
            </select>
          </div>
          <NumberField
            label={t('calculator.field.dollarYear')}
            unit={t('calculator.estimate.dollarYearUnit')}
            value={form.customDollarYear}
            min={LIMITS.dollarYear.min}
            max={LIMITS.dollarYear.max}
            year
            step={1}
            onChange={(v) => edit('customDollarYear', { customDollarYear: v })}
          />
          <div className="text-field">
            <label htmlFor="custom-label">{t('calculator.field.customLabel')}</label>
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
});
