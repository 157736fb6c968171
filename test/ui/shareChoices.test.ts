/** The share rules as the form offers them: each context rule with its reason and its share worked from the default figures. */
import { describe, expect, it } from 'vitest';
import { CONTEXT_RULES, SHARE_RULES } from '../../src/core';
import { translate, type Lang, type MessageKey, type Params } from '../../src/i18n';
import { percentMarks, ruleHint, shareRuleChoices } from '../../src/ui/inputs/shareChoices';

const t = (lang: Lang) => (key: MessageKey, params?: Params) => translate(lang, key, params);

describe('shareRuleChoices', () => {
  it('offers every rule of core’s table, in both languages', () => {
    for (const lang of ['en', 'fr'] as const)
      expect(
        shareRuleChoices(t(lang), lang)
          .map((c) => c.value)
          .sort(),
      ).toEqual([...SHARE_RULES].sort());
  });

  it('gives each context rule a one-line reason in plain words, in English and in French', () => {
    for (const rule of CONTEXT_RULES) {
      const en = translate('en', `calculator.share.${rule}.why`);
      const fr = translate('fr', `calculator.share.${rule}.why`);
      for (const why of [en, fr]) {
        expect(why, rule).toMatch(/^\S.*\.$/);
        expect(why, rule).not.toMatch(/\n/);
      }
      expect(fr, rule).not.toBe(en);
      expect(ruleHint(rule, t('en'), 'en').startsWith(en), rule).toBe(true);
      expect(ruleHint(rule, t('fr'), 'fr').startsWith(fr), rule).toBe(true);
    }
  });

  it('lists the land-area rule with its reason and its formula from the default areas (millions of km²)', () => {
    const area = (lang: Lang) => shareRuleChoices(t(lang), lang).find((c) => c.value === 'area');
    // 8,788,702.80 km² and 9,147,593.07 km² are 8.79 and 9.15 million; 8.79 ÷ 17.94 = 0.48996 ≈ 49.00 %.
    expect(area('en')).toEqual({
      value: 'area',
      label: 'By land area',
      hint: 'A shield covers territory, so each country pays for its part of the land. Default figures (millions of km²): Canada 8.79 ÷ (8.79 + 9.15) = 49%.',
    });
    expect(area('fr')).toEqual({
      value: 'area',
      label: 'Selon la superficie des terres',
      hint: 'Un bouclier couvre un territoire\u00a0: chaque pays paie pour sa part des terres. Valeurs par défaut (millions de km²)\u00a0: Canada 8,79 ÷ (8,79 + 9,15) = 49\u00a0%.',
    });
  });

  it('works the GDP and population hints from their figures too: 2,240 ÷ (2,240 + 29,184.89) = 7.13 %', () => {
    expect(ruleHint('gdp', t('en'), 'en')).toMatch(
      /Default figures \(US\$ billions\): Canada 2,240 ÷ \(2,240 \+ 29,184\.89\) = 7\.13%\.$/,
    );
    expect(ruleHint('population', t('en'), 'en')).toMatch(
      /Default figures \(millions of people\): Canada 41\.53 ÷ \(41\.53 \+ 340\.11\) = 10\.88%\.$/,
    );
    // A rule given by a published figure states that figure.
    expect(ruleHint('nws', t('en'), 'en')).toBe(
      'Canada and the US already split the Arctic radar line this way. Canada: 40%.',
    );
  });

  it('marks each context rule’s share on the percentage slider, the land area at 49 %', () => {
    expect(percentMarks(t('en'), 'en').find((m) => m.label.includes('land area'))).toEqual({
      value: '49',
      label: '49% land area',
    });
  });
});
