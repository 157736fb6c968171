/**
 * The outlook in a real browser: switching to projected budgets and picking the NATO pledge path
 * changes the results on the page, and the years CSV gains each year's GDP and planned budget,
 * the same bytes as the command line gives for the downloaded scenario.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { buildReport, computeScenario, Dec, fixed, MONEY_DP } from '../../src/core';
import { parseScenarioText } from '../../src/io';
import { cliExport, downloadBytes, downloadFrom, openApp, saveDownload, sentence } from './helpers';

/** A CSV without quoted commas as rows of cells by column name. */
function rows(csv: string): Record<string, string>[] {
  const [head = '', ...lines] = csv.trim().split(/\r?\n/);
  const names = head.split(',');
  return lines.map((line) => Object.fromEntries(line.split(',').map((cell, i) => [names[i] ?? '', cell])));
}

test('projected budgets on the NATO pledge change the results and fill the years CSV', async ({ page }) => {
  await openApp(page);
  const section = page.getByRole('group', { name: '5. Defence budgets and GDP, year by year' });
  await expect(section.getByRole('radio', { name: /^As given/ })).toBeChecked();
  const given = rows((await downloadBytes(await downloadFrom(page, 'Download years CSV'))).toString('utf8'));
  expect(new Set(given.map((r) => r['canada_defence_budget_cad'])).size).toBe(1);

  await section.getByRole('radio', { name: /^Projected/ }).check();
  const canada = section.getByRole('group', { name: 'Canada’s defence budget' });
  await canada.getByRole('radio', { name: /^Held at the 2025-26 level/ }).check();
  const held = await sentence(page).textContent();
  await canada.getByRole('radio', { name: /^NATO pledge: 3.5% of GDP by 2035/ }).check();
  await expect(sentence(page)).not.toHaveText(held ?? '');

  const json = await downloadFrom(page, 'Download scenario JSON');
  const parsed = parseScenarioText((await downloadBytes(json)).toString('utf8'));
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  expect(parsed.scenario.outlook?.canadaBudget).toEqual({ path: 'pledge' });
  expect(parsed.scenario.description).toContain('as given → NATO pledge');

  const yearsDownload = await downloadFrom(page, 'Download years CSV');
  const csv = (await downloadBytes(yearsDownload)).toString('utf8');
  const header = csv.split(/\r?\n/)[0] ?? '';
  expect(header).toMatch(
    /,canada_gdp_usd,canada_defence_budget_cad,pledge_gap_cad,canada_pct_of_pledge_gap$/,
  );
  const projected = rows(csv);
  const report = buildReport(computeScenario(parsed.scenario), 'nominal');
  expect(projected.map((r) => r['canada_defence_budget_cad'])).toEqual(
    report.rows.map((y) => fixed(y.canadaDefenceBudgetCad, MONEY_DP)),
  );
  // By hand: on the pledge path 2026's budget is 2 % + (3.5 − 2) / 10 = 2.15 % of that year's GDP.
  const first = projected[0];
  if (!first) throw new Error('no years');
  expect(first['year']).toBe('2026');
  const share = new Dec(first['canada_defence_budget_cad'] ?? '0')
    .div(new Dec(first['canada_gdp_usd'] ?? '1').times(parsed.scenario.fx.cadPerUsd))
    .times(100);
  expect(fixed(share, 4)).toBe('2.1500');
  // The page's download and the command line's export of the downloaded scenario agree to the byte.
  const cli = cliExport(await saveDownload(json));
  expect(Buffer.from(csv).equals(cli.read(yearsDownload.suggestedFilename()))).toBe(true);
});

test('the address carries a projected outlook to a fresh browser; the section passes the audit', async ({
  page,
  browser,
}) => {
  await openApp(page);
  const section = page.getByRole('group', { name: '5. Defence budgets and GDP, year by year' });
  await section.getByRole('radio', { name: /^Projected/ }).check();
  const us = section.getByRole('group', { name: 'US defence budget' });
  await us.getByRole('radio', { name: /^Custom target share and year/ }).check();
  const year = section.getByRole('textbox', { name: 'US target year', exact: true });
  await year.fill('2030');
  await year.press('Enter');
  await expect(page).toHaveURL(/#s=2\./);
  const address = page.url();

  const growth = section.getByRole('textbox', { name: 'Canada nominal GDP growth', exact: true });
  await growth.fill('abc');
  await growth.press('Enter');
  await expect(growth).toHaveAttribute('aria-invalid', 'true');
  const audit = await new AxeBuilder({ page })
    .include('.outlook-section')
    .withTags(['wcag2a', 'wcag2aa', 'wcag21aa'])
    .analyze();
  expect(audit.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await openApp(other, address.slice(address.indexOf('/', 'http://'.length)));
  const shown = other.getByRole('group', { name: '5. Defence budgets and GDP, year by year' });
  await expect(shown.getByRole('radio', { name: /^Projected/ })).toBeChecked();
  await expect(
    shown.getByRole('group', { name: 'US defence budget' }).getByRole('radio', { name: /^Custom target/ }),
  ).toBeChecked();
  await expect(shown.getByRole('textbox', { name: 'US target year', exact: true })).toHaveValue('2030');
  await fresh.close();
});
