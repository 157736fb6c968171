/**
 * Nothing is lost: two tabs sharing storage, a storage that is full, a stored value that cannot be
 * set aside, forged share links, a huge bad file, and a page whose storage is blocked.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { checksum, scenarioToDoc } from '../../src/io';
import { DEFAULT_PRESET, loadPreset, openApp, saveScenario } from './helpers';

const KEY = 'golden-dome-calculator';

const savedNames = (page: Page) =>
  page.evaluate((key) => {
    const raw = localStorage.getItem(key);
    const saved = raw
      ? (JSON.parse(raw) as { state: { saved?: { doc: { name: string } }[] } }).state.saved
      : [];
    return (saved ?? []).map((s) => s.doc.name);
  }, KEY);

/** Fills the origin's storage with other keys until the browser refuses more. */
const fillStorage = (page: Page) =>
  page.evaluate(() => {
    const chunk = 'x'.repeat(256 * 1024);
    let i = 0;
    for (let size = chunk.length; size >= 1; size = Math.floor(size / 2)) {
      try {
        for (;;) localStorage.setItem(`filler-${(i += 1)}`, chunk.slice(0, size));
      } catch {
        // full at this size: try smaller pieces
      }
    }
  });

test('two tabs: a change in one keeps what the other saved, and the other tab is told', async ({
  context,
}) => {
  const tabA = await context.newPage();
  const tabB = await context.newPage();
  await openApp(tabA);
  await openApp(tabB);
  for (const name of ['One', 'Two', 'Three']) await saveScenario(tabA, name);
  await tabB.getByRole('radio', { name: 'Canadian dollars' }).check();
  expect(await savedNames(tabB)).toEqual(['One', 'Two', 'Three']);
  await expect(tabB.getByRole('status').filter({ hasText: 'changed in another tab' })).toBeInViewport();
  await expect(tabB.getByRole('button', { name: 'Open Three', exact: true })).toBeVisible();
  // A deletion in B is not brought back by a later save in A.
  await tabB.getByRole('button', { name: 'Delete One', exact: true }).click();
  await saveScenario(tabA, 'Four');
  await tabA.reload();
  for (const name of ['Two', 'Three', 'Four'])
    await expect(tabA.getByRole('button', { name: `Open ${name}`, exact: true })).toBeVisible();
  await expect(tabA.getByRole('button', { name: 'Open One', exact: true })).toHaveCount(0);
  expect(await savedNames(tabA)).toEqual(['Two', 'Three', 'Four']);
});

test('a full storage: the failed save is said at once, where the user is, with the saved scenarios to download', async ({
  page,
}) => {
  await openApp(page);
  await saveScenario(page, 'Kept');
  await fillStorage(page);
  await page.getByRole('textbox', { name: 'Name', exact: true }).fill('Delta');
  await page.getByRole('button', { name: 'Save scenario' }).click();
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('refused to store');
  await expect(alert).toBeInViewport();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    alert.getByRole('button', { name: 'Download saved scenarios' }).click(),
  ]);
  const text = await download.createReadStream().then(async (s) => {
    let out = '';
    for await (const chunk of s) out += String(chunk);
    return out;
  });
  expect(
    (JSON.parse(text) as { savedScenarios: { name: string }[] }).savedScenarios.map((d) => d.name),
  ).toEqual(['Kept', 'Delta']);
});

