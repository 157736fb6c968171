/**
 * Embeds in a real browser: an embed address shows one chart with its title, source and link to
 * the calculator; the code of a chart's "Embed" button, pasted into another page, shows that chart
 * in an <iframe> (the CSP allows framing); nothing leaves the origin; the <iframe>'s height holds
 * the embed whole at 375 and 700 px wide in both languages.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { EMBED_CHARTS, EMBED_HEIGHTS } from '../../src/ui/embed/embedCharts';
import { openApp } from './helpers';

/** The embed code of the yearly chart, in Canadian dollars, as its "Embed" button shows it. */
async function yearlyCode(page: Page): Promise<string> {
  await openApp(page);
  await page.getByRole('radio', { name: /^Canadian dollars/ }).check();
  await page.getByRole('button', { name: /^Embed chart: Yearly cost/ }).click();
  return page.getByRole('textbox', { name: 'HTML code to paste into your page' }).inputValue();
}

function srcOf(code: string): string {
  return (/src="([^"]+)"/.exec(code)?.[1] ?? '').replace(/&amp;/g, '&');
}

test('an embed address shows exactly one chart, its title, its source and the link to the calculator', async ({
  page,
  context,
  baseURL,
}) => {
  const origin = new URL(baseURL ?? '').origin;
  const requests: string[] = [];
  context.on('request', (r) => requests.push(r.url()));
  const src = srcOf(await yearlyCode(page));
  requests.length = 0;

  await page.goto(src);
  const chart = page.getByRole('region', { name: /^Yearly cost, C\$ billions/ });
  await expect(chart).toBeVisible();
  await expect(page.getByRole('region')).toHaveCount(1);
  await expect(page.getByRole('heading')).toHaveCount(1);
  await expect(chart.getByRole('img')).toBeVisible();
  await expect(page.getByText(/^Source: President Trump/)).toBeVisible();
  await expect(page.getByText('Money in Canadian dollars, nominal (as spent each year).')).toBeVisible();
  await expect(page.getByRole('slider')).toHaveCount(0);
  await expect(page.getByRole('navigation')).toHaveCount(0);
  const link = page.getByRole('link', { name: /^Open this scenario in the Golden Dome cost calculator/ });
  await expect(link).toHaveAttribute('target', '_blank');
  await expect(link).toHaveAttribute('rel', 'noopener');
  // The embed keeps its address; the link opens the same scenario in the calculator.
  expect(page.url()).toBe(src);
  expect(new URL((await link.getAttribute('href')) ?? '').hash).toBe(new URL(src).hash);

  await chart.getByRole('button', { name: 'Show as table' }).click();
  await expect(chart.getByRole('table')).toBeVisible();
  expect(requests.length).toBeGreaterThan(0);
  expect(requests.filter((u) => new URL(u).origin !== origin)).toEqual([]);
});

test('the embed code pasted into another page shows the chart in its <iframe>', async ({ page, baseURL }) => {
  const origin = new URL(baseURL ?? '').origin;
  const code = await yearlyCode(page);
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.setContent(`<!doctype html><main style="max-width:700px"><h1>An article</h1>${code}</main>`);
  const frame = page.frameLocator('iframe');
  await expect(frame.getByRole('heading', { name: /^Yearly cost, C\$ billions/ })).toBeVisible();
  await expect(frame.getByText(/^Source: /)).toBeVisible();
  await expect(frame.getByRole('link', { name: /^Open this scenario/ })).toBeVisible();
  expect(requests.filter((u) => new URL(u).origin !== origin)).toEqual([]);
});

test('an unknown chart says so in the frame, in French too', async ({ page }) => {
  await page.goto('/?embed=pie&lang=fr');
  await expect(page.getByRole('alert')).toHaveText(
    'Aucun graphique ne s’appelle « pie ». Les graphiques sont\u00a0: yearly, cumulative, budget, gdp, estimates.',
  );
  await page.goto('/?embed=yearly#s=2.broken.00000000');
  await expect(page.getByRole('alert')).toContainText('scenario link is damaged');
});

test('an embed keeps nothing in the reader’s browser', async ({ page }) => {
  await page.goto('/?embed=budget&lang=fr');
  await expect(page.getByRole('img')).toBeVisible();
  expect(await page.evaluate(() => window.localStorage.length)).toBe(0);
});

for (const width of [375, 700]) {
  test(`at ${width} px wide every embed fits its <iframe>'s height, in both languages`, async ({ page }) => {
    await page.setViewportSize({ width, height: 2000 });
    for (const chart of EMBED_CHARTS) {
      for (const lang of ['en', 'fr']) {
        await page.goto(`/?embed=${chart}&lang=${lang}`);
        await expect(page.locator('.chart-plot svg').first()).toBeVisible();
        const bottom = await page.locator('main.embed').evaluate((m) => m.getBoundingClientRect().bottom);
        const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
        expect.soft(bottom, `${chart} ${lang}`).toBeLessThanOrEqual(EMBED_HEIGHTS[chart]);
        expect.soft(scrollWidth, `${chart} ${lang} has no sideways scroll`).toBeLessThanOrEqual(width);
      }
    }
  });
}

test('the Embed button works from the keyboard, copies its code, and the embed passes an axe audit', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openApp(page);
  const button = page.getByRole('button', { name: /^Embed chart: Canada’s cumulative cost/ });
  await button.focus();
  await page.keyboard.press('Enter');
  await expect(button).toHaveAttribute('aria-expanded', 'true');
  const panel = page.getByRole('group', { name: /^Embed chart: Canada’s cumulative cost/ });
  await panel.getByRole('button', { name: 'Copy code' }).click();
  await expect(panel.getByRole('status')).toHaveText(/^Embed code copied/);
  const code = await panel.getByRole('textbox').inputValue();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(code);
  await page.keyboard.press('Escape');
  await expect(button).toHaveAttribute('aria-expanded', 'false');
  await expect(button).toBeFocused();

  for (const address of [srcOf(code), '/?embed=pie']) {
    await page.goto(address);
    await expect(page.getByRole('link', { name: /^Open this scenario/ })).toBeVisible();
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa']).analyze();
    expect(
      results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    ).toEqual([]);
  }
});
