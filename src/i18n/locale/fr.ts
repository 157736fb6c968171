/**
 * French (Canada): "27,10 milliards $ US", "1 234,56", "7,13 %", "1er mai 2025", « cité ».
 * No-break spaces keep a number, its scale word and its currency on one line, and a high mark
 * (: ; % ») with the word before it. A billion is a milliard (10⁹); a billion is 10¹². Scale words
 * follow the French plural: singular below two ("1,50 milliard", "2,00 milliards").
 */
import { LANGUAGES } from '../../core';
import type { Locale } from './types';

const NBSP = '\u00a0';

export const FR: Locale = {
  tag: LANGUAGES.fr.locale,
  name: LANGUAGES.fr.name,
  decimal: ',',
  group: NBSP,
  markSpace: NBSP,
  quotes: [`«${NBSP}`, `${NBSP}»`],
  currency: { USD: `$${NBSP}US`, CAD: `$${NBSP}CA`, GBP: '£' },
  money: {
    plain: `{n}${NBSP}{c}`,
    scaled: `{n}${NBSP}{scale}${NBSP}{c}`,
    range: `{low}–{high}${NBSP}{scale}${NBSP}{c}`,
    // G$ for a milliard dollars, as Canadian French writes it.
    short: `{n}${NBSP}G{c}`,
  },
  scales: {
    trillion: { one: 'billion', other: 'billions' },
    billion: { one: 'milliard', other: 'milliards' },
    million: { one: 'million', other: 'millions' },
  },
  firstOfMonth: '1er',
};
