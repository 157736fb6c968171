/**
 * Layout on a phone (375 px: no sideways scrolling) and on a 1920 px projector, with full-page
 * screenshots kept in docs/screenshots/ for the README.
 */
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { openApp, ROOT, saveScenario, showAllTables } from './helpers';

const SHOTS = join(ROOT, 'docs', 'screenshots');

async function pageWidth(page: Page): Promise<{ scroll: number; client: number; wide: string[] }> {
  return page.evaluate(() => {
    const root = document.scrollingElement ?? document.documentElement;
    // Wide content inside its own scrolling box (a wide table) is fine; anything else is not.
    const scrollsInside = (el: HTMLElement) => {
      for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
        if (getComputedStyle(p).overflowX !== 'visible') return true;
      }
      return false;
    };
    const wide = [...document.querySelectorAll<HTMLElement>('body *')]
      .filter((el) => el.getBoundingClientRect().right > root.clientWidth + 1 && el.checkVisibility())
      .filter((el) => !el.closest('.visually-hidden, .skip-link') && !scrollsInside(el))
      .slice(0, 5)
      .map((el) => `${el.tagName.toLowerCase()}.${el.className}`);
    return { scroll: root.scrollWidth, client: root.clientWidth, wide };
  });
}

/** Ready for a picture: charts drawn, fonts loaded, nothing hovered or focused. */
async function settle(page: Page): Promise<void> {
  await expect(page.getByRole('img').first().locator('svg').first()).toBeVisible();
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  await page.mouse.move(0, 0);
}

test.describe('phone, 375 × 800', () => {
  test.use({
    viewport: { width: 375, height: 800 },
    isMobile: true,
    hasTouch: true,
    reducedMotion: 'reduce',
  });

  test('the default page does not scroll sideways; screenshot', async ({ page }) => {
    await openApp(page);
    await settle(page);
    const width = await pageWidth(page);
    expect(width.wide).toEqual([]);
    expect(width.scroll).toBeLessThanOrEqual(375);
    await page.screenshot({ path: join(SHOTS, 'phone.png'), fullPage: true });
  });

  test('nor with a custom amount, tables, a share link and two scenarios compared', async ({ page }) => {
    await openApp(page);
    await page.getByRole('combobox', { name: 'Published estimate' }).selectOption('__custom__');
    await showAllTables(page);
    await page.getByRole('button', { name: 'Copy share link' }).click();
    await saveScenario(page, 'A scenario with a rather long name that must wrap on a phone');
    await saveScenario(page, 'Second');
    await page.getByRole('checkbox', { name: /^Compare A scenario/ }).check();
    await page.getByRole('checkbox', { name: 'Compare Second' }).check();
    await expect(page.getByRole('heading', { name: 'Comparing 2 scenarios' })).toBeVisible();
    const width = await pageWidth(page);
    expect(width.wide).toEqual([]);
    expect(width.scroll).toBeLessThanOrEqual(375);
  });

  test('in French (longer words), with the same panels open, still none', async ({ page }) => {
    await openApp(page, '/?lang=fr');
    await page.getByRole('combobox', { name: 'Estimation publiée' }).selectOption('__custom__');
    await showAllTables(page, 'Afficher sous forme de tableau');
    await page.getByRole('button', { name: 'Copier le lien de partage' }).click();
    for (const name of ['Un scénario au nom plutôt long qui doit passer à la ligne', 'Deuxième']) {
      await page.getByRole('textbox', { name: 'Nom', exact: true }).fill(name);
      await page.getByRole('button', { name: 'Enregistrer le scénario' }).click();
      await page.getByRole('checkbox', { name: `Comparer ${name}` }).check();
    }
    await expect(page.getByRole('heading', { name: 'Comparaison de 2 scénarios' })).toBeVisible();
    const width = await pageWidth(page);
    expect(width.wide).toEqual([]);
    expect(width.scroll).toBeLessThanOrEqual(375);
  });
});

test.describe('projector, 1920 × 1080', () => {
  test.use({ viewport: { width: 1920, height: 1080 }, reducedMotion: 'reduce' });

  test('inputs and results sit side by side; screenshot', async ({ page }) => {
    await openApp(page);
    await settle(page);
    const inputs = await page.getByRole('heading', { name: 'Assumptions' }).boundingBox();
    const results = await page.getByRole('heading', { name: 'Results', exact: true }).boundingBox();
    expect(inputs && results && results.x > inputs.x + inputs.width).toBe(true);
    expect((await pageWidth(page)).scroll).toBeLessThanOrEqual(1920);
    await page.screenshot({ path: join(SHOTS, 'projector.png'), fullPage: true });
  });
});
