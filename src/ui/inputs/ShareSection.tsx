/** Section 3: how Canada's share is set, what part is shared, and any credit. */
import { memo } from 'react';
import { SHARE_RULE_SPECS, type Currency, type Dollars, type ShareRuleName } from '../../core';
import { currencyUnit } from '../../i18n';
import { useAppStore } from '../../state';
import { useFormFields } from '../../state/formFields';
import { useI18n } from '../useI18n';
import { AskPicker } from './AskPicker';
import { ChoiceGroup } from './ChoiceGroup';
import { NumberField } from './NumberField';
import { askMarks, creditMarks, dollarsChoices, percentMarks, shareRuleChoices } from './shareChoices';

const PERCENT = SHARE_RULE_SPECS.percent.params.percent;

export const ShareSection = memo(function ShareSection() {
  const { t, lang } = useI18n();
  // Only what this section shows: a step of another section's slider leaves it alone.
  const form = useFormFields(
    'shareRule',
    'sharePercent',
    'fixedAmountBillions',
    'fixedCurrency',
    'fixedAmountDollars',
    'coveredPct',
    'creditCadBillions',
    'creditDollars',
    'costMode',
    'customDollarYear',
    'estimateId',
  );
  const edit = useAppStore((s) => s.edit);
  const dollars = dollarsChoices(t, form);
  return (
    <fieldset className="section">
      <legend>{t('calculator.share.legend')}</legend>
      <p className="section-note">{t('calculator.share.note')}</p>
      <AskPicker />
      <ChoiceGroup<ShareRuleName>
        legend={t('calculator.share.ruleLegend')}
        name="share-rule"
        value={form.shareRule}
        choices={shareRuleChoices(t, lang)}
        onChange={(shareRule) => edit('shareRule', { shareRule })}
      />
      {form.shareRule === 'percent' && (
        <NumberField
          label={t('calculator.field.sharePercent')}
          path="share.percent"
          unit={t('calculator.unit.pctShared')}
          value={form.sharePercent}
          min={PERCENT.min}
          max={PERCENT.max}
          step={0.1}
          marks={percentMarks(t, lang)}
          onChange={(v) => edit('sharePercent', { sharePercent: v })}
        />
      )}
      {form.shareRule === 'fixed' && (
        <>
          <NumberField
            label={t('calculator.field.fixedAmount')}
            path="share.amount"
            unit={t('calculator.share.fixedUnit', { currency: currencyUnit(form.fixedCurrency, lang) })}
            value={form.fixedAmountBillions}
            min={0}
            max={1000}
            step={0.5}
            marks={form.fixedCurrency === 'USD' ? askMarks(t, lang) : []}
            onChange={(v) => edit('fixedAmountBillions', { fixedAmountBillions: v })}
          />
          <div className="select-field">
            <label htmlFor="fixed-currency">{t('calculator.share.fixedCurrency')}</label>
            <select
              id="fixed-currency"
              value={form.fixedCurrency}
              onChange={(e) => edit('fixedCurrency', { fixedCurrency: e.target.value as Currency })}
            >
              <option value="USD">{t('calculator.currency.USD')}</option>
              <option value="CAD">{t('calculator.currency.CAD')}</option>
            </select>
          </div>
          <ChoiceGroup<Dollars>
            legend={t('explain.fixedDollars.legend')}
            name="fixed-dollars"
            value={form.fixedAmountDollars}
            choices={dollars}
            onChange={(fixedAmountDollars) => edit('fixedAmountDollars', { fixedAmountDollars })}
          />
        </>
      )}
      <NumberField
        label={t('calculator.field.coveredPct')}
        path="share.coveredPct"
        unit={t('calculator.share.coveredUnit')}
        value={form.coveredPct}
        min={0}
        max={100}
        step={1}
        hint={t('calculator.share.coveredHint')}
        onChange={(v) => edit('coveredPct', { coveredPct: v })}
      />
      <NumberField
        label={t('calculator.field.creditCad')}
        unit={t('calculator.unit.billions', { currency: currencyUnit('CAD', lang) })}
        value={form.creditCadBillions}
        min={0}
        max={200}
        step={0.1}
        marks={creditMarks(t, lang)}
        hint={t('calculator.share.creditHint')}
        onChange={(v) => edit('creditCadBillions', { creditCadBillions: v })}
      />
      {!/^[0.\s]*$/.test(form.creditCadBillions) && (
        <ChoiceGroup<Dollars>
          legend={t('explain.creditDollars.legend')}
          name="credit-dollars"
          value={form.creditDollars}
          choices={dollars}
          onChange={(creditDollars) => edit('creditDollars', { creditDollars })}
        />
      )}
    </fieldset>
  );
});
