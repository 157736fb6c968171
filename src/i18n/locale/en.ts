/** English (Canada): "US$27.10 billion", "1,234.56", "7.13%", "May 20, 2025", “quoted”. */
import { LANGUAGES } from '../../core';
import type { Locale } from './types';

export const EN: Locale = {
  tag: LANGUAGES.en.locale,
  name: LANGUAGES.en.name,
  decimal: '.',
  group: ',',
  markSpace: '',
  quotes: ['“', '”'],
  currency: { USD: 'US$', CAD: 'C$', GBP: '£' },
  money: {
    plain: '{c}{n}',
    scaled: '{c}{n} {scale}',
    range: '{c}{low}–{c}{high} {scale}',
    short: '{c}{n}B',
  },
  // English scale words never take an s after a number.
  scales: {
    trillion: { other: 'trillion' },
    billion: { other: 'billion' },
    million: { other: 'million' },
  },
};
