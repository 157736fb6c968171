/**
 * The single HTML file (dist/golden-dome-calculator.html) opened from disk with every request
 * outside `file:` refused: the calculator, a simulation in its worker, the why page, the exercises,
 * downloads equal to the command line's, and links that say they work only on this computer.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, test } from '@playwright/test';
import { SINGLE_FILE } from '../../vite.config';
import {
  cliExport,
  cliSimulate,
  downloadBytes,
  downloadFrom,
  presetPath,
  ROOT,
  saveDownload,
  setNumber,
  watchCsp,
} from './helpers';

const FILE_URL = pathToFileURL(join(ROOT, 'dist', SINGLE_FILE)).toString();
const PRESET = 'cbo-2025-high-gdp';

test('the single file holds everything: no script, style or worker file beside it', () => {
  const html = readFileSync(join(ROOT, 'dist', SINGLE_FILE), 'utf8');
  expect(html).not.toMatch(/<script[^>]*\ssrc=/);
  expect(html).not.toMatch(/<link[^>]*rel="(stylesheet|modulepreload|manifest)"/);
  expect(html).not.toContain('serviceWorker.register');
  const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html)?.[1] ?? '';
  expect(csp).toMatch(/script-src 'sha256-[^']+'/);
  expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
  expect(csp).toContain('worker-src blob:');
  expect(csp).toContain("connect-src 'none'");
});

test('opened from disk with no network: calculator, simulation, why page, exercises, downloads', async ({
  page,
  context,
}) => {
  const attempted: string[] = [];
  await context.route('**', (route) => {
    const url = route.request().url();
    if (url.startsWith('file:')) return route.continue();
    attempted.push(url);
    return route.abort();
  });
  const requested: string[] = [];
  context.on('request', (r) => requested.push(r.url()));
  const workers: string[] = [];
  page.on('worker', (w) => workers.push(w.url()));
  const violations = await watchCsp(page);

  await page.goto(FILE_URL);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  // The hosted page offers the file; the file does not offer itself.
  await expect(page.getByRole('link', { name: 'Download the calculator as one file' })).toHaveCount(0);

  // A simulation in its worker, its CSV equal to the command line's for the same draws and seed.
  await page.getByRole('combobox', { name: 'Preset scenario' }).selectOption(PRESET);
  await setNumber(page, 'Draws', '2000');
  await setNumber(page, 'Seed', '7');
  const panel = page.getByRole('region', { name: 'Range of outcomes' });
  await expect(panel.getByText(/from 2,000 draws \(seed 7\)/)).toBeVisible({ timeout: 20_000 });
  expect(workers.length).toBeGreaterThan(0);
  expect(workers.every((url) => url.startsWith('blob:'))).toBe(true);
  const percentiles = await downloadBytes(await downloadFrom(page, 'Download percentiles CSV'));
  expect(percentiles.equals(cliSimulate(presetPath(PRESET), 2000, 7)(`${PRESET}.percentiles.csv`))).toBe(
    true,
  );

  // Move a slider; the years CSV is the command line's for the scenario file the page saves.
  await page.getByRole('slider', { name: 'Years' }).fill('12');
  await expect(page.getByRole('textbox', { name: 'Years' })).toHaveValue('12');
  const scenario = await saveDownload(await downloadFrom(page, 'Download scenario JSON'));
  const id = (JSON.parse(readFileSync(scenario, 'utf8')) as { id: string }).id;
  const years = await downloadBytes(await downloadFrom(page, 'Download years CSV'));
  expect(years.equals(cliExport(scenario).read(`${id}.years.csv`))).toBe(true);

  // A link made here points to this file, and says so.
  await page.getByRole('button', { name: 'Copy share link' }).click();
  await expect(page.getByRole('textbox', { name: 'Share link' })).toHaveValue(/^file:\/\/.*#/);
  await expect(page.getByText(/a link made here works only on this computer/)).toBeVisible();

  // The printed report is laid out for paper.
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.report-head').first()).toBeVisible();
  await page.emulateMedia({ media: 'screen' });

  await page.getByRole('link', { name: 'Why the numbers differ' }).click();
  await expect(page.getByRole('heading', { level: 2 }).first()).toBeVisible();
  await page.getByRole('link', { name: 'Exercises', exact: true }).click();
  await page.locator('#main a[href*="exercise="]').first().click();
  await expect(page).toHaveURL(/exercise=/);
  await expect(page.getByRole('heading', { level: 2 }).first()).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

  expect(attempted).toEqual([]);
  expect(requested.filter((url) => !/^(file|data|blob):/.test(url))).toEqual([]);
  expect(await violations()).toEqual([]);
});
