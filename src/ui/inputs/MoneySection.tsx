import { memo } from 'react';
/** Section 4: exchange rates and the context figures, each with its sourced default. */
import { CONTEXT_DEFAULTS, FX_DEFAULTS, type Context } from '../../core';
import type { MessageKey } from '../../i18n';
import { referenceLabel } from '../../i18n/catalogText';
import { currencyPrefix } from '../../i18n/format';
import { useAppStore } from '../../state';
import { useFormFields } from '../../state/formFields';
import { dateText, decimalText, numberText } from '../localeText';
import { SourceCite } from '../SourceCite';
import { useI18n } from '../useI18n';
import { NumberField } from './NumberField';
import { fromScaled, toScaled } from './scaled';

interface ContextField {
  readonly key: keyof Context;
  readonly label: MessageKey;
  /** The unit: billions of a currency (a year, for budgets), or millions of people. */
  readonly unit: { readonly billions: 'USD' | 'CAD'; readonly perYear?: boolean } | 'millionsPeople';
  readonly scale: string;
  readonly max: number;
  readonly step: number;
}

const CONTEXT_FIELDS: readonly ContextField[] = [
  {
    key: 'canadaGdpUsd',
    label: 'calculator.field.canadaGdpUsd',
    unit: { billions: 'USD' },
    scale: '1e9',
    max: 10000,
    step: 1,
  },
  {
    key: 'usGdpUsd',
    label: 'calculator.field.usGdpUsd',
    unit: { billions: 'USD' },
    scale: '1e9',
    max: 100000,
    step: 1,
  },
  {
    key: 'canadaPopulation',
    label: 'calculator.field.canadaPopulation',
    unit: 'millionsPeople',
    scale: '1e6',
    max: 100,
    step: 0.01,
  },
  {
    key: 'usPopulation',
    label: 'calculator.field.usPopulation',
    unit: 'millionsPeople',
    scale: '1e6',
    max: 1000,
    step: 0.01,
  },
  {
    key: 'canadaDefenceBudgetCad',
    label: 'calculator.field.canadaDefenceBudgetCad',
    unit: { billions: 'CAD', perYear: true },
    scale: '1e9',
    max: 500,
    step: 0.1,
  },
  {
    key: 'usDefenceBudgetUsd',
    label: 'calculator.field.usDefenceBudgetUsd',
    unit: { billions: 'USD', perYear: true },
    scale: '1e9',
    max: 5000,
    step: 1,
  },
];

export const MoneySection = memo(function MoneySection() {
  const { t, lang } = useI18n();
  const form = useFormFields('cadPerUsd', 'usdPerGbp', 'context');
  const edit = useAppStore((s) => s.edit);
  const unitOf = (f: ContextField) =>
    f.unit === 'millionsPeople'
      ? t('calculator.unit.millionsPeople')
      : t(f.unit.perYear ? 'calculator.unit.billionsYear' : 'calculator.unit.billions', {
          currency: currencyPrefix(f.unit.billions, lang),
        });
  const cadDefault = FX_DEFAULTS.cadPerUsd;
  const gbpDefault = FX_DEFAULTS.usdPerGbp;
  return (
    <fieldset className="section">
      <legend>{t('calculator.money.legend')}</legend>
      <NumberField
        label={t('calculator.field.cadPerUsd')}
        unit={t('calculator.unit.cadForUsd')}
        value={form.cadPerUsd}
        min={0.5}
        max={2.5}
        step={0.0001}
        marks={[
          {
            value: cadDefault.value,
            label: `${decimalText(cadDefault.value, lang)} (${t('calculator.money.cadMarkDates')})`,
          },
          { value: '1.3755', label: `${decimalText('1.3755', lang)} (${dateText('2025-05-23', lang)})` },
        ]}
        hint={
          <>
            {t('calculator.money.default')} <SourceCite source={cadDefault.source} lang={lang} />.
          </>
        }
        onChange={(v) => edit('cadPerUsd', { cadPerUsd: v })}
      />
      <NumberField
        label={t('calculator.field.usdPerGbp')}
        unit={t('calculator.unit.usdForGbp')}
        value={form.usdPerGbp}
        min={0.5}
        max={2.5}
        step={0.0001}
        marks={[
          {
            value: gbpDefault.value,
            label: `${decimalText(gbpDefault.value, lang)} (${dateText(gbpDefault.source.date, lang)})`,
          },
        ]}
        hint={t('calculator.money.gbpHint')}
        onChange={(v) => edit('usdPerGbp', { usdPerGbp: v })}
      />
      <details className="context">
        <summary>{t('calculator.money.context')}</summary>
        {CONTEXT_FIELDS.map((f) => {
          const ref = CONTEXT_DEFAULTS[f.key];
          return (
            <NumberField
              key={f.key}
              label={t(f.label)}
              unit={unitOf(f)}
              value={toScaled(form.context[f.key], f.scale)}
              min={0.01}
              max={f.max}
              step={f.step}
              hint={
                <>
                  {t('calculator.money.contextDefault', {
                    value: numberText(toScaled(ref.value, f.scale), lang),
                    label: referenceLabel(ref, lang),
                  })}{' '}
                  <SourceCite source={ref.source} lang={lang} />.
                </>
              }
              onChange={(v) =>
                edit(`context.${f.key}`, { context: { ...form.context, [f.key]: fromScaled(v, f.scale) } })
              }
            />
          );
        })}
      </details>
    </fieldset>
  );
});
