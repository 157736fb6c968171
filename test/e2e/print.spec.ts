/**
 * Printing shows every chart for the current inputs. The page is never scrolled: the charts below
 * the fold must be as current as the summary cards, at the very moment printing starts (a
 * `beforeprint` handler cannot wait for a chart to load or redraw).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { computeScenario } from '../../src/core';
import { budgetText, cumulativeText, gdpText, yearlyText } from '../../src/ui/charts/describe';
import { resultSeries } from '../../src/ui/charts/series';
import { loadPreset, openApp } from './helpers';

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

test('window.print() right after a preset change prints every chart for the new scenario', async ({
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

test('in print media after a preset change, without scrolling, every chart is current', async ({ page }) => {
  await chartsDrawn(page);
  await page.getByRole('combobox', { name: 'Preset scenario' }).selectOption(PRESET);
  await page.emulateMedia({ media: 'print' });
  expectCurrent(await page.evaluate(readCharts));
  // Printed, the charts are laid out on the page (not hidden, not zero-sized).
  for (const plot of await page.locator('#results .result-charts [role="img"]').all())
    expect((await plot.boundingBox())?.height ?? 0).toBeGreaterThan(100);
});

test('the PDF of the page after a preset change carries the new charts', async ({ page }) => {
  await chartsDrawn(page);
  await page.getByRole('combobox', { name: 'Preset scenario' }).selectOption(PRESET);
  const pdf = join(mkdtempSync(join(tmpdir(), 'gd-print-')), 'page.pdf');
  await page.pdf({ path: pdf, format: 'A4', printBackground: true });
  const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
  for (const { title } of expectedCharts()) expect(text.replace(/\s+/g, ' ')).toContain(title);
  // The last year once in the summary sentence and at least once on each of the four result charts'
  // year axes; a chart left on the 3-year default (2026–2028) would not draw it.
  const lastYear = text.match(new RegExp(`\\b${LAST_YEAR}\\b`, 'g')) ?? [];
  expect(lastYear.length).toBeGreaterThanOrEqual(5);
});
