/**
 * A typed amount is read the page language's one way, in the real browser: "1,200" in English is
 * twelve hundred (never 1.2), "1,2" is refused with how to type it; in French "1 200" is twelve
 * hundred and "1.200" is refused as ambiguous.
 */
import { expect, test, type Page } from '@playwright/test';
import { dec, type Scenario } from '../../src/core';
import { card, DEFAULT_PRESET, expectedCanadaTotal, loadPreset, openApp } from './helpers';

/** The default preset with a custom amount of `billions` US dollars (the form's defaults otherwise). */
function withAmount(billions: string): Scenario {
  const preset = loadPreset(DEFAULT_PRESET);
  const amount = dec(billions).times('1e9');
  return {
    ...preset,
    cost: { kind: 'custom', amount, currency: 'USD', dollarYear: 2025, label: 'My estimate' },
  };
}

async function typeAmount(page: Page, name: string, text: string) {
  const field = page.getByRole('textbox', { name, exact: true });
  await field.fill(text);
  await field.press('Enter');
  return field;
}

test('English: "1,200" in the custom amount is US$1,200 billion; "1,2" is refused, saying how to type it', async ({
  page,
}) => {
  await openApp(page);
  await page.getByRole('combobox', { name: 'Published estimate' }).selectOption({ label: 'Custom amount…' });
  await expect(card(page, 'Canada’s total')).toHaveText(expectedCanadaTotal(withAmount('175')));

  const field = await typeAmount(page, 'Amount', '1,200');
  await expect(field).toHaveValue('1200');
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(card(page, 'Canada’s total')).toHaveText(expectedCanadaTotal(withAmount('1200')));
  expect(expectedCanadaTotal(withAmount('1200'))).not.toBe(expectedCanadaTotal(withAmount('1.2')));

  await typeAmount(page, 'Amount', '1,2');
  await expect(page.getByRole('alert')).toHaveText(
    'Amount: Use a point for decimals, such as 1.2, and a comma or a space between thousands, such as 1,200.',
  );
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await expect(card(page, 'Canada’s total')).toHaveText(expectedCanadaTotal(withAmount('1200')));
});

test('French: "1 200" is twelve hundred; "1.200" is refused as 1 200 or 1,2', async ({ page }) => {
  await openApp(page, '/?lang=fr');
  await page
    .getByRole('combobox', { name: 'Estimation publiée' })
    .selectOption({ label: 'Montant personnalisé…' });
  const field = await typeAmount(page, 'Montant', '1 200');
  await expect(field).toHaveValue('1200');
  await expect(page.getByRole('alert')).toHaveCount(0);

  await typeAmount(page, 'Montant', '1.200');
  await expect(page.getByRole('alert')).toHaveText(
    'Montant\u00a0: Ce nombre peut se lire 1\u00a0200 ou 1,2\u00a0: tapez celui que vous voulez dire, tel qu’écrit ici.',
  );
  await expect(field).toHaveValue('1.200');
});
