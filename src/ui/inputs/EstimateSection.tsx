/**
 * Section 1: which program estimate (catalog, grouped; Canada's asks are a share, set in section 3)
 * or a custom amount. What the picker offers and what a pick sets: estimateChoices.ts.
 */
import { memo, useState } from 'react';
import { CURRENCIES, LIMITS, type Currency, type EstimateGroup } from '../../core';
import { currencyUnit, estimateLabel, type Lang, type MessageKey, translate } from '../../i18n';
import { useAppStore } from '../../state';
import { useFormFields } from '../../state/formFields';
import { useI18n } from '../useI18n';
import { CUSTOM, estimateGroups, pickedFields, pickerValue } from './estimateChoices';
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
  const value = pickerValue(form);
  // The estimate just picked, for the hint on the settings it kept (cleared by loading its preset).
  const [picked, setPicked] = useState<string | null>(null);
  const pick = (choice: string) => {
    const picking = pickedFields(choice, form.customLabel, lang);
    if (!picking) return;
    if (picking.estimateId) setPicked(picking.estimateId);
    edit(picking.field, picking.patch);
  };
  return (
    <fieldset className="section">
      <legend>{t('calculator.estimate.legend')}</legend>
      <div className="select-field">
        <label htmlFor="estimate">{t('calculator.field.estimate')}</label>
        <select id="estimate" value={value} onChange={(e) => pick(e.target.value)}>
          {estimateGroups(value).map(({ group, estimates }) => (
            <optgroup key={group} label={groupLabel(group, lang)}>
              {estimates.map((e) => (
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
