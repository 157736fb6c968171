import { memo } from 'react';
/** Section 2: when the money is spent, and how prices and costs move. */
import { COST_GROWTH_MARKS, LIMITS, PROFILES, type Profile } from '../../core';
import { useAppStore } from '../../state';
import { useFormFields } from '../../state/formFields';
import { useI18n } from '../useI18n';
import { ChoiceGroup } from './ChoiceGroup';
import { NumberField } from './NumberField';
import { pctText, referenceShort } from '../../i18n';

export const ScheduleSection = memo(function ScheduleSection() {
  const { t, lang } = useI18n();
  const form = useFormFields(
    'startYear',
    'years',
    'profile',
    'costGrowthPct',
    'inflationPct',
    'discountRatePct',
  );
  const edit = useAppStore((s) => s.edit);
  const profiles = PROFILES.map((value) => ({
    value,
    label: t(`calculator.profile.${value}`),
    hint: t(`calculator.profile.${value}.hint`),
  }));
  const growthMarks = COST_GROWTH_MARKS.map((m) => ({
    value: m.value,
    label: t('calculator.mark', { value: pctText(m.value, lang), label: referenceShort(m, lang) }),
  }));
  return (
    <fieldset className="section">
      <legend>{t('calculator.schedule.legend')}</legend>
      <NumberField
        label={t('calculator.field.startYear')}
        unit={t('calculator.unit.year')}
        value={form.startYear}
        min={LIMITS.startYear.min}
        max={LIMITS.startYear.max}
        year
        step={1}
        onChange={(v) => edit('startYear', { startYear: v })}
      />
      <NumberField
        label={t('calculator.field.years')}
        unit={t('calculator.unit.years')}
        value={form.years}
        min={LIMITS.years.min}
        max={LIMITS.years.max}
        step={1}
        onChange={(v) => edit('years', { years: v })}
      />
      <ChoiceGroup<Profile>
        legend={t('calculator.profile.legend')}
        name="profile"
        value={form.profile}
        choices={profiles}
        onChange={(profile) => edit('profile', { profile })}
      />
      <NumberField
        label={t('calculator.field.costGrowthPct')}
        unit={t('calculator.costGrowth.unit')}
        value={form.costGrowthPct}
        min={-100}
        max={300}
        step={1}
        marks={growthMarks}
        hint={t('calculator.costGrowth.hint')}
        onChange={(v) => edit('costGrowthPct', { costGrowthPct: v })}
      />
      <NumberField
        label={t('calculator.field.inflationPct')}
        unit={t('calculator.unit.pctYear')}
        value={form.inflationPct}
        min={LIMITS.inflationPct.min}
        max={20}
        step={0.1}
        hint={t('calculator.inflation.hint')}
        onChange={(v) => edit('inflationPct', { inflationPct: v })}
      />
      <NumberField
        label={t('calculator.field.discountRatePct')}
        unit={t('calculator.unit.pctYear')}
        value={form.discountRatePct}
        min={LIMITS.discountRatePct.min}
        max={20}
        step={0.1}
        hint={t('calculator.discount.hint')}
        onChange={(v) => edit('discountRatePct', { discountRatePct: v })}
      />
    </fieldset>
  );
});
