/**
 * Messages of the working under the sentence, the Canada asks, the dollars of a fixed amount or a
 * credit, and the settings kept when an estimate is picked. Keys start with "explain.".
 */
import { frenchSpacing } from './frenchSpacing';

export const en = {
  // The working (src/i18n/workingText.ts)
  'explain.heading': 'The arithmetic',
  'explain.label': 'How {figure} is worked out',
  'explain.equals': '= {value}',
  'explain.step.base': 'Start: {label}, in {year} dollars',
  'explain.step.toUsd.cadPerUsd': '÷ {rate} (C$ for one US$)',
  'explain.step.toUsd.usdPerGbp': '× {rate} (US$ for one £)',
  'explain.step.growth': '+ {pct} cost growth',
  'explain.step.years.inflation':
    '+ {pct} a year of inflation from {year} prices, spent over {period}: as spent',
  'explain.step.years.nominal': 'spent over {period}, with no inflation',
  'explain.step.years.constant': 'spread over {period}, in {year} dollars',
  'explain.step.covered': '× {pct}: the part of the program shared with Canada',
  'explain.step.credit.minus': '− {used}: the credit for NORAD spending ({credit}, {dollars})',
  'explain.step.credit.times':
    '× {factor}: less the credit for NORAD spending ({credit}, {dollars}), which is in other dollars than these',
  'explain.step.minusCanada': '− {canada}: Canada’s part',
  'explain.step.toCad': '× {rate} (C$ for one US$)',
  'explain.step.perPerson': '÷ {population} people in Canada',
  'explain.step.perYear': '÷ {years} years: a year on average',
  'explain.step.ofBudget': '÷ Canada’s defence budget of {budget} a year, as a percentage',
  'explain.step.ofPlannedBudget':
    '÷ Canada’s planned defence budget, from {first} to {last} a year: each year’s cost over that year’s budget, averaged (as one budget, {budget} a year), as a percentage',
  'explain.dollars.nominal': 'dollars of each year',
  'explain.dollars.constant': '{year} dollars',

  // Which dollars a fixed amount or the credit is in
  'explain.fixedDollars.legend': 'The fixed amount is in',
  'explain.creditDollars.legend': 'The credit is in',
  'explain.choice.nominal': 'Dollars of each year (as spent)',
  'explain.choice.nominal.hint': 'inflation makes it a smaller part of the program',
  'explain.choice.constant': 'Constant {year} dollars (the program’s prices)',
  'explain.choice.constant.hint': 'it keeps its part of the program whatever the inflation',

  // Canada asks: a share, not a program cost
  'explain.ask.label': 'Set Canada’s share to an ask',
  'explain.ask.none': 'Choose an ask…',
  'explain.ask.hint':
    'Trump’s asks are what Canada would pay, not what the program costs: choosing one sets the fixed-amount rule, in 2025 dollars like the US$175B they were set against.',
  'explain.notice.ask':
    'Canada’s share is now the fixed US${billions}B asked on {date}, in {year} dollars, set against the program on screen ({program}). The source panel shows the program’s source and the ask’s.',
  'explain.source.askTitle': 'Where Canada’s fixed amount comes from: {label}',

  // The settings kept when an estimate is picked
  'explain.kept.text':
    'The period is now the estimate’s ({period}). Your other settings were kept: inflation {inflation}, cost growth {growth}, discount rate {discount}, {rule}.',
  'explain.kept.preset': 'Load the preset “{name}”',
  'explain.kept.presetHint':
    'The preset for this estimate uses inflation {inflation} and cost growth {growth}.',
} as const;

export const fr: Record<keyof typeof en, string> = frenchSpacing({
  'explain.heading': 'Le calcul',
  'explain.label': 'Comment on obtient {figure}',
  'explain.equals': '= {value}',
  'explain.step.base': 'Départ : {label}, en dollars de {year}',
  'explain.step.toUsd.cadPerUsd': '÷ {rate} ($ CA pour 1 $ US)',
  'explain.step.toUsd.usdPerGbp': '× {rate} ($ US pour 1 £)',
  'explain.step.growth': '+ {pct} de hausse des coûts',
  'explain.step.years.inflation':
    '+ {pct} d’inflation par année à partir des prix de {year}, dépensés sur {period} : en dollars courants',
  'explain.step.years.nominal': 'dépensés sur {period}, sans inflation',
  'explain.step.years.constant': 'répartis sur {period}, en dollars de {year}',
  'explain.step.covered': '× {pct} : la part du programme partagée avec le Canada',
  'explain.step.credit.minus': '− {used} : le crédit pour les dépenses liées au NORAD ({credit}, {dollars})',
  'explain.step.credit.times':
    '× {factor} : moins le crédit pour les dépenses liées au NORAD ({credit}, {dollars}), exprimé dans d’autres dollars que ceux-ci',
  'explain.step.minusCanada': '− {canada} : la part du Canada',
  'explain.step.toCad': '× {rate} ($ CA pour 1 $ US)',
  'explain.step.perPerson': '÷ {population} habitants du Canada',
  'explain.step.perYear': '÷ {years} ans : une année en moyenne',
  'explain.step.ofBudget': '÷ le budget de la défense du Canada de {budget} par année, en pourcentage',
  'explain.step.ofPlannedBudget':
    '÷ le budget de la défense prévu du Canada, de {first} à {last} par année : le coût de chaque année sur le budget de cette année, en moyenne (comme un seul budget, {budget} par année), en pourcentage',
  'explain.dollars.nominal': 'dollars de chaque année',
  'explain.dollars.constant': 'dollars de {year}',

  'explain.fixedDollars.legend': 'Le montant fixe est en',
  'explain.creditDollars.legend': 'Le crédit est en',
  'explain.choice.nominal': 'Dollars de chaque année (tels que dépensés)',
  'explain.choice.nominal.hint': 'l’inflation en fait une plus petite part du programme',
  'explain.choice.constant': 'Dollars constants de {year} (les prix du programme)',
  'explain.choice.constant.hint': 'il garde sa part du programme, quelle que soit l’inflation',

  'explain.ask.label': 'Fixer la part du Canada à une demande',
  'explain.ask.none': 'Choisir une demande…',
  'explain.ask.hint':
    'Les demandes de Trump sont ce que le Canada paierait, pas ce que coûte le programme : en choisir une applique la règle du montant fixe, en dollars de 2025 comme les 175 G$ US auxquels elles étaient comparées.',
  'explain.notice.ask':
    'La part du Canada est maintenant le montant fixe de {billions} G$ US demandé le {date}, en dollars de {year}, comparé au programme à l’écran ({program}). Le panneau des sources montre la source du programme et celle de la demande.',
  'explain.source.askTitle': 'D’où vient le montant fixe du Canada : {label}',

  'explain.kept.text':
    'La période est maintenant celle de l’estimation ({period}). Vos autres réglages ont été conservés : inflation {inflation}, hausse des coûts {growth}, taux d’actualisation {discount}, {rule}.',
  'explain.kept.preset': 'Charger le scénario prédéfini « {name} »',
  'explain.kept.presetHint':
    'Le scénario prédéfini de cette estimation utilise une inflation de {inflation} et une hausse des coûts de {growth}.',
});
