/** The built page loads: heading, summary sentence, summary cards and drawn charts, all for the default preset. */
import { expect, test } from '@playwright/test';
import { computeScenario } from '../../src/core';
import { summarySentence } from '../../src/ui/results/summaryText';
import { card, DEFAULT_PRESET, expectedCanadaTotal, loadPreset, openApp, sentence } from './helpers';

test('the page shows the default preset with its summary, cards and charts', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await openApp(page);
  const preset = loadPreset(DEFAULT_PRESET);

  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Golden Dome/);
  await expect(page.getByRole('combobox', { name: 'Preset scenario' })).toHaveValue(DEFAULT_PRESET);
  await expect(sentence(page)).toHaveText(summarySentence(computeScenario(preset), 'USD', 'nominal'));
  await expect(page.getByLabel('Summary', { exact: true })).toBeVisible();
  await expect(card(page, 'Canada’s total')).toHaveText(expectedCanadaTotal(preset));

  const plots = page.getByRole('img').filter({ has: page.locator('svg') });
  await expect(plots.first()).toBeVisible();
  await expect.poll(() => plots.count(), { timeout: 10_000 }).toBeGreaterThanOrEqual(4);
  expect(errors).toEqual([]);
});
