import { memo } from 'react';
/** Section 4: exchange rates and the context figures, each with its sourced default. */
import { CONTEXT_FIGURES, CONTEXT_KEYS, FX_DEFAULTS } from '../../core';
import { numberText, referenceLabel } from '../../i18n';
import { useAppStore } from '../../state';
import { useFormFields } from '../../state/formFields';
import { SourceCite } from '../SourceCite';
import { useI18n } from '../useI18n';
import { NumberField } from './NumberField';
import { cadMarks, contextUnit, gbpMarks } from './moneyFields';
import { fromScaled, toScaled } from './scaled';

export const MoneySection = memo(function MoneySection() {
  const { t, lang } = useI18n();
  const form = useFormFields('cadPerUsd', 'usdPerGbp', 'context');
  const edit = useAppStore((s) => s.edit);
  const cadDefault = FX_DEFAULTS.cadPerUsd;
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
        marks={cadMarks(t, lang)}
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
        marks={gbpMarks(lang)}
        hint={t('calculator.money.gbpHint')}
        onChange={(v) => edit('usdPerGbp', { usdPerGbp: v })}
      />
      <details className="context">
        <summary>{t('calculator.money.context')}</summary>
        {CONTEXT_KEYS.map((key) => {
          const { reference: ref, display } = CONTEXT_FIGURES[key];
          return (
            <NumberField
              key={key}
              label={t(`calculator.field.${key}`)}
              unit={contextUnit(key, t, lang)}
              value={toScaled(form.context[key], display.scale)}
              min={0.01}
              max={display.max}
              step={display.step}
              hint={
                <>
                  {t('calculator.money.contextDefault', {
                    value: numberText(toScaled(ref.value, display.scale), lang),
                    label: referenceLabel(ref, lang),
                  })}{' '}
                  <SourceCite source={ref.source} lang={lang} />.
                </>
              }
              onChange={(v) =>
                edit(`context.${key}`, { context: { ...form.context, [key]: fromScaled(v, display.scale) } })
              }
            />
          );
        })}
      </details>
    </fieldset>
  );
});
