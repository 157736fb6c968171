/**
 * Every chart's download menu in a real browser: the PNG is a PNG of the stated size whose title band
 * is drawn, the SVG carries the title and the source line as text, and the CSV's numbers are the
 * chart's table's numbers (the table rounds them to its digits).
 */
import { copyFileSync, readFileSync } from 'node:fs';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { PNG } from 'pngjs';
import { parseCsv } from '../../src/io';
import { openApp, saveDownload, saveScenario } from './helpers';

const PRESET = 'cbo-2025-high-gdp';
const SOURCE = 'Source: Congressional Budget Office, 2025-05-05 · Golden Dome cost calculator';

/** Which CSV columns hold each table column's numbers (several: a "low–high" cell). */
type Columns = readonly (readonly [table: number, csv: readonly number[]])[];

const YEARS: Columns = [
  [0, [0]],
  [1, [3]],
  [2, [4]],
  [3, [5]],
];
const CHARTS: readonly { title: RegExp; name: string; columns: Columns }[] = [
  { title: /^Yearly cost/, name: 'yearly-chart', columns: YEARS },
  {
    title: /^Canada’s cumulative cost/,
    name: 'cumulative-chart',
    columns: [
      [0, [0]],
      [1, [3]],
      [2, [4]],
    ],
  },
  {
    title: /defence budget/,
    name: 'budget-chart',
    columns: [
      [0, [0]],
      [1, [3]],
    ],
  },
  { title: /GDP/, name: 'gdp-chart', columns: YEARS },
  {
    title: /^Published estimates/,
    name: 'estimates-chart',
    columns: [
      [0, [0]],
      [2, [3, 4]],
    ],
  },
  { title: /^Scenarios compared/, name: 'compare-chart', columns: YEARS },
  {
    title: /range of outcomes/,
    name: 'fan-chart',
    columns: [0, 1, 2, 3, 4, 5].map((i) => [i, [i === 0 ? 0 : i + 2]] as const),
  },
  {
    title: /^Which assumption matters most/,
    name: 'tornado-chart',
    columns: [0, 1, 2, 3, 4, 5].map((i) => [i, [i]] as const),
  },
];

const unescapeXml = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&amp;/g, '&');

/** The words drawn in an SVG: its <text> elements' contents, one space between. */
function drawnText(svg: string): string {
  return [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]).join(' ');
}

async function setUp(page: Page): Promise<void> {
  await openApp(page);
  await page.getByRole('combobox', { name: 'Preset scenario' }).selectOption(PRESET);
  await saveScenario(page, 'Alpha');
  await page.getByRole('combobox', { name: 'Preset scenario' }).selectOption('trump-175-gdp');
  await saveScenario(page, 'Beta');
  await page.getByRole('checkbox', { name: 'Compare Alpha' }).check();
  await page.getByRole('checkbox', { name: 'Compare Beta' }).check();
  await page.getByRole('combobox', { name: 'Preset scenario' }).selectOption(PRESET);
  await expect(page.getByText(/draws \(seed/)).toBeVisible({ timeout: 30_000 });
}

function chart(page: Page, title: RegExp): Locator {
  return page.locator('section.chart').filter({ has: page.getByRole('heading', { name: title }) });
}

async function download(page: Page, scope: Locator, button: string | RegExp): Promise<string> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    scope.getByRole('button', { name: button }).click(),
  ]);
  return saveDownload(file);
}

/** The chart's table, as the page shows it when switched to "Show as table". */
async function tableOf(frame: Locator): Promise<string[][]> {
  await frame.getByRole('button', { name: 'Show as table' }).click();
  const rows = await frame
    .locator('table tbody tr')
    .evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent ?? '')));
  await frame.getByRole('button', { name: 'Show as chart' }).click();
  return rows;
}

/** A table cell's numbers ("1,234.56", "2.01%", "161.00–542.00") and how many decimals it shows. */
function numbersIn(cell: string): { values: number[]; digits: number } | undefined {
  const found = cell.replace(/,/g, '').match(/-?\d+(\.\d+)?/g);
  if (!found || /[A-Za-z$£]/.test(cell)) return undefined;
  return { values: found.map(Number), digits: found[0]?.split('.')[1]?.length ?? 0 };
}

