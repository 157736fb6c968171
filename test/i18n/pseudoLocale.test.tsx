// @vitest-environment jsdom
/**
 * A new language needs its catalog and one locale entry, nothing else: a pseudo-language "xx"
 * (English in [brackets], "1.234,56" numbers, amounts as "27,10 bn USD") is defined here, in the
 * test, through i18n's `defineLanguage`, and the page's text and numbers come out in it without a
 * change to any other module. (Data files — scenarios, exercises, the catalog — carry English and
 * French fields; a language they have no field for shows their English.)
 */
import { fireEvent, render, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { buildReport, computeScenario, Dec } from '../../src/core';
import {
  dateText,
  defineLanguage,
  formatMoney,
  formatNumber,
  formatPct,
  isLang,
  languageOf,
  languages,
  readNumber,
  translate,
  type Locale,
  type MessageKey,
  type Messages,
} from '../../src/i18n';
import { parseScenarioDoc } from '../../src/io';
import { createAppStore, formToDoc, getAppStore, replaceAppStore } from '../../src/state';
import { App } from '../../src/ui/App';
import { MemoryStorage } from '../support/memoryStorage';

const XX_LOCALE: Locale = {
  tag: 'en-XA', // the pseudo-locale tag of CLDR's tools; Intl reads it as English for dates and plurals
  name: '[Pseudo]',
  decimal: ',',
  group: '.',
  markSpace: '',
  quotes: ['‹', '›'],
  currency: { USD: 'USD', CAD: 'CAD', GBP: 'GBP' },
  money: {
    plain: '{n} {c}',
    scaled: '{n} {scale} {c}',
    range: '{low}…{high} {scale} {c}',
    short: '{n}bn {c}',
  },
  scales: {
    trillion: { one: 'tn', other: 'tns' },
    billion: { one: 'bn', other: 'bns' },
    million: { one: 'mn', other: 'mns' },
  },
};

/** The English catalog, every message in brackets (placeholders kept). */
function bracketed(messages: Messages): Messages {
  const out: Record<MessageKey, string> = { ...messages };
  for (const key of Object.keys(messages) as MessageKey[]) out[key] = `[${messages[key]}]`;
  return out;
}

const xx = defineLanguage('xx', { locale: XX_LOCALE, messages: bracketed(languageOf('en').messages) });

describe('a language defined by its catalog and its locale entry', () => {
  it('is a language of the page', () => {
    expect(languages()).toEqual(['en', 'fr', 'xx']);
    expect(isLang('xx')).toBe(true);
    expect(isLang('yy')).toBe(false);
    expect(() => defineLanguage('fr', { locale: XX_LOCALE, messages: languageOf('en').messages })).toThrow();
  });

  it('writes numbers, money, percentages and dates from its entry', () => {
    expect(formatNumber(new Dec('1234567.891'), 2, xx)).toBe('1.234.567,89');
    expect(formatMoney(new Dec('27100000000'), 'USD', xx)).toBe('27,10 bns USD');
    expect(formatMoney(new Dec('1000000000'), 'CAD', xx)).toBe('1,00 bn CAD');
    expect(formatMoney(new Dec('1293.12'), 'CAD', xx)).toBe('1.293,12 CAD');
    expect(formatPct(new Dec('7.1281'), 2, xx)).toBe('7,13%');
    expect(dateText('2025-05-20', xx)).toBe('May 20, 2025');
    expect(translate(xx, 'nav.calculator')).toBe('[Calculator]');
  });

  it('reads typed numbers with its marks', () => {
    expect(readNumber('1.234,5', xx)).toMatchObject({ ok: true, value: '1234.5' });
    expect(readNumber('1,5', xx)).toMatchObject({ ok: true, value: '1.5' });
    expect(readNumber('1.5', xx)).toMatchObject({ ok: false });
  });
});

describe('the page in the defined language', () => {
  beforeEach(() => {
    replaceAppStore(createAppStore(() => new MemoryStorage()));
  });

  it('offers it in the language switch, and shows its text and numbers once chosen', () => {
    render(<App />);
    const switcher = screen.getByRole('group', { name: 'Language' });
    fireEvent.click(within(switcher).getByRole('button', { name: '[Pseudo]' }));
    expect(getAppStore().getState().lang).toBe('xx');
    expect(document.documentElement.lang).toBe('en-XA');

    expect(screen.getByRole('group', { name: '[Language]' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(/^\[Golden Dome/);
    const parsed = parseScenarioDoc(formToDoc(getAppStore().getState().form));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    const totals = buildReport(computeScenario(parsed.scenario), getAppStore().getState().dollars).totals;
    const summary = screen.getByLabelText('[Summary]');
    expect(summary).toHaveTextContent('175,00 bns USD');
    expect(summary).toHaveTextContent(formatMoney(totals.canadaCad, 'CAD', xx));
  });

  it('is the page’s language from the address, like a shipped one', () => {
    window.history.replaceState(null, '', '/?lang=xx');
    render(<App />);
    expect(getAppStore().getState().lang).toBe('xx');
    expect(screen.getByRole('button', { name: '[Pseudo]', pressed: true })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '[Calculator]' })).toBeInTheDocument();
  });
});
