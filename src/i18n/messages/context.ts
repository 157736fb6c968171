/**
 * The names of each context figure, in one area typed by core's context keys (src/core/context.ts):
 * adding a figure there makes the type-check ask for its words here, and only here. The keys keep
 * the prefixes of the screens that show them.
 */
import type { ContextKey } from '../../core';
import { frenchSpacing } from './frenchSpacing';

type Keys = `calculator.field.${ContextKey}` | `exercises.context.${ContextKey}`;

export const en = {
  'calculator.field.canadaGdpUsd': 'Canada GDP',
  'calculator.field.usGdpUsd': 'US GDP',
  'calculator.field.canadaPopulation': 'Canada population',
  'calculator.field.usPopulation': 'US population',
  'calculator.field.canadaDefenceBudgetCad': 'Canada defence budget',
  'calculator.field.usDefenceBudgetUsd': 'US defence budget',
  'calculator.field.canadaLandAreaKm2': 'Canada land area',
  'calculator.field.usLandAreaKm2': 'US land area',
  'exercises.context.canadaGdpUsd': 'Canada’s GDP, in US dollars',
  'exercises.context.usGdpUsd': 'the United States’ GDP, in US dollars',
  'exercises.context.canadaPopulation': 'Canada’s population',
  'exercises.context.usPopulation': 'the United States’ population',
  'exercises.context.canadaDefenceBudgetCad': 'Canada’s defence budget, in Canadian dollars',
  'exercises.context.usDefenceBudgetUsd': 'the United States’ defence budget, in US dollars',
  'exercises.context.canadaLandAreaKm2': 'Canada’s land area, in km²',
  'exercises.context.usLandAreaKm2': 'the United States’ land area, in km²',
} as const satisfies Record<Keys, string>;

export const fr: Record<keyof typeof en, string> = {
  ...frenchSpacing({
    'calculator.field.canadaGdpUsd': 'PIB du Canada',
    'calculator.field.usGdpUsd': 'PIB des États-Unis',
    'calculator.field.canadaPopulation': 'Population du Canada',
    'calculator.field.usPopulation': 'Population des États-Unis',
    'calculator.field.canadaDefenceBudgetCad': 'Budget de la défense du Canada',
    'calculator.field.usDefenceBudgetUsd': 'Budget de la défense des États-Unis',
    'calculator.field.canadaLandAreaKm2': 'Superficie des terres du Canada',
    'calculator.field.usLandAreaKm2': 'Superficie des terres des États-Unis',
  }),
  'exercises.context.canadaGdpUsd': 'le PIB du Canada, en dollars américains',
  'exercises.context.usGdpUsd': 'le PIB des États-Unis, en dollars américains',
  'exercises.context.canadaPopulation': 'la population du Canada',
  'exercises.context.usPopulation': 'la population des États-Unis',
  'exercises.context.canadaDefenceBudgetCad': 'le budget de la défense du Canada, en dollars canadiens',
  'exercises.context.usDefenceBudgetUsd': 'le budget de la défense des États-Unis, en dollars américains',
  'exercises.context.canadaLandAreaKm2': 'la superficie des terres du Canada, en km²',
  'exercises.context.usLandAreaKm2': 'la superficie des terres des États-Unis, en km²',
};
