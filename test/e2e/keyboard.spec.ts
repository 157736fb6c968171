/**
 * A keyboard-only path, no mouse: Tab from the top of the page to the preset picker and change it,
 * move the Years slider with arrow keys, reach "Save scenario" and save. Every stop has a visible outline.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { computeScenario } from '../../src/core';
import { summarySentence } from '../../src/ui/results/summaryText';
import { loadPreset, openApp, sentence } from './helpers';

const MAX_TABS = 120;

/** Presses Tab until `target` has focus; fails if it takes more than MAX_TABS presses. */
async function tabTo(page: Page, target: Locator): Promise<number> {
  for (let presses = 1; presses <= MAX_TABS; presses += 1) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((el) => el === document.activeElement)) return presses;
  }
  throw new Error(`not reached with ${MAX_TABS} presses of Tab`);
}

/** The focused element's outline: style and width in px. */
async function expectVisibleFocus(target: Locator): Promise<void> {
  const outline = await target.evaluate((el) => {
    const style = getComputedStyle(el);
    return {
      focused: el === document.activeElement,
      style: style.outlineStyle,
      width: parseFloat(style.outlineWidth),
    };
  });
  expect(outline.focused).toBe(true);
  expect(outline.style).not.toBe('none');
  expect(outline.width).toBeGreaterThanOrEqual(2);
}

test('preset, slider and save work from the keyboard alone, with a visible focus outline', async ({
  page,
}) => {
  await openApp(page);

  const skip = page.getByRole('link', { name: 'Skip to results' });
  expect(await tabTo(page, skip)).toBe(1);
  await expectVisibleFocus(skip);
  await expect(skip).toBeInViewport();

  const preset = page.getByRole('combobox', { name: 'Preset scenario' });
  await tabTo(page, preset);
  await expectVisibleFocus(preset);
  await page.keyboard.press('ArrowDown');
  await expect(preset).toHaveValue('trump-243-cad-gdp');
  const chosen = loadPreset('trump-243-cad-gdp');
  await expect(sentence(page)).toHaveText(summarySentence(computeScenario(chosen), 'USD', 'nominal'));

  const years = page.getByRole('slider', { name: 'Years' });
  await tabTo(page, years);
  await expectVisibleFocus(years);
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowLeft');
  await expect(years).toHaveValue(String(chosen.years + 1));
  const moved = { ...chosen, years: chosen.years + 1 };
  await expect(sentence(page)).toHaveText(summarySentence(computeScenario(moved), 'USD', 'nominal'));

  const name = page.getByRole('textbox', { name: 'Name', exact: true });
  await tabTo(page, name);
  await expectVisibleFocus(name);
  await page.keyboard.type('Keyboard only');
  const save = page.getByRole('button', { name: 'Save scenario' });
  await tabTo(page, save);
  await expectVisibleFocus(save);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Open Keyboard only', exact: true })).toBeVisible();

  const compare = page.getByRole('checkbox', { name: 'Compare Keyboard only' });
  await tabTo(page, compare);
  await expectVisibleFocus(compare);
  await page.keyboard.press('Space');
  await expect(compare).toBeChecked();
});

test('the skip link moves focus to the results', async ({ page }) => {
  await openApp(page);
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(page.locator('#results')).toBeFocused();
});

test('every visible control is reached by Tab (a radio group is one stop)', async ({ page }) => {
  await openApp(page);
  for (let presses = 0; presses < 600; presses += 1) {
    await page.keyboard.press('Tab');
    const fresh = await page.evaluate(() => {
      const el = document.activeElement;
      if (!el || el === document.body || el.hasAttribute('data-tab-seen')) return false;
      el.setAttribute('data-tab-seen', '');
      return true;
    });
    if (!fresh) break; // focus went round the page (or left it)
  }
  const missed = await page.evaluate(() => {
    const controls = [
      ...document.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea, [tabindex]'),
    ];
    const reachedRadioGroups = new Set(
      controls
        .filter(
          (el) => el instanceof HTMLInputElement && el.type === 'radio' && el.hasAttribute('data-tab-seen'),
        )
        .map((el) => (el as HTMLInputElement).name),
    );
    return controls
      .filter((el) => el.tabIndex >= 0 && !(el as HTMLButtonElement).disabled && el.checkVisibility())
      .filter((el) => !el.hasAttribute('data-tab-seen'))
      .filter(
        (el) => !(el instanceof HTMLInputElement && el.type === 'radio' && reachedRadioGroups.has(el.name)),
      )
      .map((el) => el.outerHTML.slice(0, 120));
  });
  expect(missed).toEqual([]);
});
