/**
 * The words of the year figures an answer may use (core/exercise/yearFigures.ts) and of the outlook's
 * inputs their worked chain starts from. Typed by core's year functions: adding one there makes the
 * type-check ask for its words here.
 */
import type { YearFunction } from '../../core';
import { frenchSpacing } from './frenchSpacing';

type Keys =
  | `exercises.fn.${YearFunction}`
  | 'chain.latestShare'
  | 'chain.targetShare'
  | 'chain.yearCount'
  | 'chain.gdpGrowth';

export const en = {
  'exercises.fn.year_gdp_usd': 'Canada’s GDP in {year}, in US dollars',
  'exercises.fn.year_budget_cad': 'Canada’s planned defence budget in {year}, in Canadian dollars',
  'exercises.fn.year_budget_pct': 'Canada’s planned defence budget in {year}, in % of GDP',
  'exercises.fn.year_pledge_pct': 'the NATO pledge path’s share of GDP in {year}, in %',
  'exercises.fn.year_pledge_gap_cad':
    'the new money the NATO pledge adds in {year} (the pledge path’s budget − today’s), in Canadian dollars',
  'exercises.fn.year_canada_cad': 'Canada’s Golden Dome cost in {year}, in Canadian dollars as spent',
  'chain.latestShare': 'Canada’s defence spending in 2025-26, in % of GDP',
  'chain.targetShare': 'the target share of GDP, reached in {year}, in %',
  'chain.yearCount': 'the years from {from} to {to}',
  'chain.gdpGrowth': '{years} years of GDP growth at {pct} a year ({factor} to the power {years})',
} as const satisfies Record<Keys, string>;

export const fr: Record<keyof typeof en, string> = frenchSpacing({
  'exercises.fn.year_gdp_usd': 'le PIB du Canada en {year}, en dollars américains',
  'exercises.fn.year_budget_cad': 'le budget de la défense prévu du Canada en {year}, en dollars canadiens',
  'exercises.fn.year_budget_pct': 'le budget de la défense prévu du Canada en {year}, en % du PIB',
  'exercises.fn.year_pledge_pct':
    'la part du PIB sur la trajectoire de l’engagement de l’OTAN en {year}, en %',
  'exercises.fn.year_pledge_gap_cad':
    'l’argent neuf qu’ajoute l’engagement de l’OTAN en {year} (le budget de la trajectoire de l’engagement − celui d’aujourd’hui), en dollars canadiens',
  'exercises.fn.year_canada_cad':
    'le coût du Dôme d’or pour le Canada en {year}, en dollars canadiens courants',
  'chain.latestShare': 'les dépenses de défense du Canada en 2025-2026, en % du PIB',
  'chain.targetShare': 'la part du PIB visée, atteinte en {year}, en %',
  'chain.yearCount': 'les années de {from} à {to}',
  'chain.gdpGrowth': '{years} ans de croissance du PIB à {pct} par an ({factor} à la puissance {years})',
});
