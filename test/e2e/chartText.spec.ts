/** Chart text follows the page's text size: larger on a projector, where the page's text grows too. */
import { expect, test, type Page } from '@playwright/test';
import { openApp } from './helpers';

/** The root font size and the size of the first year-axis label of the yearly chart, in px. */
async function sizes(page: Page): Promise<{ root: number; tick: number }> {
  await openApp(page);
  const tick = page
    .getByRole('region', { name: /^Yearly cost/ })
    .locator('.axis-tick')
    .first();
  await expect(tick).toBeVisible();
  return page.evaluate(() => ({
    root: parseFloat(getComputedStyle(document.documentElement).fontSize),
    tick: parseFloat(getComputedStyle(document.querySelector('#results .axis-tick') as Element).fontSize),
  }));
}

test('axis text is 14 px on a laptop and grows with the page text on a projector', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  const laptop = await sizes(page);
  expect(laptop).toEqual({ root: 16, tick: 14 });

  await page.setViewportSize({ width: 1920, height: 1080 });
  const projector = await sizes(page);
  expect(projector.root).toBe(19);
  // 0.875 of the page's text, as on the laptop: 19 × 0.875 = 16.625 → 16.6 px.
  expect(projector.tick).toBeCloseTo(16.6, 1);
});
