import { describe, expect, it } from 'vitest';
import { numberMarks, readNumber, typedProblemText } from '../../src/i18n';

describe('typed numbers per language', () => {
  it('takes each language’s marks from its locale: en-CA "." and ",", fr-CA "," and a space', () => {
    expect(numberMarks('en')).toEqual({ decimal: '.', group: ',' });
    expect(numberMarks('fr')).toEqual({ decimal: ',', group: ' ' });
  });

  it('reads with them', () => {
    expect(readNumber('1,200', 'en')).toMatchObject({ ok: true, value: '1200' });
    expect(readNumber('1,200', 'fr')).toMatchObject({ ok: true, value: '1.2' });
  });

  it('says how to type each problem, with whole-number examples for whole-number fields', () => {
    expect(typedProblemText({ kind: 'marks' }, 'en')).toBe(
      'Use a point for decimals, such as 1.2, and a comma or a space between thousands, such as 1,200.',
    );
    expect(typedProblemText({ kind: 'notNumber' }, 'en', true)).toBe(
      'Type the whole number in digits, such as 20.',
    );
    expect(typedProblemText({ kind: 'empty' }, 'fr')).toBe('Tapez un nombre, par exemple 2,5.');
    expect(typedProblemText({ kind: 'ambiguous', readings: ['12345', '12.345'] }, 'fr')).toBe(
      'Ce nombre peut se lire 12\u00a0345 ou 12,345\u00a0: tapez celui que vous voulez dire, tel qu’écrit ici.',
    );
    for (const kind of ['empty', 'notNumber', 'marks', 'grouping'] as const)
      for (const lang of ['en', 'fr'] as const)
        expect(typedProblemText({ kind }, lang, true), `${kind} ${lang}`).not.toMatch(/2[.,]5|1[.,]2\b/);
  });
});
