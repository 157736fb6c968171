/**
 * What the estimate picker offers and what picking does: the program estimates grouped as in the
 * catalog (plus a Canada's-ask estimate a file still uses as its base cost, so the picker tells the
 * truth), the custom amount, and the form fields a pick sets. Pure.
 */
import {
  CATALOG,
  findEstimate,
  isProgramEstimate,
  PROGRAM_GROUPS,
  type Estimate,
  type EstimateGroup,
} from '../../core';
import { translate, type Lang } from '../../i18n';
import type { ScenarioForm } from '../../state';

/** The picker's value for the custom amount. */
export const CUSTOM = '__custom__';

/** The picker's value: the custom amount or the estimate's id. */
export function pickerValue(form: Pick<ScenarioForm, 'costMode' | 'estimateId'>): string {
  return form.costMode === 'custom' ? CUSTOM : form.estimateId;
}

/** The groups the picker lists, each with its estimates, in catalog order. */
export function estimateGroups(value: string): { group: EstimateGroup; estimates: Estimate[] }[] {
  // A file from before the asks left the picker can still have one as its base cost: list it.
  const shown = CATALOG.filter((e) => isProgramEstimate(e) || e.id === value);
  const groups: readonly EstimateGroup[] = shown.some((e) => !isProgramEstimate(e))
    ? [...PROGRAM_GROUPS, 'canada-ask']
    : PROGRAM_GROUPS;
  return groups.map((group) => ({ group, estimates: shown.filter((e) => e.group === group) }));
}

/** The form fields a pick sets, with the field it edits; undefined for an unknown id. */
export function pickedFields(
  value: string,
  customLabel: string,
  lang: Lang,
): { field: 'costMode' | 'estimateId'; patch: Partial<ScenarioForm>; estimateId?: string } | undefined {
  if (value === CUSTOM) {
    // The custom amount's default label, in the page's language (a label the user typed is kept).
    const defaultLabel =
      customLabel === translate('en', 'calculator.estimate.defaultLabel')
        ? { customLabel: translate(lang, 'calculator.estimate.defaultLabel') }
        : {};
    return { field: 'costMode', patch: { costMode: 'custom', ...defaultLabel } };
  }
  const estimate = findEstimate(value);
  if (!estimate) return undefined;
  return {
    field: 'estimateId',
    estimateId: estimate.id,
    patch: {
      costMode: 'estimate',
      estimateId: estimate.id,
      startYear: String(estimate.defaultStartYear),
      years: String(estimate.defaultYears),
    },
  };
}
