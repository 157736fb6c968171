/**
 * No request leaves the page's origin during a whole session, and the built page carries a
 * Content-Security-Policy that forbids other origins (and is enforced).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { downloadBytes, downloadFrom, openApp, presetPath, ROOT, saveScenario, watchCsp } from './helpers';

test('a full session makes no request outside the page’s origin', async ({ page, context, baseURL }) => {
  const origin = new URL(baseURL ?? '').origin;
  const requests: string[] = [];
  context.on('request', (r) => requests.push(r.url()));
  const violations = await watchCsp(page);

  await openApp(page);
  await page.getByRole('slider', { name: 'Years' }).fill('12');
  await page.getByRole('combobox', { name: 'Preset scenario' }).selectOption('cbo-2025-high-gdp');
  await page.getByRole('radio', { name: /^Canadian dollars/ }).check();
  await page.getByRole('button', { name: 'Show as table' }).first().click();
  await saveScenario(page, 'One');
  await page.getByRole('combobox', { name: 'Preset scenario' }).selectOption('nws-40-precedent');
  await saveScenario(page, 'Two');
  await page.getByRole('checkbox', { name: 'Compare One' }).check();
  await page.getByRole('checkbox', { name: 'Compare Two' }).check();
  for (const button of [
    'Download years CSV',
    'Download summary CSV (2 compared)',
    'Download scenario JSON',
  ]) {
    expect((await downloadBytes(await downloadFrom(page, button))).length).toBeGreaterThan(0);
  }
  await page.getByLabel('Open scenario file', { exact: true }).setInputFiles({
    name: 'p.json',
    mimeType: 'application/json',
    buffer: readFileSync(presetPath('ask-71-fixed')),
  });
  await page.getByRole('button', { name: 'Copy share link' }).click();
  const link = await page.getByRole('textbox', { name: 'Share link' }).inputValue();
  await page.goto('about:blank');
  await page.goto(link);
  await expect(page.getByRole('combobox', { name: 'Preset scenario' })).toHaveValue('ask-71-fixed');
  await page.reload();
  await expect(page.getByRole('button', { name: 'Open Two', exact: true })).toBeVisible();

  const outside = requests.filter((url) => !(url.startsWith(`${origin}/`) || /^(data|blob):/.test(url)));
  expect(requests.length).toBeGreaterThan(0);
  expect(outside).toEqual([]);
  expect(await violations()).toEqual([]);
});

// zod 4 would probe for `new Function` on first parse (a reported CSP violation) unless it is
// configured jitless, as src/io/decimalField.ts does.
test('loading and editing raise no CSP violation at all', async ({ page }) => {
  const violations = await watchCsp(page);
  await openApp(page);
  await page.getByRole('slider', { name: 'Years' }).fill('12');
  await expect(page.getByRole('textbox', { name: 'Years' })).toHaveValue('12');
  expect(await violations()).toEqual([]);
});

test('the built page carries the CSP meta tag, and it blocks other origins', async ({ page, context }) => {
  const built = readFileSync(join(ROOT, 'dist', 'index.html'), 'utf8');
  expect(built).toMatch(/<meta http-equiv="Content-Security-Policy" content="[^"]*connect-src 'self'/);

  const violations = await watchCsp(page);
  const requests: string[] = [];
  context.on('request', (r) => requests.push(r.url()));
  await openApp(page);
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(csp).toContain("connect-src 'self'");
  expect(csp).toContain("default-src 'self'");
  expect(csp).toContain("script-src 'self'");
  expect(csp).not.toContain('unsafe-eval');

  const outcome = await page.evaluate(() =>
    fetch('https://example.org/leak').then(
      () => 'sent',
      () => 'blocked',
    ),
  );
  expect(outcome).toBe('blocked');
  await expect.poll(violations).toContainEqual(expect.stringMatching(/^connect-src https:\/\/example\.org/));
  expect(requests.filter((url) => url.includes('example.org'))).toEqual([]);
});
