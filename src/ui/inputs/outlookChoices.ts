/**
 * What the outlook section offers, in the page's language, all from core's tables: the as given /
 * projected choice, each budget's paths (BUDGET_PATHS) with their hints, the growth rates' sourced
 * marks (GROWTH_FIGURES), the target's marks (NATO's targets) and the figures the paths are sourced
 * from. Pure: OutlookSection only draws them.
 */
import {
  BUDGET_PATHS,
  GDP_BASE_YEAR,
  GROWTH_FIGURES,
  NATO_TARGETS_PCT,
  OUTLOOK_FIGURES,
  PLEDGE_PCT,
  type BudgetPathName,
  type GrowthKey,
  type ReferenceFigure,
} from '../../core';
import {
  budgetPathHint,
  budgetPathName,
  budgetYearText,
  pctText,
  referenceShort,
  type BudgetField,
  type Lang,
} from '../../i18n';
import type { I18n } from '../useI18n';
import type { Choice } from './ChoiceGroup';
import type { Mark } from './NumberField';

type T = I18n['t'];
export type OutlookMode = 'given' | 'projected';

/** As given (the context's figures every year) or projected. */
export function modeChoices(t: T, lang: Lang): readonly Choice<OutlookMode>[] {
  const years = { gdpYear: String(GDP_BASE_YEAR), budgetYear: budgetYearText('canadaBudget', lang) };
  return [
    { value: 'given', label: t('calculator.outlook.given'), hint: t('calculator.outlook.given.hint', years) },
    {
      value: 'projected',
      label: t('calculator.outlook.projected'),
      hint: t('calculator.outlook.projected.hint', years),
    },
  ];
}

/** A budget's paths, in core's order, each with where it starts and ends. */
export function pathChoices(budget: BudgetField, lang: Lang): readonly Choice<BudgetPathName>[] {
  return BUDGET_PATHS.map((path) => ({
    value: path,
    label: budgetPathName(budget, path, lang),
    hint: budgetPathHint(budget, path, lang),
  }));
}

/** The growth rate's mark: its sourced default. */
export function growthMarks(key: GrowthKey, t: T, lang: Lang): Mark[] {
  const figure = GROWTH_FIGURES[key];
  return [
    {
      value: figure.value,
      label: t('calculator.mark', {
        value: pctText(figure.value, lang),
        label: referenceShort(figure, lang),
      }),
    },
  ];
}

/** The target share's marks: NATO's targets (2 % of GDP; 3.5 % core and 5 % in all by 2035). */
export function targetMarks(lang: Lang): Mark[] {
  return NATO_TARGETS_PCT.map((m) => ({ value: m.value, label: referenceShort(m, lang) }));
}

/** The figures the paths start and end at, each with its source. */
export const PATH_FIGURES: readonly ReferenceFigure[] = [...Object.values(OUTLOOK_FIGURES), PLEDGE_PCT];
