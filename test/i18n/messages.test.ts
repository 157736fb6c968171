import { describe, expect, it } from 'vitest';
import { fieldLabel, LANGS, translate, type MessageKey } from '../../src/i18n';
import { RANGED_INPUTS } from '../../src/core';
import { MESSAGES } from '../../src/i18n/messages';

const KEYS = Object.keys(MESSAGES.en) as MessageKey[];

/** The {name} placeholders of a text, as a sorted set. */
function placeholders(text: string): string[] {
  return [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? ''))].sort();
}

/**
 * Words spelled alike in English and French (and proper names): a text made only of these (and
 * placeholders, digits and punctuation) may be the same in both languages, such as "Total" or
 * "{count} questions". Any other text equal in both is an untranslated one.
 */
const SAME_IN_BOTH = new Set(['canada', 'total', 'source', 'sources', 'question', 'questions', 'inflation']);

function spelledAlike(text: string): boolean {
  const words = text.replace(/\{\w+\}/g, ' ').match(/\p{L}+/gu) ?? [];
  return words.every((w) => SAME_IN_BOTH.has(w.toLowerCase()));
}

describe('message catalogs', () => {
  it('have the same keys in English and French, none of them empty', () => {
    expect(Object.keys(MESSAGES.fr).sort()).toEqual([...KEYS].sort());
    for (const lang of LANGS) {
      for (const key of KEYS) expect(MESSAGES[lang][key].trim(), `${lang} ${key}`).not.toBe('');
    }
  });

  it('use the same {placeholders} in both languages', () => {
    for (const key of KEYS) {
      expect(placeholders(MESSAGES.fr[key]), key).toEqual(placeholders(MESSAGES.en[key]));
    }
  });

  it('translate every text, except proper names and words spelled alike', () => {
    const same = KEYS.filter((key) => MESSAGES.fr[key] === MESSAGES.en[key]);
    expect(same.filter((key) => !spelledAlike(MESSAGES.en[key]))).toEqual([]);
    expect(spelledAlike('Total')).toBe(true);
    expect(spelledAlike('{count} questions')).toBe(true);
    expect(spelledAlike('Show as table')).toBe(false);
  });

  it('write the calculator and charts in French typography: no-break spaces, guillemets', () => {
    const french = KEYS.filter((key) => /^(calculator|charts)\./.test(key)).map((key) => [
      key,
      MESSAGES.fr[key],
    ]);
    for (const [key, text] of french) {
      expect(text, key).not.toMatch(/ [:;?!%»]/); // an ordinary space before : ; ? ! % »
      expect(text, key).not.toMatch(/« /);
      expect(text, key).not.toMatch(/[“”]/); // English quotation marks
      expect(text, key).not.toMatch(/\$ (US|CA)\b/);
    }
  });

  it('fill in placeholders, leaving unknown ones visible', () => {
    expect(translate('fr', 'calculator.compare.title', { count: 3 })).toBe('Comparaison de 3 scénarios');
    expect(translate('fr', 'calculator.field.range', { min: 1 })).toBe('Entrez une valeur de 1 à {max}.');
  });
});

describe('field names of the ranges', () => {
  it('name every ranged input’s range, its bounds under the range’s name (the GDP growth range too)', () => {
    for (const input of RANGED_INPUTS) {
      expect(fieldLabel(`ranges.${input}.low`, 'en')).toBe(translate('en', `calculator.range.${input}`));
    }
    expect(fieldLabel('ranges.canadaGdpGrowthPct', 'fr')).toBe('Plage pour la croissance du PIB du Canada');
  });
});
