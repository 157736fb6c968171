/**
 * The range of outcomes in a real browser: the simulation runs in a Web Worker, and its two CSV
 * downloads are the same bytes as `npm run cli -- simulate` with the same draws and seed.
 */
import { expect, test } from '@playwright/test';
import { cliSimulate, downloadBytes, downloadFrom, openApp, presetPath, setNumber } from './helpers';

const PRESET = 'cbo-2025-high-gdp';

test('percentiles and sensitivity CSVs match the command line for the same seed', async ({ page }) => {
  const workers: string[] = [];
  page.on('worker', (w) => workers.push(w.url()));
  await openApp(page);
  await page.getByRole('combobox', { name: 'Preset scenario' }).selectOption(PRESET);
  await setNumber(page, 'Draws', '5000');
  await setNumber(page, 'Seed', '42');
  const panel = page.getByRole('region', { name: 'Range of outcomes' });
  await expect(panel.getByText(/from 5,000 draws \(seed 42\)/)).toBeVisible({ timeout: 20_000 });
  expect(workers.length).toBeGreaterThan(0);
  await expect(panel.getByRole('heading', { name: /range of outcomes/ })).toBeVisible();
  await expect(panel.getByRole('heading', { name: /Which assumption matters most/ })).toBeVisible();

  const cli = cliSimulate(presetPath(PRESET), 5000, 42);
  const percentiles = await downloadFrom(page, 'Download percentiles CSV');
  expect(percentiles.suggestedFilename()).toBe(`${PRESET}.percentiles.csv`);
  expect((await downloadBytes(percentiles)).equals(cli(`${PRESET}.percentiles.csv`))).toBe(true);
  const sensitivity = await downloadFrom(page, 'Download sensitivity CSV');
  expect((await downloadBytes(sensitivity)).equals(cli(`${PRESET}.sensitivity.csv`))).toBe(true);
});

test('moving a slider restarts the simulation and the page stays responsive', async ({ page }) => {
  await openApp(page);
  await page.getByRole('combobox', { name: 'Preset scenario' }).selectOption(PRESET);
  const panel = page.getByRole('region', { name: 'Range of outcomes' });
  await expect(panel.getByText(/draws \(seed/)).toBeVisible({ timeout: 20_000 });
  const before = await panel.locator('.sentence').innerText();
  // Inflation has no range here, so every draw changes with it (cost growth's range is uniform:
  // moving its most likely value would, correctly, change nothing).
  const slider = page.getByRole('slider', { name: 'Inflation (%)' });
  await slider.focus();
  for (let i = 0; i < 10; i += 1) await slider.press('ArrowRight');
  await expect(page.getByRole('textbox', { name: 'Inflation (%)', exact: true })).toHaveValue('3');
  await expect(panel.locator('.sentence')).not.toHaveText(before, { timeout: 20_000 });
});
