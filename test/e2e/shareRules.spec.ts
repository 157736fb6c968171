/**
 * The share rules as the form offers them: choosing the land-area rule gives the core's figures, its
 * hint gives its reason and its formula from the default areas, and the two land areas are fields of
 * the context figures with their unit, in English and in French.
 */
import { expect, test } from '@playwright/test';
import { computeScenario, type Scenario } from '../../src/core';
import { summarySentence } from '../../src/ui/results/summaryText';
import {
  card,
  DEFAULT_PRESET,
  expectedCanadaTotal,
  loadPreset,
  openApp,
  sentence,
  setNumber,
} from './helpers';

const byArea = (s: Scenario): Scenario => ({ ...s, share: { ...s.share, rule: 'area' } });

test('the land-area rule: reason and formula in its hint, the core’s figures in the summary', async ({
  page,
}) => {
  await openApp(page);
  const choice = page.getByRole('radio', { name: /^By land area/ });
  await expect(page.locator('label.choice').filter({ has: choice })).toContainText(
    'A shield covers territory, so each country pays for its part of the land. Default figures (millions of km²): Canada 8.79 ÷ (8.79 + 9.15) = 49%.',
  );
  await choice.check();
  const changed = byArea(loadPreset(DEFAULT_PRESET));
  await expect(sentence(page)).toHaveText(summarySentence(computeScenario(changed), 'USD', 'nominal'));
  await expect(card(page, 'Canada’s total')).toHaveText(expectedCanadaTotal(changed));
});

test('the land areas are context figures in millions of km², and editing one moves the land-area share', async ({
  page,
}) => {
  await openApp(page);
  await page.getByRole('radio', { name: /^By land area/ }).check();
  await page.getByText('Context figures: GDP, population, defence budgets, land area').click();
  await expect(page.getByRole('textbox', { name: 'Canada land area', exact: true })).toHaveValue('8.7887028');
  await expect(page.getByRole('textbox', { name: 'US land area', exact: true })).toHaveValue('9.14759307');
  await expect(page.getByText('millions of km²', { exact: true })).toHaveCount(2);
  // The same area for both: Canada pays half.
  await setNumber(page, 'US land area', '8.7887028');
  const preset = byArea(loadPreset(DEFAULT_PRESET));
  const equal = {
    ...preset,
    context: { ...preset.context, usLandAreaKm2: preset.context.canadaLandAreaKm2 },
  };
  expect(computeScenario(equal).ruleFraction.toString()).toBe('0.5');
  await expect(sentence(page)).toHaveText(summarySentence(computeScenario(equal), 'USD', 'nominal'));
});

test('in French: the rule, its reason and the land areas’ unit', async ({ page }) => {
  await openApp(page, '/?lang=fr');
  const choice = page.getByRole('radio', { name: /^Selon la superficie des terres/ });
  await expect(page.locator('label.choice').filter({ has: choice })).toContainText(
    'Un bouclier couvre un territoire\u00a0: chaque pays paie pour sa part des terres.',
  );
  await page.getByText(/^Chiffres de contexte/).click();
  await expect(page.getByText('millions de km²', { exact: true })).toHaveCount(2);
});
