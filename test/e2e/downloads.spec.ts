/**
 * The three downloads: the years CSV and the summary CSV are the same bytes as the command line's
 * `export` of the same preset file, and the scenario JSON reads back to the same scenario.
 */
import { expect, test, type Page } from '@playwright/test';
import { scenarioToText, parseScenarioText } from '../../src/io';
import {
  cliExport,
  DEFAULT_PRESET,
  downloadBytes,
  downloadFrom,
  loadPreset,
  openApp,
  presetPath,
  saveDownload,
  saveScenario,
} from './helpers';

async function choosePreset(page: Page, id: string): Promise<void> {
  const picker = page.getByRole('combobox', { name: 'Preset scenario' });
  if ((await picker.inputValue()) !== id) await picker.selectOption(id);
  await expect(picker).toHaveValue(id);
}

for (const id of [DEFAULT_PRESET, 'ask-61-fixed', 'aei-high-population']) {
  test(`${id}: years CSV, summary CSV and JSON match the command line`, async ({ page }) => {
    await openApp(page);
    await choosePreset(page, id);
    const cli = cliExport(presetPath(id));

    const years = await downloadFrom(page, 'Download years CSV');
    expect(years.suggestedFilename()).toBe(`${id}.years.csv`);
    expect((await downloadBytes(years)).equals(cli.read(`${id}.years.csv`))).toBe(true);

    const summary = await downloadFrom(page, 'Download summary CSV');
    expect(summary.suggestedFilename()).toBe('summary.csv');
    const summaryBytes = await downloadBytes(summary);
    expect(summaryBytes.toString('utf8')).toBe(cli.read('summary.csv').toString('utf8'));
    expect(summaryBytes.equals(cli.read('summary.csv'))).toBe(true);

    const json = await downloadFrom(page, 'Download scenario JSON');
    expect(json.suggestedFilename()).toBe(`${id}.json`);
    const reread = parseScenarioText((await downloadBytes(json)).toString('utf8'));
    expect(reread.ok).toBe(true);
    if (reread.ok) expect(scenarioToText(reread.scenario)).toBe(scenarioToText(loadPreset(id)));
  });
}

test('in constant dollars the years CSV matches `export --dollars constant`', async ({ page }) => {
  const id = 'cbo-2025-high-gdp';
  await openApp(page);
  await choosePreset(page, id);
  await page.getByRole('radio', { name: /^Constant/ }).check();
  const cli = cliExport(presetPath(id), 'constant');
  const years = await downloadBytes(await downloadFrom(page, 'Download years CSV'));
  expect(years.toString('utf8')).toContain(',constant,');
  expect(years.equals(cli.read(`${id}.years.csv`))).toBe(true);
});

test('the summary CSV of two compared scenarios matches `export` of their JSON files', async ({ page }) => {
  await openApp(page);
  await saveScenario(page, 'Alpha');
  await choosePreset(page, 'nws-40-precedent');
  await saveScenario(page, 'Beta');
  await page.getByRole('checkbox', { name: 'Compare Alpha' }).check();
  await page.getByRole('checkbox', { name: 'Compare Beta' }).check();
  const summary = await downloadBytes(await downloadFrom(page, 'Download summary CSV (2 compared)'));

  const files: string[] = [];
  for (const name of ['Alpha', 'Beta']) {
    await page.getByRole('button', { name: `Open ${name}`, exact: true }).click();
    files.push(await saveDownload(await downloadFrom(page, 'Download scenario JSON')));
  }
  const cli = cliExport(files);
  expect(summary.toString('utf8')).toBe(cli.read('summary.csv').toString('utf8'));
  expect(summary.equals(cli.read('summary.csv'))).toBe(true);
});

test('an edited preset downloads under a name and id of its own, saying what differs', async ({ page }) => {
  await openApp(page);
  await choosePreset(page, 'ask-61-fixed');
  await page.getByRole('slider', { name: 'Years' }).fill('5');

  const json = await downloadFrom(page, 'Download scenario JSON');
  expect(json.suggestedFilename()).toBe('ask-61-fixed-edited.json');
  const parsed = parseScenarioText((await downloadBytes(json)).toString('utf8'));
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  expect(parsed.scenario.name).toBe(`Edited from “${loadPreset('ask-61-fixed').name}”`);
  expect(parsed.scenario.description).toContain('Years 3 → 5');
  expect(parsed.scenario.description).not.toContain('34.9%');

  const years = await downloadFrom(page, 'Download years CSV');
  expect(years.suggestedFilename()).toBe('ask-61-fixed-edited.years.csv');
  const summary = (await downloadBytes(await downloadFrom(page, 'Download summary CSV'))).toString('utf8');
  expect(summary).toContain('ask-61-fixed-edited,"Edited from “Trump');
  // The file, opened by the command line, gives the same bytes as the page's download.
  const cli = cliExport(await saveDownload(json));
  expect((await downloadBytes(years)).equals(cli.read('ask-61-fixed-edited.years.csv'))).toBe(true);
});
