/**
 * The words of the year figures an answer may use (core/exercise/yearFigures.ts) and of the outlook's
 * inputs their worked chain starts from. Typed by core's year functions: adding one there makes the
 * type-check ask for its words here.
 */
import type { BudgetPathName, YearFunction } from '../../core';
import { frenchSpacing } from './frenchSpacing';

type Keys =
  | `exercises.fn.${YearFunction}`
  | `exercises.fact.path.${BudgetPathName}`
  | 'exercises.fact.gdpGrowth'
  | 'exercises.fact.gdpGrowthValue'
  | 'exercises.fact.budgetPath'
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
  'exercises.fact.gdpGrowth': 'Canada’s GDP growth',
  'exercises.fact.gdpGrowthValue': '{pct} a year (nominal), from US${gdp} trillion in 2024',
  'exercises.fact.budgetPath': 'Canada’s planned defence budget',
  'exercises.fact.path.held': 'the 2025-26 budget every year',
  'exercises.fact.path.gdpShare': '2 % of GDP every year (the 2025-26 share)',
  'exercises.fact.path.pledge':
    'the NATO pledge: 2 % of GDP in 2025, rising in a straight line to 3.5 % in 2035',
  'exercises.fact.path.target': '2 % of GDP in 2025, rising in a straight line to {pct} in {year}',
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
  'exercises.fact.gdpGrowth': 'Croissance du PIB du Canada',
  'exercises.fact.gdpGrowthValue':
    '{pct} par année (nominale), à partir de {gdp} billions de dollars US en 2024',
  'exercises.fact.budgetPath': 'Budget de la défense prévu du Canada',
  'exercises.fact.path.held': 'le budget de 2025-2026 chaque année',
  'exercises.fact.path.gdpShare': '2 % du PIB chaque année (la part de 2025-2026)',
  'exercises.fact.path.pledge':
    'l’engagement de l’OTAN : 2 % du PIB en 2025, puis une hausse en ligne droite jusqu’à 3,5 % en 2035',
  'exercises.fact.path.target': '2 % du PIB en 2025, puis une hausse en ligne droite jusqu’à {pct} en {year}',
  'chain.latestShare': 'les dépenses de défense du Canada en 2025-2026, en % du PIB',
  'chain.targetShare': 'la part du PIB visée, atteinte en {year}, en %',
  'chain.yearCount': 'les années de {from} à {to}',
  'chain.gdpGrowth': '{years} ans de croissance du PIB à {pct} par an ({factor} à la puissance {years})',
});
