/**
 * Messages of the answer key's worked arithmetic (src/i18n/chainText.ts): the steps of a chain from
 * the scenario's inputs to an answer, and the formula toggle. Keys start with "chain.".
 */
import { frenchSpacing } from './frenchSpacing';

export const en = {
  'chain.label': 'The arithmetic from the scenario’s figures to the answer',
  'chain.start': 'Start: {what}',
  'chain.op': '{op} {operand}: {what}',
  'chain.plain': '{op} {operand}',
  'chain.line': 'the result of line {n}',
  'chain.billions': '÷ {n}: in billions',
  'chain.negate': '× −1',
  'chain.fixedAmount': 'Canada’s fixed amount, in US dollars',
  'chain.details': 'The formula in the exercise file',
} as const;

export const fr: Record<keyof typeof en, string> = frenchSpacing({
  'chain.label': 'Le calcul, des chiffres du scénario à la réponse',
  'chain.start': 'Départ : {what}',
  'chain.op': '{op} {operand} : {what}',
  'chain.plain': '{op} {operand}',
  'chain.line': 'le résultat de la ligne {n}',
  'chain.billions': '÷ {n} : en milliards',
  'chain.negate': '× −1',
  'chain.fixedAmount': 'le montant fixe du Canada, en dollars américains',
  'chain.details': 'La formule dans le fichier de l’exercice',
});
