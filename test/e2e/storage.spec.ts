/**
 * What the browser stores: saved scenarios survive a reload, and a corrupt or foreign stored value
 * is reported and set aside (kept under another key), never a blank page.
 */
import { expect, test, type Page } from '@playwright/test';
import { computeScenario } from '../../src/core';
import { summarySentence } from '../../src/ui/results/summaryText';
import { DEFAULT_PRESET, loadPreset, openApp, saveScenario, sentence } from './helpers';

const KEY = 'golden-dome-calculator';

/** Puts `raw` in the app's storage key before the first page load of this test only. */
async function storeBeforeLoad(page: Page, raw: string): Promise<void> {
  await page.addInitScript(
    ([key, value]) => {
      if (sessionStorage.getItem('seeded') === null) {
        localStorage.setItem(key, value);
        sessionStorage.setItem('seeded', '1');
      }
    },
    [KEY, raw] as const,
  );
}

const setAside = (page: Page) =>
  page.evaluate(
    (key) =>
      Object.keys(localStorage)
        .filter((k) => k.startsWith(`${key}:set-aside:`))
        .map((k) => localStorage.getItem(k)),
    KEY,
  );

test('saved scenarios and the edited scenario survive a reload', async ({ page }) => {
  await openApp(page);
  await page.getByRole('slider', { name: 'Years' }).fill('6');
  await saveScenario(page, 'Six years');
  await page.reload();
  await expect(page.getByRole('button', { name: 'Open Six years', exact: true })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Years' })).toHaveValue('6');
  const six = { ...loadPreset(DEFAULT_PRESET), years: 6 };
  await expect(sentence(page)).toHaveText(summarySentence(computeScenario(six), 'USD', 'nominal'));
});

const stored: [string, string, RegExp][] = [
  ['text that is not JSON', '{bad', /could not be read .*set aside/],
  [
    'another version of the app',
    JSON.stringify({ version: 99, state: { saved: [] } }),
    /another version .*set aside/,
  ],
  [
    'a saved scenario that does not validate',
    JSON.stringify({ version: 1, state: { saved: [{ key: 'k1', doc: { schemaVersion: 1, years: 0 } }] } }),
    /could not be read and was set aside, not deleted: a saved scenario/,
  ],
];

for (const [what, raw, message] of stored) {
  test(`${what} in storage is reported and set aside, and the app still works`, async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await storeBeforeLoad(page, raw);
    await openApp(page);

    await expect(page.getByRole('alert')).toContainText(message);
    await expect(sentence(page)).toHaveText(
      summarySentence(computeScenario(loadPreset(DEFAULT_PRESET)), 'USD', 'nominal'),
    );
    const kept = await setAside(page);
    expect(kept).toHaveLength(1);
    if (raw === '{bad') expect(kept).toEqual([raw]);
    await saveScenario(page, 'After recovery');
    expect(errors).toEqual([]);
  });
}

test('the last step of a quick drag is kept when the page is left at once', async ({ page }) => {
  await openApp(page);
  // 30 steps in half a second, then straight to the bare address (no share link): the draft decides.
  await page.getByRole('slider', { name: 'Years' }).evaluate(async (input: HTMLInputElement) => {
    for (let years = 4; years <= 33; years += 1) {
      Reflect.set(HTMLInputElement.prototype, 'value', String(years), input);
      input.dispatchEvent(new Event('input', { bubbles: true }));
      await new Promise((resolve) => setTimeout(resolve, 15));
    }
  });
  await expect(page.getByRole('textbox', { name: 'Years' })).toHaveValue('33');
  await page.goto('/');
  await expect(page.getByRole('textbox', { name: 'Years' })).toHaveValue('33');
});
