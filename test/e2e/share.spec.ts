/**
 * Share links: the copied URL restores the exact scenario in a fresh browser context; a damaged or
 * edited link shows a message and changes nothing: the scenario being edited and the saved ones stay.
 */
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { computeScenario, type Scenario } from '../../src/core';
import { checksum, scenarioToDoc } from '../../src/io';
import { summarySentence } from '../../src/ui/results/summaryText';
import { DEFAULT_PRESET, loadPreset, openApp, saveScenario, sentence } from './helpers';

const expectedSentence = (s: Scenario) => summarySentence(computeScenario(s), 'USD', 'nominal');

/** Edits the scenario a little, clicks "Copy share link" and returns the link that was copied. */
async function copyLink(page: Page, context: BrowserContext): Promise<string> {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.getByRole('combobox', { name: 'Preset scenario' }).selectOption('ask-61-fixed');
  await page.getByRole('slider', { name: 'Years' }).fill('7');
  await page.getByRole('button', { name: '26% GAO portfolio' }).click();
  await page.getByRole('button', { name: 'Copy share link' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
  const link = await page.getByRole('textbox', { name: 'Share link' }).inputValue();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);
  expect(link).toMatch(/#s=2\.[A-Za-z0-9_-]+\.[0-9a-f]{8}$/);
  return link;
}

const edited = (): Scenario => ({
  ...loadPreset('ask-61-fixed'),
  years: 7,
  costGrowthPct: loadPreset('ask-61-fixed').costGrowthPct.plus(26),
});

test('a copied link restores the scenario in a new browser context', async ({ page, context, browser }) => {
  await openApp(page);
  const link = await copyLink(page, context);
  await expect(sentence(page)).toHaveText(expectedSentence(edited()));

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.goto(link);
  await expect(other.getByRole('status').filter({ hasText: 'Opened a shared link' })).toBeVisible();
  await expect(sentence(other)).toHaveText(expectedSentence(edited()));
  await expect(other.getByRole('textbox', { name: 'Years' })).toHaveValue('7');
  await expect(other.getByRole('textbox', { name: 'Cost growth (%)' })).toHaveValue('26');
  // The recipient's address is the sender's view, ready to pass on.
  expect(other.url()).toBe(link);
  await fresh.close();
});

/** A link whose payload is valid base64 JSON with a matching checksum but an invalid scenario. */
function forgedLink(origin: string): string {
  const doc = { ...scenarioToDoc(loadPreset(DEFAULT_PRESET)), years: 0 };
  const bytes = new TextEncoder().encode(JSON.stringify(doc));
  const payload = Buffer.from(bytes).toString('base64url');
  return `${origin}/#s=1.${payload}.${checksum(payload)}`;
}

/** The saved scenarios as stored in this browser (JSON text), to prove a bad link does not touch them. */
function storedSaved(page: Page): Promise<string> {
  return page.evaluate(() => {
    const raw = localStorage.getItem('golden-dome-calculator') ?? '{}';
    const stored = JSON.parse(raw) as { state?: { saved?: unknown } };
    return JSON.stringify(stored.state?.saved ?? null);
  });
}

const tamperings: [string, (link: string, origin: string) => string, RegExp][] = [
  [
    'one character of the payload changed',
    (link) =>
      link.replace(
        /(#s=2\.[A-Za-z0-9_-]{20})(.)/,
        (_, head: string, c: string) => `${head}${c === 'A' ? 'B' : 'A'}`,
      ),
    /damaged or was edited/,
  ],
  ['an unknown version', (link) => link.replace('#s=2.', '#s=9.'), /version 9/],
  ['a forged checksum over an invalid scenario', (_, origin) => forgedLink(origin), /must be at least 1/],
];

for (const [what, tamper, message] of tamperings) {
  test(`a link with ${what} shows a message and keeps the scenario being edited and the saved ones`, async ({
    page,
    context,
  }) => {
    await openApp(page);
    await saveScenario(page, 'Keep me');
    const link = await copyLink(page, context);
    const bad = tamper(link, new URL(link).origin);
    expect(bad).not.toBe(link);
    const savedBefore = await storedSaved(page);
    expect(savedBefore).toContain('Keep me');

    await page.goto('about:blank');
    await page.goto(bad);
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('This link could not be used');
    await expect(alert).toContainText(message);
    await expect(sentence(page)).toHaveText(expectedSentence(edited()));
    await expect(page.getByRole('button', { name: 'Open Keep me', exact: true })).toBeVisible();
    await expect(page.getByRole('listitem').filter({ hasText: 'Keep me' })).toHaveCount(1);
    expect(await storedSaved(page)).toBe(savedBefore);
  });
}
