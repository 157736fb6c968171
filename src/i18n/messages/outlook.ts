/**
 * The words of the outlook's inputs (docs/model.md §12): GDP and defence budgets year by year. Their
 * own area, so the other areas' additions merge cleanly. The paths' keys are typed by core's table
 * (BUDGET_PATHS): a new path makes the type-check ask for its words here.
 */
import type { BudgetPathName } from '../../core';
import { frenchSpacing } from './frenchSpacing';

type PathKeys =
  `calculator.outlook.path.${BudgetPathName}` | `calculator.outlook.path.${BudgetPathName}.hint`;

const enPaths = {
  'calculator.outlook.path.held': 'Held at the {year} level',
  'calculator.outlook.path.held.hint':
    'the {year} budget every year, as spent, whatever GDP does: what the page assumed before',
  'calculator.outlook.path.gdpShare': 'Constant share of GDP',
  'calculator.outlook.path.gdpShare.hint': '{pct} of GDP every year, as in {year} ({source})',
  'calculator.outlook.path.pledge': 'NATO pledge: {pledge} of GDP by {pledgeYear}',
  'calculator.outlook.path.pledge.hint':
    'from {pct} of GDP in {year} ({source}) to {pledge} in {pledgeYear} ({pledgeSource}), in a straight line, then held',
  'calculator.outlook.path.target': 'Custom target share and year',
  'calculator.outlook.path.target.hint':
    'from {pct} of GDP in {year} ({source}) to the share and year you give below, in a straight line, then held',
} as const satisfies Record<PathKeys, string>;

export const en = {
  'calculator.outlook.legend': '5. Defence budgets and GDP, year by year',
  'calculator.outlook.note':
    'Each year’s cost is set against that year’s GDP and defence budget. Projected figures are as spent (nominal); in constant dollars they are deflated by the inflation above, so a share is the same in both.',
  'calculator.outlook.modeLegend': 'GDP and defence budgets each year',
  'calculator.outlook.given': 'As given',
  'calculator.outlook.given.hint':
    'the {gdpYear} GDP and the {budgetYear} budget every year (the context figures in section 4)',
  'calculator.outlook.projected': 'Projected',
  'calculator.outlook.projected.hint':
    'GDP grows from {gdpYear} at the rates below; each defence budget follows the path you choose',
  'calculator.outlook.canadaGdpGrowthPct': 'Canada nominal GDP growth',
  'calculator.outlook.usGdpGrowthPct': 'US nominal GDP growth',
  'calculator.outlook.growthDefault': 'Default {value}: {label}.',
  'calculator.outlook.canadaBudget': 'Canada’s defence budget',
  'calculator.outlook.usBudget': 'US defence budget',
  'calculator.outlook.canadaBudget.targetPct': 'Canada’s target share of GDP',
  'calculator.outlook.canadaBudget.targetYear': 'Canada’s target year',
  'calculator.outlook.usBudget.targetPct': 'US target share of GDP',
  'calculator.outlook.usBudget.targetYear': 'US target year',
  'calculator.outlook.unit.pctGdp': '% of GDP',
  'calculator.outlook.thresholdPct': 'Threshold share of Canada’s defence budget',
  'calculator.outlook.unit.pctBudget': '% of the budget',
  'calculator.outlook.thresholdHint':
    'The summary names the first year Canada’s yearly cost is more than this share of its planned defence budget.',
  'calculator.outlook.sources': 'Where the paths start and end:',
  /** How an edited scenario's description shows a figure of the outlook it did not have. */
  'calculator.outlook.asGiven': 'as given',
  'calculator.outlook.field': 'GDP and defence budgets each year',
  ...enPaths,
} as const;

export const fr: Record<keyof typeof en, string> = frenchSpacing({
  'calculator.outlook.legend': '5. Budgets de défense et PIB, année par année',
  'calculator.outlook.note':
    'Le coût de chaque année est rapporté au PIB et au budget de défense de cette année-là. Les chiffres projetés sont en dollars courants (nominaux) ; en dollars constants, ils sont corrigés de l’inflation ci-dessus, de sorte qu’une part est la même dans les deux.',
  'calculator.outlook.modeLegend': 'PIB et budgets de défense chaque année',
  'calculator.outlook.given': 'Tels quels',
  'calculator.outlook.given.hint':
    'le PIB de {gdpYear} et le budget de {budgetYear} chaque année (les chiffres de contexte de la section 4)',
  'calculator.outlook.projected': 'Projetés',
  'calculator.outlook.projected.hint':
    'le PIB croît à partir de {gdpYear} aux taux ci-dessous ; chaque budget de défense suit la trajectoire choisie',
  'calculator.outlook.canadaGdpGrowthPct': 'Croissance du PIB nominal du Canada',
  'calculator.outlook.usGdpGrowthPct': 'Croissance du PIB nominal des États-Unis',
  'calculator.outlook.growthDefault': 'Par défaut {value} : {label}.',
  'calculator.outlook.canadaBudget': 'Budget de défense du Canada',
  'calculator.outlook.usBudget': 'Budget de défense des États-Unis',
  'calculator.outlook.canadaBudget.targetPct': 'Part du PIB visée par le Canada',
  'calculator.outlook.canadaBudget.targetYear': 'Année visée par le Canada',
  'calculator.outlook.usBudget.targetPct': 'Part du PIB visée par les États-Unis',
  'calculator.outlook.usBudget.targetYear': 'Année visée par les États-Unis',
  'calculator.outlook.unit.pctGdp': '% du PIB',
  'calculator.outlook.thresholdPct': 'Seuil en part du budget de défense du Canada',
  'calculator.outlook.unit.pctBudget': '% du budget',
  'calculator.outlook.thresholdHint':
    'Le résumé indique la première année où le coût annuel du Canada dépasse cette part de son budget de défense prévu.',
  'calculator.outlook.sources': 'D’où partent et où mènent les trajectoires :',
  'calculator.outlook.asGiven': 'tels quels',
  'calculator.outlook.field': 'PIB et budgets de défense chaque année',
  'calculator.outlook.path.held': 'Maintenu au niveau de {year}',
  'calculator.outlook.path.held.hint':
    'le budget de {year} chaque année, en dollars courants, quel que soit le PIB : l’hypothèse d’avant',
  'calculator.outlook.path.gdpShare': 'Part constante du PIB',
  'calculator.outlook.path.gdpShare.hint': '{pct} du PIB chaque année, comme en {year} ({source})',
  'calculator.outlook.path.pledge': 'Engagement de l’OTAN : {pledge} du PIB d’ici {pledgeYear}',
  'calculator.outlook.path.pledge.hint':
    'de {pct} du PIB en {year} ({source}) à {pledge} en {pledgeYear} ({pledgeSource}), en ligne droite, puis maintenu',
  'calculator.outlook.path.target': 'Part et année visées au choix',
  'calculator.outlook.path.target.hint':
    'de {pct} du PIB en {year} ({source}) à la part et l’année données ci-dessous, en ligne droite, puis maintenu',
});
