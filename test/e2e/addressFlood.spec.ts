/**
 * A long slider drag and the address bar. Chromium ignores a page's history changes beyond 200 in
 * 10 seconds ("Throttling navigation to prevent the browser from hanging"); Playwright turns that
 * protection off by default, so this file runs Chromium as people get it, with the protection on.
 * However long the drag, once it stops the address is the view on screen.
 */
import { expect, test, type Page } from '@playwright/test';
import { openApp } from './helpers';

test.use({
  launchOptions: {
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    args: ['--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-sync'],
    ignoreDefaultArgs: ['--disable-ipc-flooding-protection'],
  },
});

/** `steps` changes of the Cost growth slider, one a frame, then 37. */
async function drag(page: Page, steps: number): Promise<void> {
  await page.getByRole('slider', { name: 'Cost growth (%)' }).evaluate(async (input: HTMLInputElement, n) => {
    const set = (value: string) => {
      Reflect.set(HTMLInputElement.prototype, 'value', value, input);
      input.dispatchEvent(new Event('input', { bubbles: true }));
    };
    for (let i = 1; i <= n; i += 1) {
      set(String(i % 50));
      await new Promise((resolve) => requestAnimationFrame(resolve));
    }
    set('37');
  }, steps);
}

test('after a drag of 300 steps the address is the view on screen', async ({ page, browser }) => {
  await openApp(page);
  // 300 changes in a few seconds, as a hand dragging a slider back and forth makes them.
  await drag(page, 300);
  await expect(page.getByRole('textbox', { name: 'Cost growth (%)' })).toHaveValue('37');
  const sentence = (await page.locator('#results .results-body > .sentence').textContent()) ?? '';
  // The address catches up with the drag's last step, and opened elsewhere it shows that step.
  await expect
    .poll(async () => {
      const other = await browser.newPage();
      await other.goto(page.url());
      const shown = await other.getByRole('textbox', { name: 'Cost growth (%)' }).inputValue();
      await other.close();
      return shown;
    })
    .toBe('37');
  const other = await browser.newPage();
  await other.goto(page.url());
  await expect(other.locator('#results .results-body > .sentence')).toHaveText(sentence);
  await other.close();
});

test('a reload at once after a long drag opens the drag’s last step, not an older one', async ({ page }) => {
  await openApp(page);
  // Enough steps to spend the address budget, so the last one waits for a token when the page reloads.
  await drag(page, 150);
  await page.reload();
  await expect(page.getByRole('textbox', { name: 'Cost growth (%)' })).toHaveValue('37');
});
