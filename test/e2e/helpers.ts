/**
 * Shared pieces of the real-browser tests: the expected figures computed by the core (in Node, the
 * same code the page runs), the command line's export, and locators by role and accessible name.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, type Download, type Locator, type Page } from '@playwright/test';
import {
  buildReport,
  computeScenario,
  type Dollars,
  type Scenario,
  type ScenarioResult,
} from '../../src/core';
import { parseScenarioText } from '../../src/io';
import { formatMoney } from '../../src/i18n';

export const ROOT = join(import.meta.dirname, '..', '..');
export const DEFAULT_PRESET = 'trump-175-gdp';

/** A shipped preset, read and validated from scenarios/ as the command line reads it. */
export function loadPreset(id: string): Scenario {
  const parsed = parseScenarioText(readFileSync(presetPath(id), 'utf8'));
  if (!parsed.ok) throw new Error(`${id}: ${parsed.problems.map((p) => p.message).join('; ')}`);
  return parsed.scenario;
}

export function presetPath(id: string): string {
  return join(ROOT, 'scenarios', `${id}.json`);
}

/** Canada's total in C$, as the summary card shows it (nominal dollars). */
export function canadaTotalText(result: ScenarioResult, dollars: Dollars = 'nominal'): string {
  return formatMoney(buildReport(result, dollars).totals.canadaCad, 'CAD');
}

export function expectedCanadaTotal(scenario: Scenario): string {
  return canadaTotalText(computeScenario(scenario));
}

/** Runs `npm run cli -- export <files> --out <tmp>` (as tsx directly) and returns the files it wrote. */
export function cliExport(
  files: string | readonly string[],
  dollars: Dollars = 'nominal',
): { dir: string; read: (name: string) => Buffer } {
  const dir = mkdtempSync(join(tmpdir(), 'gd-cli-'));
  const paths = typeof files === 'string' ? [files] : files;
  execFileSync('npx', ['tsx', 'src/cli/main.ts', 'export', ...paths, '--out', dir, '--dollars', dollars], {
    cwd: ROOT,
    stdio: 'pipe',
  });
  return { dir, read: (name) => readFileSync(join(dir, name)) };
}

/** Runs `npm run cli -- simulate <file>` (as tsx directly); returns a reader of the files it wrote. */
export function cliSimulate(file: string, draws: number, seed: number): (name: string) => Buffer {
  const dir = mkdtempSync(join(tmpdir(), 'gd-sim-'));
  execFileSync(
    'npx',
    [
      'tsx',
      'src/cli/main.ts',
      'simulate',
      file,
      '--out',
      dir,
      '--draws',
      String(draws),
      '--seed',
      String(seed),
    ],
    {
      cwd: ROOT,
      stdio: 'pipe',
    },
  );
  return (name) => readFileSync(join(dir, name));
}

/** Saves a finished download under its suggested name in a new temporary folder; returns the path. */
export async function saveDownload(download: Download): Promise<string> {
  const path = join(mkdtempSync(join(tmpdir(), 'gd-dl-')), download.suggestedFilename());
  await download.saveAs(path);
  return path;
}

/** The bytes of a finished download. */
export async function downloadBytes(download: Download): Promise<Buffer> {
  return readFileSync(await saveDownload(download));
}

/** Clicks a button and returns the download it starts. */
export async function downloadFrom(page: Page, button: string): Promise<Download> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: button }).click(),
  ]);
  return download;
}

/** The summary sentence under the Results heading. */
export function sentence(page: Page): Locator {
  return page.locator('#results').getByText(/^Canada would pay/);
}

/** The value shown on one summary card, found by its visible label. */
export function card(page: Page, label: string): Locator {
  return page
    .getByLabel('Summary', { exact: true })
    .locator('.card')
    .filter({ has: page.getByText(label, { exact: true }) })
    .locator('.card-value');
}

/** Opens the app and waits until the results are drawn. */
export async function openApp(page: Page, path = '/'): Promise<void> {
  await page.goto(path);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
}

/** Types a number in a field and presses Enter. */
export async function setNumber(page: Page, name: string, value: string): Promise<void> {
  const box = page.getByRole('textbox', { name, exact: true });
  await box.fill(value);
  await box.press('Enter');
  await expect(box).toHaveValue(value);
}

/** Saves the current scenario under `name` with the "Saved scenarios" form. */
export async function saveScenario(page: Page, name: string): Promise<void> {
  await page.getByRole('textbox', { name: 'Name', exact: true }).fill(name);
  await page.getByRole('button', { name: 'Save scenario' }).click();
  await expect(page.getByRole('button', { name: `Open ${name}`, exact: true })).toBeVisible();
}

/**
 * Switches every chart on the page to its table. Each button is renamed ("Show as chart") once
 * pressed, so the first one left is pressed until none is left.
 */
export async function showAllTables(page: Page, name = 'Show as table'): Promise<void> {
  const buttons = page.getByRole('button', { name, exact: true });
  await expect(buttons.first()).toBeVisible();
  for (let left = await buttons.count(); left > 0; left = await buttons.count())
    await buttons.first().click();
}

/** Every CSP violation the page reports, collected before any script of the app runs. */
export async function watchCsp(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (e) =>
      seen.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  return () => page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
}
