/**
 * Printing the calculator prints the report: one page (A4 and Letter), English and French, of the
 * current scenario (heading, sentence, cards, working, yearly chart, assumptions, sources), never the
 * form. The page is never scrolled: the charts below the fold must be as current as the summary
 * cards at the very moment printing starts (a `beforeprint` handler cannot wait for a redraw).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { buildReport, computeScenario } from '../../src/core';
import { scenarioName, type Lang } from '../../src/i18n';
import { formatMoney } from '../../src/i18n';
import { cumulativeText, gdpText, yearlyText } from '../../src/ui/charts/describe';
import { budgetText } from '../../src/ui/charts/describeBudget';
import { resultSeries } from '../../src/ui/charts/series';
import { DEFAULT_PRESET, loadPreset, openApp, ROOT, saveScenario } from './helpers';

/** The example: 20 years from 2026, after the default 3-year preset. */
const PRESET = 'cbo-2025-high-gdp';
const LAST_YEAR = '2045';

/** Title and screen-reader summary of each result chart, computed in Node from the preset. */
function expectedCharts(): { title: string; summary: string }[] {
  const series = resultSeries(computeScenario(loadPreset(PRESET)), 'USD', 'nominal', 'en');
  return [yearlyText, cumulativeText, budgetText, gdpText].map((text) => {
    const { title, summary } = text(series, 'en');
    return { title, summary };
  });
}

interface PrintedChart {
  readonly title: string;
  readonly summary: string;
  /** The axis text drawn in the chart's SVG. */
  readonly svgText: string;
}

/** Reads, in the page, what each result chart shows right now (no waiting, no retry). */
function readCharts(): PrintedChart[] {
  return [...document.querySelectorAll('#results .result-charts .chart')].map((chart) => ({
    title: chart.querySelector('h3')?.textContent ?? '',
    summary: chart.querySelector('[role="img"]')?.getAttribute('aria-label') ?? '',
    svgText: [...chart.querySelectorAll('svg text')].map((t) => t.textContent).join(' '),
  }));
}

async function chartsDrawn(page: Page): Promise<void> {
  await openApp(page);
  await expect(page.locator('#results .result-charts svg.year-plot-svg')).toHaveCount(4);
}

function expectCurrent(printed: readonly PrintedChart[]): void {
  const expected = expectedCharts();
  expect(printed.map(({ title, summary }) => ({ title, summary }))).toEqual(expected);
  // Every chart's year axis ends on the preset's last year (the last year is always labelled).
  for (const chart of printed) expect(chart.svgText, chart.title).toContain(LAST_YEAR);
}

test('window.print() right after a preset change: the report’s chart and every chart are for the new scenario', async ({
  page,
}) => {
  await chartsDrawn(page);
  // Choose the preset and print in the same task, as fast as a person could press Ctrl+P: what
  // `beforeprint` sees is what goes to paper.
  await page.evaluate(`window.__readCharts = ${readCharts.toString()}`);
  const printed = await page.evaluate((preset) => {
    const read = (window as unknown as { __readCharts: () => unknown }).__readCharts;
    const snapshot: { charts?: unknown } = {};
    window.addEventListener('beforeprint', () => (snapshot.charts = read()), { once: true });
    const select = document.querySelector<HTMLSelectElement>('#preset');
    if (!select) throw new Error('no preset picker');
    select.value = preset;
    select.dispatchEvent(new Event('change', { bubbles: true }));
    window.print();
    return snapshot.charts;
  }, PRESET);
  expect(printed, 'beforeprint did not fire').toBeDefined();
  expectCurrent(printed as PrintedChart[]);
});

