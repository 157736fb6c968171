/**
 * French as written in Canada on the pages a class sees, one test per kind of slip found there:
 * "(s)" plurals, "également" read as "also", English dates or titles in French text, an agency's
 * English name, and "?:" where a title ending in a question mark met a colon. (The why page's
 * French dates and quotes: test/ui/why.test.tsx.)
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FX_DEFAULTS } from '../../src/core';
import { countKey, sourceTitle, translate } from '../../src/i18n';
import { MESSAGES } from '../../src/i18n/messages';
import { EXERCISES } from '../support/exercises';

const dir = join(import.meta.dirname, '..', '..', 'scenarios') + '/';

/** Every French text of the data a class reads: presets' and exercises' `fr` fields. */
function frenchDataTexts(): string[] {
  const texts: string[] = [];
  const walk = (v: unknown, french: boolean) => {
    if (typeof v === 'string') {
      if (french) texts.push(v);
    } else if (Array.isArray(v)) v.forEach((x) => walk(x, french));
    else if (v && typeof v === 'object')
      for (const [k, x] of Object.entries(v)) walk(x, french || k === 'fr');
  };
  for (const sub of ['', 'exercises/'])
    for (const f of readdirSync(dir + sub).filter((n) => n.endsWith('.json')))
      walk(JSON.parse(readFileSync(dir + sub + f, 'utf8')), false);
  return texts;
}

const frenchMessages = Object.values(MESSAGES.fr);
const ENGLISH_MONTH =
  /\b(January|February|March|April|May|June|July|August|September|October|November|December)\b/;

describe('French polish', () => {
  it('counts with the plural rules, never "(s)": 0 and 1 are singular in French', () => {
    const tally = (correct: number, lang: 'en' | 'fr') =>
      translate(lang, countKey(correct, lang, 'exercises.tallyOne', 'exercises.tally'), {
        correct,
        numeric: 5,
      });
    expect(tally(0, 'fr')).toBe('0 bonne réponse sur 5.');
    expect(tally(1, 'fr')).toBe('1 bonne réponse sur 5.');
    expect(tally(2, 'fr')).toBe('2 bonnes réponses sur 5.');
    expect(tally(1, 'en')).toBe('1 of 5 answers right.');
    expect(frenchMessages.filter((m) => /\(s\)|\(e\)|\(es\)/.test(m))).toEqual([]);
  });

  it('says "in equal parts", not "également" (read as "also") after spent or spread', () => {
    const also = /(dépens|répar|étal)\S*\s+(\S+\s+){0,2}également/i;
    expect([...frenchMessages, ...frenchDataTexts()].filter((t) => also.test(t))).toEqual([]);
  });

  it('writes our own source descriptions in French: no English month, French decimals', () => {
    expect(sourceTitle(FX_DEFAULTS.cadPerUsd.source, 'fr').text).toBe(
      'USD/CAD, 20 et 21 mai 2025 (1,39–1,396)',
    );
    expect(sourceTitle(FX_DEFAULTS.cadPerUsd.source, 'en').text).toBe('USD/CAD, 20–21 May 2025 (1.39–1.396)');
    for (const fx of Object.values(FX_DEFAULTS))
      expect(sourceTitle(fx.source, 'fr').text, fx.source.title).not.toMatch(ENGLISH_MONTH);
  });

  it('names agencies in French in the footer', () => {
    const footer = translate('fr', 'app.footer');
    expect(footer).toContain('Bureau du recensement des États-Unis');
    expect(footer).not.toMatch(/Census Bureau|World Bank|Statistics Canada/);
  });

  it('never puts a colon after a title’s own question mark (answer key titles, both languages)', () => {
    for (const e of EXERCISES)
      for (const lang of ['en', 'fr'] as const) {
        const text = translate(lang, 'exercises.key.title', { title: e.title[lang] });
        expect(text).not.toMatch(/[?!.][\s\u00a0\u202f]*:/);
      }
    expect(translate('fr', 'exercises.key.title', { title: 'Quelle part?' })).toBe(
      'Corrigé\u00a0: Quelle part?',
    );
  });
});
