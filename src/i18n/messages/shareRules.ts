/**
 * The words of each share rule, in one area typed by core's rule names (src/core/share.ts): adding a
 * rule there makes the type-check ask for its words here, and only here. The keys keep the prefixes
 * of the screens that show them.
 */
import type { ContextRuleName, ShareRuleName } from '../../core';
import { frenchSpacing } from './frenchSpacing';

type Keys =
  | `calculator.share.${ShareRuleName}`
  | `calculator.share.${ShareRuleName}.why`
  | 'calculator.share.ratioHint'
  | 'calculator.share.referenceHint'
  | 'calculator.share.fixed.hint'
  | `calculator.share.mark.${ContextRuleName}`
  | `explain.step.share.${ShareRuleName}`
  | `why.rule.${ContextRuleName}`
  | `exercises.ruleShare.${ContextRuleName}`
  | `calculator.rule.${ShareRuleName}`
  | `exercises.rule.${ShareRuleName}`;

export const en = {
  'calculator.share.gdp': 'By size of economy (GDP)',
  'calculator.share.gdp.why': 'The richer country pays more, as in most shared budgets.',
  'calculator.share.population': 'By population',
  'calculator.share.population.why': 'Everyone is protected alike, so everyone pays alike.',
  'calculator.share.nws': 'North Warning System precedent',
  'calculator.share.nws.why': 'Canada and the US already split the Arctic radar line this way.',
  'calculator.share.area': 'By land area',
  'calculator.share.area.why': 'A shield covers territory, so each country pays for its part of the land.',
  'calculator.share.ratioHint':
    '{why} Default figures ({unit}): Canada {canada} ÷ ({canada} + {us}) = {pct}.',
  'calculator.share.referenceHint': '{why} Canada: {pct}.',
  'calculator.share.percent': 'A percentage you choose',
  'calculator.share.percent.why': 'Any split you want to test, such as one a negotiation might reach.',
  'calculator.share.fixed': 'A fixed amount',
  'calculator.share.fixed.why': 'A total agreed or asked for, whatever the program ends up costing.',
  'calculator.share.fixed.hint': 'such as Trump’s {a} or {b} asks',
  'calculator.share.mark.gdp': '{pct} GDP',
  'calculator.share.mark.population': '{pct} population',
  'calculator.share.mark.nws': '{pct} North Warning System',
  'calculator.share.mark.area': '{pct} land area',
  'explain.step.share.gdp': '× {pct}: Canada’s share of the two economies (GDP)',
  'explain.step.share.population': '× {pct}: Canada’s share of the two populations',
  'explain.step.share.nws': '× {pct}: the North Warning System split',
  'explain.step.share.area': '× {pct}: Canada’s share of the two countries’ land area',
  'explain.step.share.percent': '× {pct}: the share you chose',
  'explain.step.share.fixed': '× {pct}: the fixed {amount} ({dollars}) ÷ the covered {covered} ({dollars})',
  'why.rule.gdp': 'GDP',
  'why.rule.population': 'population',
  'why.rule.nws': 'North Warning System (40%)',
  'why.rule.area': 'land area',
  'exercises.ruleShare.gdp': 'Canada’s share under the GDP rule, in %',
  'exercises.ruleShare.population': 'Canada’s share under the population rule, in %',
  'exercises.ruleShare.nws': 'Canada’s share under the North Warning System rule, in %',
  'exercises.ruleShare.area': 'Canada’s share under the land-area rule, in %',
  'calculator.rule.gdp': 'split by the size of each economy',
  'calculator.rule.population': 'split by population',
  'calculator.rule.nws': 'split 40/60 like the North Warning System',
  'calculator.rule.area': 'split by land area',
  'calculator.rule.percent': 'at the share you chose',
  'calculator.rule.fixed': 'as a fixed amount',
  'exercises.rule.percent': 'a share you choose: {pct}',
  'exercises.rule.fixed': 'a fixed total of {amount}',
  'exercises.rule.gdp': 'by the size of each economy (GDP)',
  'exercises.rule.population': 'by population',
  'exercises.rule.nws': '40%, like the North Warning System',
  'exercises.rule.area': 'by land area',
} as const satisfies Record<Keys, string>;

