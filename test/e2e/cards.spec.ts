/**
 * Summary card values never wrap mid-amount and still fit their card, on a 375 px phone and a 1920 px
 * projector, in English and French, with the longest amounts the cards show ("999,99 milliards $ US").
 * Screenshots of the cards go to test-results/ for a person to look at.
 */
import { expect, test, type Page } from '@playwright/test';
import { openApp } from './helpers';

/** Each card value: its text, how many lines it takes, and whether it sticks out of its card. */
async function cardValues(page: Page) {
  return page.locator('.card').evaluateAll((cards) =>
    cards.map((card) => {
      const value = card.querySelector<HTMLElement>('.card-value');
      const range = document.createRange();
      if (value) range.selectNodeContents(value);
      const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
      const box = card.getBoundingClientRect();
      // The text's own box: a value that does not wrap may stick out of its element.
      const text = range.getBoundingClientRect();
      const inside = !!value && text.left >= box.left - 0.5 && text.right <= box.right + 0.5;
      return { text: value?.textContent ?? '', lines, inside };
    }),
  );
}

async function longAmounts(page: Page, lang: 'en' | 'fr') {
  await openApp(page, lang === 'fr' ? '/?lang=fr' : '/');
  const [estimate, amount] =
    lang === 'fr' ? ['Estimation publiée', 'Montant'] : ['Published estimate', 'Amount'];
  await page.getByRole('combobox', { name: estimate }).selectOption('__custom__');
  // US$999.99B over 3 years at 0% inflation: a program total of 999,99 milliards $ US, the longest scale.
  const field = page.getByRole('textbox', { name: amount, exact: true });
  await field.fill(lang === 'fr' ? '999,99' : '999.99');
  await field.press('Enter');
  await expect(page.locator('.card-value').first()).toContainText('999');
}

for (const [width, height] of [
  [375, 800],
  [1920, 1080],
] as const) {
  test.describe(`${width} px`, () => {
    test.use({ viewport: { width, height }, reducedMotion: 'reduce' });
    for (const lang of ['en', 'fr'] as const) {
      test(`${lang}: every card value is on one line inside its card`, async ({ page }, info) => {
        await longAmounts(page, lang);
        const values = await cardValues(page);
        expect(values.length).toBe(7);
        for (const v of values) expect(v, v.text).toMatchObject({ lines: 1, inside: true });
        await page
          .getByLabel(lang === 'fr' ? 'Sommaire' : 'Summary', { exact: true })
          .screenshot({ path: info.outputPath(`cards-${width}-${lang}.png`) });
      });
    }
  });
}
