/** axe-core audit in Chromium (WCAG 2 A/AA, 2.1 AA): no serious or critical violation. */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { openApp, saveScenario, showAllTables } from './helpers';

async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa']).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) => `${v.impact ?? ''} ${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    );
}

test('the default page has no serious or critical violation', async ({ page }) => {
  await openApp(page);
  await expect(page.getByRole('img').first()).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

test('with two scenarios compared, a share link and an error notice, still none', async ({ page }) => {
  await openApp(page);
  await saveScenario(page, 'First');
  await page.getByRole('combobox', { name: 'Preset scenario' }).selectOption('cbo-2025-high-gdp');
  await saveScenario(page, 'Second');
  await page.getByRole('checkbox', { name: 'Compare First' }).check();
  await page.getByRole('checkbox', { name: 'Compare Second' }).check();
  await expect(page.getByRole('heading', { name: 'Comparing 2 scenarios' })).toBeVisible();
  await page.getByRole('button', { name: 'Copy share link' }).click();
  await expect(page.getByRole('textbox', { name: 'Share link' })).toBeVisible();
  await page
    .getByLabel('Open scenario file', { exact: true })
    .setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from('{') });
  await expect(page.getByRole('alert')).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

test('the charts shown as tables and a custom amount have none either', async ({ page }) => {
  await openApp(page);
  await page.getByRole('combobox', { name: 'Published estimate' }).selectOption('__custom__');
  await expect(page.getByRole('slider', { name: 'Amount' })).toBeVisible();
  await showAllTables(page);
  await expect(page.getByRole('table').first()).toBeVisible();
  await page.mouse.move(0, 0); // audit the resting state; hover is checked below
  expect(await seriousViolations(page)).toEqual([]);
});

test('the page in French has none either, with a simulation, tables and a notice', async ({ page }) => {
  await openApp(page, '/?lang=fr');
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr-CA');
  await page.getByRole('combobox', { name: 'Scénario prédéfini' }).selectOption('cbo-2025-high-gdp');
  const outcomes = page.getByRole('region', { name: 'Éventail des résultats' });
  await expect(outcomes.getByRole('heading', { name: /^Quelle hypothèse compte le plus/ })).toBeVisible({
    timeout: 20_000,
  });
  await showAllTables(page, 'Afficher sous forme de tableau');
  await page
    .getByLabel('Ouvrir un fichier de scénario', { exact: true })
    .setInputFiles({ name: 'mauvais.json', mimeType: 'application/json', buffer: Buffer.from('{') });
  await expect(page.getByRole('alert')).toContainText('n’a pas été ouvert');
  await page.mouse.move(0, 0);
  expect(await seriousViolations(page)).toEqual([]);
});

// The hover style must not override a pressed button's colours (white text on a pale hover fill).
test('a pressed button keeps its contrast under the mouse', async ({ page }) => {
  await openApp(page);
  const english = page.getByRole('button', { name: 'English', exact: true });
  await expect(english).toHaveAttribute('aria-pressed', 'true');
  await english.hover();
  expect(await seriousViolations(page)).toEqual([]);
});

// A named chart, not the first button on the page: the charts reveal together, and this one keeps its
// choice, but a test should not depend on which chart happens to come first.
test('a chart switched to its table keeps its contrast under the mouse', async ({ page }) => {
  await openApp(page);
  const yearly = page.getByRole('region', { name: /^Yearly cost/ });
  await yearly.getByRole('button', { name: 'Show as table', exact: true }).click();
  const back = yearly.getByRole('button', { name: 'Show as chart', exact: true });
  await expect(back).toBeVisible();
  await expect(yearly.getByRole('table')).toBeVisible();
  await back.hover();
  expect(await seriousViolations(page)).toEqual([]);
  await expect(back).toBeVisible();
});