test('in print media after a preset change, without scrolling, the report shows the current yearly chart alone', async ({
  page,
}) => {
  await chartsDrawn(page);
  await page.getByRole('combobox', { name: 'Preset scenario' }).selectOption(PRESET);
  await page.emulateMedia({ media: 'print' });
  // The yearly chart is the one printed (the others, hidden in print, draw nothing meanwhile).
  const [yearly] = await page.evaluate(readCharts);
  expect(yearly?.title).toBe(expectedCharts()[0]?.title);
  expect(yearly?.svgText).toContain(LAST_YEAR);
  // Printed, the yearly chart is laid out (not hidden, not zero-sized); the other charts and the form are not.
  const plots = await page.locator('#results .result-charts [role="img"]').all();
  expect((await plots[0]?.boundingBox())?.height ?? 0).toBeGreaterThan(100);
  for (const plot of plots.slice(1)) await expect(plot).toBeHidden();
  await expect(page.getByRole('combobox', { name: 'Preset scenario' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Download years CSV' })).toBeHidden();
  await expect(page.getByRole('heading', { name: 'Assumptions', exact: true })).toBeVisible();
});

/** The PDF of the page as printed, and its text with every kind of space made one plain space. */
async function printed(page: Page, format: 'A4' | 'Letter'): Promise<{ pages: number; text: string }> {
  const pdf = join(mkdtempSync(join(tmpdir(), 'gd-print-')), 'page.pdf');
  await page.pdf({ path: pdf, format, printBackground: true });
  const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
  const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
  return { pages: Number(/Pages:\s+(\d+)/.exec(info)?.[1]), text: flat(text) };
}

const flat = (s: string) => s.replace(/[\s\u00a0\u202f]+/g, ' ');

/** What the report must say for a preset, in the page's language: its name, years and totals. */
function expectedReport(id: string, lang: Lang): string[] {
  const scenario = loadPreset(id);
  const result = computeScenario(scenario);
  const { totals } = buildReport(result, 'nominal');
  const last = scenario.startYear + scenario.years - 1;
  return [
    scenarioName(scenario, lang),
    scenario.years === 1 ? String(last) : `${scenario.startYear}–${last}`,
    formatMoney(totals.canadaCad, 'CAD', lang),
    formatMoney(totals.programUsd, 'USD', lang),
    formatMoney(totals.canadaCadPerPerson, 'CAD', lang),
    yearlyText(resultSeries(result, 'USD', 'nominal', lang), lang).title,
    lang === 'fr' ? 'Hypothèses' : 'Assumptions',
    lang === 'fr' ? 'Le calcul' : 'The arithmetic',
  ].map(flat);
}

const FORM = [
  'Preset scenario',
  'Undo',
  'Download years CSV',
  'Save scenario',
  'Show as table',
  'Download chart',
];

for (const lang of ['en', 'fr'] as const)
  for (const format of ['A4', 'Letter'] as const)
    test(`the printed report (${lang}, ${format}) is one page of the current scenario, not the form`, async ({
      page,
    }) => {
      await openApp(page, lang === 'fr' ? '/?lang=fr' : '/');
      await expect(page.locator('#results .result-charts svg.year-plot-svg')).toHaveCount(4);
      await page.locator('#preset').selectOption(PRESET);
      const { pages, text } = await printed(page, format);
      expect(pages).toBe(1);
      for (const expected of expectedReport(PRESET, lang)) expect(text).toContain(expected);
      // The last year in the sentence and on the yearly chart's axis.
      expect(text.match(new RegExp(`\\b${LAST_YEAR}\\b`, 'g'))?.length ?? 0).toBeGreaterThanOrEqual(2);
      if (lang === 'en') for (const word of FORM) expect(text).not.toContain(word);
    });

test('every preset prints on one page, A4 and Letter, in English and French', async ({ page }) => {
  test.setTimeout(240_000);
  const presets = readdirSync(join(ROOT, 'scenarios'))
    .filter((f) => f.endsWith('.json'))
    .map((f) => f.replace(/\.json$/, ''));
  for (const lang of ['en', 'fr'] as const) {
    await openApp(page, lang === 'fr' ? '/?lang=fr' : '/');
    for (const id of presets) {
      await page.locator('#preset').selectOption(id);
      for (const format of ['A4', 'Letter'] as const) {
        const { pages, text } = await printed(page, format);
        expect(pages, `${id} ${lang} ${format}`).toBe(1);
        expect(text, `${id} ${lang}`).toContain(expectedReport(id, lang)[2]);
      }
    }
  }
});

test('“Print report” opens the print dialog for the report', async ({ page }) => {
  await openApp(page);
  await page.evaluate(() => {
    const w = window as unknown as { printed: number };
    w.printed = 0;
    window.print = () => (w.printed += 1);
  });
  await page.getByRole('button', { name: 'Print report' }).click();
  expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
  const { pages, text } = await printed(page, 'A4');
  expect(pages).toBe(1);
  expect(text).toContain(flat(expectedReport(DEFAULT_PRESET, 'en')[2] ?? ''));
});

test('“Print comparison” prints the compared scenarios on one page, then the report again', async ({
  page,
}) => {
  await openApp(page);
  await saveScenario(page, 'Alpha');
  await page.locator('#preset').selectOption(PRESET);
  await saveScenario(page, 'Beta');
  await page.getByRole('checkbox', { name: 'Compare Alpha' }).check();
  await page.getByRole('checkbox', { name: 'Compare Beta' }).check();
  await page.evaluate(() => (window.print = () => undefined));
  await page.getByRole('button', { name: 'Print comparison' }).click();
  const { pages, text } = await printed(page, 'Letter');
  expect(pages).toBe(1);
  expect(text).toContain('Comparing 2 scenarios');
  for (const id of [DEFAULT_PRESET, PRESET]) {
    const totals = buildReport(computeScenario(loadPreset(id)), 'nominal').totals;
    expect(text).toContain(flat(formatMoney(totals.canadaCad, 'CAD')));
  }
  expect(text).toMatch(/Alpha.*Beta/);
  expect(text).not.toContain('Assumptions');
  expect(text).not.toContain('Print comparison');
  // Once printing is over, Ctrl+P prints the report again.
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  expect((await printed(page, 'Letter')).text).toContain('Assumptions');
});
