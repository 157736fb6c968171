/**
 * Messages that say how to type a number the page could not read (src/i18n/typedNumber.ts).
 * Keys start with "typed."; `.whole` is for whole-number fields, whose examples have no decimals.
 */
import { frenchSpacing } from './frenchSpacing';

export const en = {
  'typed.empty': 'Type a number, such as 2.5.',
  'typed.empty.whole': 'Type a whole number, such as 20.',
  'typed.notNumber': 'Type the number in digits, such as 2.5.',
  'typed.notNumber.whole': 'Type the whole number in digits, such as 20.',
  'typed.marks':
    'Use a point for decimals, such as 1.2, and a comma or a space between thousands, such as 1,200.',
  'typed.marks.whole':
    'Type a whole number, with a comma or a space between thousands if you like, such as 1,200.',
  'typed.grouping':
    'Separate thousands in groups of three digits, such as 1,200 or 1,234,567, or not at all: 1200.',
  'typed.ambiguous': 'This could be {thousands} or {decimal}: type the one you mean as written here.',
} as const;

export const fr: Record<keyof typeof en, string> = frenchSpacing({
  'typed.empty': 'Tapez un nombre, par exemple 2,5.',
  'typed.empty.whole': 'Tapez un nombre entier, par exemple 20.',
  'typed.notNumber': 'Tapez le nombre en chiffres, par exemple 2,5.',
  'typed.notNumber.whole': 'Tapez le nombre entier en chiffres, par exemple 20.',
  'typed.marks':
    'Utilisez une virgule pour les décimales, par exemple 1,2, et une espace entre les milliers, par exemple 1\u00a0200.',
  'typed.marks.whole':
    'Tapez un nombre entier, avec au besoin une espace entre les milliers, par exemple 1\u00a0200.',
  'typed.grouping':
    'Séparez les milliers par groupes de trois chiffres, par exemple 1\u00a0200 ou 1\u00a0234\u00a0567, ou pas du tout : 1200.',
  'typed.ambiguous':
    'Ce nombre peut se lire {thousands} ou {decimal} : tapez celui que vous voulez dire, tel qu’écrit ici.',
});