export const fr: Record<keyof typeof en, string> = {
  ...frenchSpacing({
    'calculator.share.gdp': 'Selon la taille de l’économie (PIB)',
    'calculator.share.gdp.why':
      'Le pays le plus riche paie davantage, comme dans la plupart des budgets communs.',
    'calculator.share.population': 'Selon la population',
    'calculator.share.population.why':
      'Tout le monde est protégé de la même façon, donc tout le monde paie autant.',
    'calculator.share.nws': 'Précédent du Système d’alerte du Nord',
    'calculator.share.nws.why':
      'Le Canada et les États-Unis partagent déjà ainsi la ligne de radars de l’Arctique.',
    'calculator.share.area': 'Selon la superficie des terres',
    'calculator.share.area.why':
      'Un bouclier couvre un territoire : chaque pays paie pour sa part des terres.',
    'calculator.share.ratioHint':
      '{why} Valeurs par défaut ({unit}) : Canada {canada} ÷ ({canada} + {us}) = {pct}.',
    'calculator.share.referenceHint': '{why} Canada : {pct}.',
    'calculator.share.percent': 'Un pourcentage de votre choix',
    'calculator.share.percent.why':
      'Le partage que vous voulez mettre à l’essai, comme celui auquel une négociation pourrait aboutir.',
    'calculator.share.fixed': 'Un montant fixe',
    'calculator.share.fixed.why': 'Un total convenu ou demandé, quel que soit le coût final du programme.',
    'calculator.share.fixed.hint': 'comme les demandes de Trump, {a} ou {b}',
    'calculator.share.mark.gdp': '{pct} selon le PIB',
    'calculator.share.mark.population': '{pct} selon la population',
    'calculator.share.mark.nws': '{pct} comme le Système d’alerte du Nord',
    'calculator.share.mark.area': '{pct} selon la superficie des terres',
    'explain.step.share.gdp': '× {pct} : la part du Canada dans les deux économies (PIB)',
    'explain.step.share.population': '× {pct} : la part du Canada dans les deux populations',
    'explain.step.share.nws': '× {pct} : le partage du Système d’alerte du Nord',
    'explain.step.share.area': '× {pct} : la part du Canada dans la superficie des terres des deux pays',
    'explain.step.share.percent': '× {pct} : la part que vous avez choisie',
    'explain.step.share.fixed':
      '× {pct} : le montant fixe de {amount} ({dollars}) ÷ le coût couvert de {covered} ({dollars})',
    'calculator.rule.gdp': 'avec un partage selon la taille de chaque économie',
    'calculator.rule.population': 'avec un partage selon la population',
    'calculator.rule.nws': 'avec un partage 40/60 comme pour le Système d’alerte du Nord',
    'calculator.rule.area': 'avec un partage selon la superficie des terres',
    'calculator.rule.percent': 'selon la part que vous avez choisie',
    'calculator.rule.fixed': 'sous forme de montant fixe',
  }),
  'why.rule.gdp': 'du PIB',
  'why.rule.population': 'de la population',
  'why.rule.nws': 'du Système d’alerte du Nord (40 %)',
  'why.rule.area': 'de la superficie des terres',
  'exercises.ruleShare.gdp': 'la part du Canada selon la règle du PIB, en %',
  'exercises.ruleShare.population': 'la part du Canada selon la règle de la population, en %',
  'exercises.ruleShare.nws': 'la part du Canada selon la règle du Système d’alerte du Nord, en %',
  'exercises.ruleShare.area': 'la part du Canada selon la règle de la superficie des terres, en %',
  'exercises.rule.percent': 'une part choisie\u00a0: {pct}',
  'exercises.rule.fixed': 'un montant total fixe de {amount}',
  'exercises.rule.gdp': 'selon la taille de chaque économie (PIB)',
  'exercises.rule.population': 'selon la population',
  'exercises.rule.nws': '40\u00a0%, comme pour le Système d’alerte du Nord',
  'exercises.rule.area': 'selon la superficie des terres',
};
