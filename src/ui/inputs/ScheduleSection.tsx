/** Section 2: when the money is spent, and how prices and costs move. */
import { COST_GROWTH_MARKS, LIMITS, type Profile } from '../../core';
import { useAppStore } from '../../state';
import { ChoiceGroup } from './ChoiceGroup';
import { NumberField } from './NumberField';

const PROFILE_CHOICES = [
  { value: 'even', label: 'Even', hint: 'the same every year' },
  { value: 'front', label: 'Front-loaded', hint: 'most at the start' },
  { value: 'back', label: 'Back-loaded', hint: 'most at the end' },
  { value: 'bell', label: 'Bell', hint: 'peaks in the middle years' },
] as const;

const GROWTH_MARKS = COST_GROWTH_MARKS.map((m) => ({
  value: m.value,
  label: `${m.value}% ${m.short ?? ''}`.trim(),
}));

export function ScheduleSection() {
  const form = useAppStore((s) => s.form);
  const edit = useAppStore((s) => s.edit);
  return (
    <fieldset className="section">
      <legend>2. Schedule and prices</legend>
      <NumberField
        label="Start year"
        unit="year"
        value={form.startYear}
        min={LIMITS.startYear.min}
        max={LIMITS.startYear.max}
        step={1}
        onChange={(v) => edit('startYear', { startYear: v })}
      />
      <NumberField
        label="Years"
        unit="years"
        value={form.years}
        min={LIMITS.years.min}
        max={LIMITS.years.max}
        step={1}
        onChange={(v) => edit('years', { years: v })}
      />
      <ChoiceGroup<Profile>
        legend="Spending profile"
        name="profile"
        value={form.profile}
        choices={PROFILE_CHOICES}
        onChange={(profile) => edit('profile', { profile })}
      />
      <NumberField
        label="Cost growth (%)"
        unit="% over the estimate"
        value={form.costGrowthPct}
        min={-100}
        max={300}
        step={1}
        marks={GROWTH_MARKS}
        hint="Big programs often cost more than first estimated: GAO found +26% on average, RAND +46%. Nunn-McCurdy breaches start at 15% and 25% unit-cost growth."
        onChange={(v) => edit('costGrowthPct', { costGrowthPct: v })}
      />
      <NumberField
        label="Inflation (%)"
        unit="% a year"
        value={form.inflationPct}
        min={LIMITS.inflationPct.min}
        max={20}
        step={0.1}
        hint="Turns the estimate's dollar-year prices into the dollars actually spent each year (nominal)."
        onChange={(v) => edit('inflationPct', { inflationPct: v })}
      />
      <NumberField
        label="Discount rate (%)"
        unit="% a year"
        value={form.discountRatePct}
        min={LIMITS.discountRatePct.min}
        max={20}
        step={0.1}
        hint="For the present value: what future spending is worth at the start year."
        onChange={(v) => edit('discountRatePct', { discountRatePct: v })}
      />
    </fieldset>
  );
}