function expectSameNumbers(table: string[][], csv: string[][], columns: Columns, title: string): void {
  expect(csv.length, `${title}: rows`).toBe(table.length);
  table.forEach((row, r) => {
    for (const [tc, ccs] of columns) {
      const cell = row[tc] ?? '';
      const csvCells = ccs.map((c) => csv[r]?.[c] ?? '');
      const numbers = csvCells.every((c) => /^-?\d+(\.\d+)?$/.test(c)) ? numbersIn(cell) : undefined;
      if (!numbers || cell.startsWith('<')) {
        if (ccs.length === 1 && !cell.startsWith('<')) expect(csvCells[0], `${title} [${r}]`).toBe(cell);
        continue;
      }
      // A single figure drawn as a range from itself: one number in the table, low = high in the CSV.
      const values = numbers.values.length === 1 ? csvCells.slice(0, 1) : csvCells;
      // The table shows each figure rounded down or up to its last place (a controlled rounding, so
      // its rows and columns add up: docs/model.md §7), so it is less than one unit of that place away.
      values.forEach((v, i) =>
        expect(
          Math.abs(Number(v) - (numbers.values[i] ?? NaN)),
          `${title} row ${r}: ${v} vs ${cell}`,
        ).toBeLessThan(10 ** -numbers.digits),
      );
    }
  });
}

test('every chart downloads as PNG, SVG and CSV for the current scenario', async ({ page }) => {
  test.setTimeout(180_000);
  await setUp(page);
  for (const { title, name, columns } of CHARTS) {
    await test.step(name, async () => {
      const frame = chart(page, title);
      const heading = (await frame.getByRole('heading').first().textContent()) ?? '';
      const menu = frame.getByRole('button', { name: `Download chart: ${heading}` });
      await menu.click();
      await expect(menu).toHaveAttribute('aria-expanded', 'true');
      const group = frame.getByRole('group', { name: `Download chart: ${heading}` });

      // PNG: the size the menu states, and a title band with ink in it.
      const pngButton = group.getByRole('button', { name: /^PNG image, [\d,]+ × [\d,]+ px$/ });
      const [, w, h] = /([\d,]+) × ([\d,]+)/.exec((await pngButton.textContent()) ?? '') ?? [];
      const pngPath = await download(page, group, /^PNG image/);
      expect(pngPath.endsWith(`${name}.png`), pngPath).toBe(true);
      copyFileSync(pngPath, `test-results/export-${name}.png`);
      const png = PNG.sync.read(readFileSync(pngPath));
      expect([png.width, png.height]).toEqual([Number(w?.replace(/,/g, '')), Number(h?.replace(/,/g, ''))]);
      let ink = 0;
      for (let y = 0; y < 60; y += 1)
        for (let x = 0; x < png.width; x += 1) {
          const i = (y * png.width + x) * 4;
          if ((png.data[i] ?? 255) < 128 && (png.data[i + 1] ?? 255) < 128) ink += 1;
        }
      expect(ink, `${name}: title band`).toBeGreaterThan(300);

      // SVG: title and source as text.
      const svgPath = await download(page, group, 'SVG image (text stays text)');
      copyFileSync(svgPath, `test-results/export-${name}.svg`);
      const svg = unescapeXml(readFileSync(svgPath, 'utf8'));
      expect(svg).toContain(`<title>${heading}</title>`);
      const drawn = drawnText(svg);
      expect(drawn).toContain(heading);
      if (name === 'estimates-chart') expect(drawn).toContain('Source: each estimate’s publisher');
      else if (name === 'compare-chart') expect(drawn).toMatch(/Source: Congressional .*; President Trump/);
      else expect(drawn).toContain(SOURCE);
      // The tornado is always in Canadian dollars; the others in the page's choice (US dollars here).
      expect(drawn).toContain(
        `Money in ${name === 'tornado-chart' ? 'Canadian' : 'US'} dollars, nominal (as spent each year).`,
      );

      // CSV: the table's numbers.
      const csv = parseCsv(readFileSync(await download(page, group, 'CSV of the numbers drawn'), 'utf8'));
      expectSameNumbers(await tableOf(frame), csv.slice(1), columns, name);
    });
  }
});

test('in French the image says it in French, and the menu is reachable by keyboard at 375 px', async ({
  page,
}) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await openApp(page, '/?lang=fr');
  const frame = chart(page, /^Coût annuel/);
  const heading = (await frame.getByRole('heading').first().textContent()) ?? '';
  const menu = frame.getByRole('button', { name: `Télécharger le graphique : ${heading}` });
  await menu.focus();
  await page.keyboard.press('Enter');
  const group = frame.getByRole('group', { name: `Télécharger le graphique : ${heading}` });
  await expect(group.getByRole('button', { name: /^Image PNG/ })).toBeVisible();
  const box = await group.boundingBox();
  expect((box?.x ?? 0) + (box?.width ?? 999)).toBeLessThanOrEqual(375);
  await group.scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/export-menu-phone-fr.png' });
  const svg = unescapeXml(readFileSync(await download(page, group, /^Image SVG/), 'utf8'));
  const drawn = drawnText(svg);
  expect(drawn).toContain(heading);
  expect(drawn).toContain('Source\u00a0: ');
  expect(drawn).toContain('Calculateur du coût du Dôme d’or');
  expect(drawn).toContain('Montants en dollars américains');
  await page.keyboard.press('Escape');
  await expect(menu).toBeFocused();
  await expect(menu).toHaveAttribute('aria-expanded', 'false');
});