test('a damaged value that cannot be set aside is left untouched and can be downloaded', async ({ page }) => {
  const corrupt = `{${'d'.repeat(2_000_000)}`;
  await page.addInitScript(
    ([key, value]) => {
      if (sessionStorage.getItem('seeded') !== null) return;
      sessionStorage.setItem('seeded', '1');
      localStorage.setItem(key, value);
      const chunk = 'x'.repeat(64 * 1024);
      let i = 0;
      for (let size = chunk.length; size >= 1; size = Math.floor(size / 2)) {
        try {
          for (;;) localStorage.setItem(`filler-${(i += 1)}`, chunk.slice(0, size));
        } catch {
          // full at this size
        }
      }
    },
    [KEY, corrupt] as const,
  );
  await openApp(page);
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('left exactly as it was');
  await page.getByRole('slider', { name: 'Years' }).fill('6');
  expect(await page.evaluate((key) => localStorage.getItem(key)?.length, KEY)).toBe(corrupt.length);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    alert.getByRole('button', { name: 'Download what was set aside' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('golden-dome-set-aside.json');
});

/** A link with a right checksum (it is no secret) whose scenario has one extra top-level field. */
function forgedLink(field: string): string {
  const doc = JSON.stringify(scenarioToDoc(loadPreset(DEFAULT_PRESET))).replace(/^\{/, `{"${field}":"x",`);
  const payload = Buffer.from(doc, 'utf8').toString('base64url');
  return `/#s=1.${payload}.${checksum(payload)}`;
}

for (const field of ['constructor', '__proto__', 'toString', 'valueOf']) {
  test(`a forged link with “${field}” is refused; the draft is kept and a reload is clean`, async ({
    page,
  }) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await openApp(page);
    await page.getByRole('slider', { name: 'Years' }).fill('9');
    await page.goto(forgedLink(field));
    await expect(page.getByRole('alert')).toContainText('could not be used');
    await expect(page.getByRole('alert')).toContainText(field);
    await expect(page.getByRole('textbox', { name: 'Years' })).toHaveValue('9');
    expect(new URL(page.url()).hash).toBe('');
    await page.reload();
    await expect(page.getByRole('textbox', { name: 'Years' })).toHaveValue('9');
    await expect(page.getByText('Something went wrong')).toHaveCount(0);
    expect(errors).toEqual([]);
  });
}

test('a link pasted into a tab that already shows the app is opened, with an undo', async ({ page }) => {
  await openApp(page);
  const preset = loadPreset('cbo-2025-high-gdp');
  const payload = Buffer.from(JSON.stringify(scenarioToDoc(preset)), 'utf8').toString('base64url');
  await page.evaluate((hash) => (window.location.hash = hash), `#s=1.${payload}.${checksum(payload)}`);
  await expect(page.getByRole('textbox', { name: 'Years' })).toHaveValue('20');
  await page.getByRole('status').getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('textbox', { name: 'Years' })).toHaveValue('3');
});

test('a 50 MB bad value in a file: a short message in view, and the page stays responsive', async ({
  page,
}) => {
  await page.setViewportSize({ width: 375, height: 740 });
  await openApp(page);
  const doc = scenarioToDoc(loadPreset(DEFAULT_PRESET));
  const huge = JSON.stringify({ ...doc, costGrowthPct: `1${'2'.repeat(50 * 1024 * 1024)}x` });
  await page.getByRole('button', { name: 'Open scenario file…' }).scrollIntoViewIfNeeded();
  const path = join(mkdtempSync(join(tmpdir(), 'gd-huge-')), 'huge.json');
  writeFileSync(path, huge);
  await page.getByLabel('Open scenario file', { exact: true }).setInputFiles(path);
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('was not opened', { timeout: 30_000 });
  expect((await alert.innerText()).length).toBeLessThan(1000);
  await expect(alert).toBeInViewport();
  await expect(alert.getByRole('button', { name: 'Dismiss' })).toBeInViewport();
  const started = Date.now();
  await alert.getByRole('button', { name: 'Dismiss' }).click();
  await expect(alert).toHaveCount(0);
  expect(Date.now() - started).toBeLessThan(5000);
});

test('with storage blocked (a frame without storage) the app works and says saving is off', async ({
  page,
}) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException(
          'The document is sandboxed and lacks the allow-same-origin flag.',
          'SecurityError',
        );
      },
    });
  });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await openApp(page);
  await page.getByRole('slider', { name: 'Years' }).fill('5');
  await saveScenario(page, 'Only here');
  await expect(page.getByText('Saving is off here')).toBeVisible();
  await page.getByRole('link', { name: 'Exercises' }).first().click();
  await expect(page.getByRole('alert')).toContainText('Saving is off here');
  expect(errors).toEqual([]);
});
