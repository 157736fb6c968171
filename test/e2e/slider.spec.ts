/** Moving a slider recomputes the summary to exactly what the core computes for the changed scenario. */
import { expect, test } from '@playwright/test';
import { computeScenario, type Scenario } from '../../src/core';
import { summarySentence } from '../../src/ui/results/summaryText';
import { card, DEFAULT_PRESET, expectedCanadaTotal, loadPreset, openApp, sentence } from './helpers';

const withYears = (s: Scenario, years: number): Scenario => ({ ...s, years });

test.beforeEach(async ({ page }) => {
  await openApp(page);
});

test('ArrowRight on the Years slider adds a year and the summary follows', async ({ page }) => {
  const preset = loadPreset(DEFAULT_PRESET);
  const slider = page.getByRole('slider', { name: 'Years' });
  await expect(slider).toHaveValue(String(preset.years));

  await slider.focus();
  await page.keyboard.press('ArrowRight');

  const changed = withYears(preset, preset.years + 1);
  await expect(slider).toHaveValue(String(preset.years + 1));
  await expect(page.getByRole('textbox', { name: 'Years' })).toHaveValue(String(preset.years + 1));
  await expect(sentence(page)).toHaveText(summarySentence(computeScenario(changed), 'USD', 'nominal'));
  await expect(card(page, 'Canada’s total')).toHaveText(expectedCanadaTotal(changed));
});

test('filling the Years slider and typing in the Years field give the core’s figures', async ({ page }) => {
  const preset = loadPreset(DEFAULT_PRESET);
  await page.getByRole('slider', { name: 'Years' }).fill('10');
  await expect(sentence(page)).toHaveText(
    summarySentence(computeScenario(withYears(preset, 10)), 'USD', 'nominal'),
  );

  const field = page.getByRole('textbox', { name: 'Years' });
  await field.fill('20');
  await field.press('Enter');
  await expect(page.getByRole('slider', { name: 'Years' })).toHaveValue('20');
  await expect(card(page, 'Canada’s total')).toHaveText(expectedCanadaTotal(withYears(preset, 20)));
});
