/**
 * The address is the view: scenario, currency, dollars, language and page. Copying it and opening it
 * elsewhere, in a fresh browser or in a tab that already shows the app, shows exactly that.
 */
import { expect, test, type Page } from '@playwright/test';
import { openApp } from './helpers';

/** Sets up a view a sender would share: an edited preset, in C$, constant dollars, in French. */
async function senderView(page: Page): Promise<{ link: string; sentence: string }> {
  await openApp(page);
  await page.getByRole('combobox', { name: 'Preset scenario' }).selectOption('cbo-2025-high-gdp');
  await page.getByRole('slider', { name: 'Years' }).fill('12');
  await page.getByRole('radio', { name: 'Canadian dollars' }).check();
  await page.getByRole('radio', { name: /Constant/ }).check();
  await page.getByRole('button', { name: 'Français' }).click();
  const sentence = (await page.locator('#results .results-body > .sentence').textContent()) ?? '';
  expect(sentence).toMatch(/\$\s?CA/);
  return { link: page.url(), sentence };
}

test('the address holds the view; opened in a fresh browser it shows exactly that', async ({
  page,
  browser,
}) => {
  const { link, sentence } = await senderView(page);
  expect(link).toMatch(/lang=fr/);
  expect(link).toMatch(/#s=2\./);

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.goto(link);
  await expect(other.locator('#results .results-body > .sentence')).toHaveText(sentence);
  await expect(other.getByRole('radio', { name: 'dollars canadiens' })).toBeChecked();
  await expect(other.getByRole('textbox', { name: 'Années' })).toHaveValue('12');
  // The recipient is told it is an edited scenario, not the unmodified preset.
  await expect(other.getByRole('status').filter({ hasText: 'Modifié à partir de' })).toBeVisible();
  await fresh.close();
});

test('a link pasted into a tab that already shows the app is opened, and Undo brings the tab back', async ({
  page,
  browser,
}) => {
  const { link, sentence } = await senderView(page);
  const recipient = await browser.newContext();
  const tab = await recipient.newPage();
  await openApp(tab, '/?lang=fr');
  const before = (await tab.locator('#results .results-body > .sentence').textContent()) ?? '';
  await tab.evaluate((hash) => {
    window.location.hash = hash;
  }, new URL(link).hash);
  await expect(tab.locator('#results .results-body > .sentence')).toHaveText(sentence);
  await tab.getByRole('status').getByRole('button', { name: 'Annuler' }).click();
  await expect(tab.locator('#results .results-body > .sentence')).toHaveText(before);
  await expect(tab.getByRole('radio', { name: 'dollars américains' })).toBeChecked();
  await recipient.close();
});

test('edits replace the address, they do not pile up in the history', async ({ page }) => {
  await openApp(page);
  const length = await page.evaluate(() => window.history.length);
  for (const years of ['4', '5', '6']) await page.getByRole('slider', { name: 'Years' }).fill(years);
  await expect.poll(() => page.url()).toMatch(/#s=2\./);
  expect(await page.evaluate(() => window.history.length)).toBe(length);
  await page.reload();
  await expect(page.getByRole('textbox', { name: 'Years' })).toHaveValue('6');
  // Reloading one's own address says nothing.
  await expect(page.getByRole('status').filter({ hasText: 'Opened' })).toHaveCount(0);
});

test('the why page and an exercise keep their page and language in the address', async ({ page }) => {
  await openApp(page, '/?lang=fr');
  await page
    .getByRole('link', { name: /Pourquoi/ })
    .first()
    .click();
  await expect.poll(() => page.url()).toMatch(/view=why/);
  expect(page.url()).toMatch(/lang=fr/);
  expect(new URL(page.url()).hash).toBe('');
});
