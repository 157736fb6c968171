/** Opening a bad scenario file says what is wrong and where, and changes nothing; a good one is opened. */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { computeScenario } from '../../src/core';
import { scenarioToDoc } from '../../src/io';
import { summarySentence } from '../../src/ui/results/summaryText';
import { DEFAULT_PRESET, loadPreset, openApp, presetPath, sentence } from './helpers';

const fileInput = (page: Page) => page.getByLabel('Open scenario file', { exact: true });

async function openFile(page: Page, name: string, text: string): Promise<void> {
  await fileInput(page).setInputFiles({
    name,
    mimeType: 'application/json',
    buffer: Buffer.from(text, 'utf8'),
  });
}

const badFiles: [string, string, RegExp][] = [
  ['broken.json', '{"schemaVersion": 1, "id": "x",', /not valid JSON/],
  [
    'zero-years.json',
    JSON.stringify({ ...scenarioToDoc(loadPreset('ask-71-fixed')), years: 0 }),
    /Years: .*at least 1/,
  ],
  ['no-version.json', JSON.stringify({ id: 'x', name: 'No version' }), /schemaVersion/],
];

for (const [name, text, problem] of badFiles) {
  test(`${name} is refused with a message naming the problem, and nothing changes`, async ({ page }) => {
    await openApp(page);
    await page.getByRole('slider', { name: 'Years' }).fill('5');
    const before = await sentence(page).textContent();

    await openFile(page, name, text);
    const alert = page.getByRole('alert');
    await expect(alert).toContainText(`“${name}” was not opened; nothing changed.`);
    await expect(alert).toContainText(problem);
    await expect(sentence(page)).toHaveText(before ?? '');
    await expect(page.getByRole('textbox', { name: 'Years' })).toHaveValue('5');
    await expect(page.getByRole('combobox', { name: 'Preset scenario' })).toHaveValue(DEFAULT_PRESET);
  });
}

test('a valid scenario file is opened', async ({ page }) => {
  await openApp(page);
  const id = 'cbo-2025-low-gdp';
  await openFile(page, `${id}.json`, readFileSync(presetPath(id), 'utf8'));
  await expect(page.getByRole('status').filter({ hasText: `Opened “${id}.json”` })).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Preset scenario' })).toHaveValue(id);
  await expect(sentence(page)).toHaveText(summarySentence(computeScenario(loadPreset(id)), 'USD', 'nominal'));
});

test('a scenario file dropped on the page is opened', async ({ page }) => {
  await openApp(page);
  const id = 'nws-40-precedent';
  const text = readFileSync(presetPath(id), 'utf8');
  const dataTransfer = await page.evaluateHandle(
    ([name, body]) => {
      const dt = new DataTransfer();
      dt.items.add(new File([body], name, { type: 'application/json' }));
      return dt;
    },
    [`${id}.json`, text] as const,
  );
  await page.getByRole('heading', { name: 'Results', exact: true }).dispatchEvent('drop', { dataTransfer });
  await expect(page.getByRole('combobox', { name: 'Preset scenario' })).toHaveValue(id);
  await expect(sentence(page)).toHaveText(summarySentence(computeScenario(loadPreset(id)), 'USD', 'nominal'));
});
