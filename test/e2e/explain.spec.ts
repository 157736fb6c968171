/**
 * In a real browser: choosing one of Trump's asks sets Canada's share (not the program cost), says so
 * and cites both sources; the arithmetic under the sentence is a list that ends at the sentence's
 * figure, follows a slider and fits a 375 px phone.
 */
import { expect, test } from '@playwright/test';
import { computeScenario } from '../../src/core';
import { canadaTotalText, loadPreset, openApp, sentence } from './helpers';

test('choosing an ask sets the fixed rule to it against the program on screen, says so and cites both sources', async ({
  page,
}) => {
  await openApp(page);
  const estimate = page.getByRole('combobox', { name: 'Published estimate' });
  await expect(estimate.getByRole('option', { name: /price for Canada/ })).toHaveCount(0);

  await page.getByRole('combobox', { name: 'Set Canada’s share to an ask' }).selectOption('trump-canada-61');

  await expect(page.getByRole('radio', { name: /A fixed amount/ })).toBeChecked();
  await expect(page.getByRole('textbox', { name: 'Fixed amount' })).toHaveValue('61');
  await expect(page.getByRole('radio', { name: /Constant 2025 dollars/ })).toBeChecked();
  await expect(estimate).toHaveValue('trump-total-2025');
  await expect(page.getByRole('status').filter({ hasText: 'Canada’s share is now' })).toContainText(
    'the fixed US$61B asked on 2025-05-27, in 2025 dollars, set against the program on screen (Trump’s total (US$175B))',
  );
  const source = page.getByRole('complementary', { name: 'Source of the estimate' });
  await expect(source).toContainText('Oval Office');
  await expect(source.getByRole('heading', { name: /Where Canada’s fixed amount comes from/ })).toBeVisible();
  await expect(source).toContainText('Truth Social');
  // The same figures as the ask-61-fixed preset, computed by the core.
  await expect(sentence(page)).toContainText(canadaTotalText(computeScenario(loadPreset('ask-61-fixed'))));
  await expect(sentence(page)).toContainText('34.86%');
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 375, height: 800 }, isMobile: true });

  test('the arithmetic is a list ending at the sentence’s figure, follows the inflation slider, and fits', async ({
    page,
  }) => {
    await openApp(page);
    const total = canadaTotalText(computeScenario(loadPreset('trump-175-gdp')));
    const list = page.getByRole('list', { name: `How ${total} is worked out` });
    await expect(list.getByRole('listitem')).toHaveCount(4);
    await expect(list.getByRole('listitem').last()).toHaveText(`× 1.39 (C$ for one US$) = ${total}`);

    await page.getByRole('textbox', { name: 'Inflation (%)' }).fill('2');
    await page.getByRole('textbox', { name: 'Inflation (%)' }).press('Enter');
    await expect(
      page
        .getByRole('list', { name: /is worked out$/ })
        .getByRole('listitem')
        .nth(1),
    ).toContainText('US$182.09 billion');

    const overflow = await page.locator('.working').evaluate((el) => {
      const width = document.documentElement.clientWidth;
      return [...el.querySelectorAll<HTMLElement>('*')].filter(
        (e) => e.getBoundingClientRect().right > width + 1,
      ).length;
    });
    expect(overflow).toBe(0);
  });
});
