/**
 * An exercise in a real browser, in French, with the keyboard alone: answer every question (one
 * wrong first), read the feedback, open a hint, download the answers CSV, print the worksheet and
 * the answer key (checked as print-media text, and as A4 and Letter PDFs), and an axe audit of the
 * student view and the key.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { evaluateAnswer, roundToTolerance, type Exercise } from '../../src/core';
import { parseCsv, parseExerciseText } from '../../src/io';
import { downloadBytes, loadPreset, ROOT } from './helpers';
import { formatNumber } from '../../src/i18n';

const ID = 'currency-conversion';
const STUDENT_URL = `/?view=exercises&exercise=${ID}&lang=fr`;
const MAX_TABS = 150;

function loadExercise(id: string): Exercise {
  const text = readFileSync(join(ROOT, 'scenarios', 'exercises', `${id}.json`), 'utf8');
  const parsed = parseExerciseText(text, (presetId) => {
    try {
      return loadPreset(presetId);
    } catch {
      return undefined;
    }
  });
  if (!parsed.ok) throw new Error(parsed.problems.map((p) => `${p.path}: ${p.message}`).join('; '));
  return parsed.exercise;
}

const EXERCISE = loadExercise(ID);

/** The core's answer rounded as the tolerance allows, written the French way ("243,25"). */
function frenchAnswer(questionId: string): string {
  const q = EXERCISE.questions.find((x) => x.id === questionId);
  const value = evaluateAnswer(EXERCISE, questionId)?.value;
  if (!q || q.answer.kind !== 'numeric' || !value) throw new Error(`no numeric question ${questionId}`);
  const rounded = roundToTolerance(value, q.answer);
  // As many decimals as the tolerance (±0.01: "18,70"), as the question asks.
  return formatNumber(rounded, Math.max(rounded.decimalPlaces(), q.answer.tolerance.decimalPlaces()), 'fr');
}

/** No-break and narrow no-break spaces as plain spaces (ICU versions differ on which they use). */
const spaces = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

/** Presses Tab (or Shift+Tab) until `target` has focus; fails after MAX_TABS presses. */
async function tabTo(page: Page, target: Locator, key: 'Tab' | 'Shift+Tab' = 'Tab'): Promise<void> {
  for (let presses = 1; presses <= MAX_TABS; presses += 1) {
    await page.keyboard.press(key);
    if (await target.evaluate((el) => el === document.activeElement)) return;
  }
  throw new Error(`not reached with ${MAX_TABS} presses of Tab`);
}

async function expectVisibleFocus(target: Locator): Promise<void> {
  const outline = await target.evaluate((el) => ({
    focused: el === document.activeElement,
    style: getComputedStyle(el).outlineStyle,
    width: parseFloat(getComputedStyle(el).outlineWidth),
  }));
  expect(outline).toMatchObject({ focused: true });
  expect(outline.style).not.toBe('none');
  expect(outline.width).toBeGreaterThanOrEqual(2);
}

function question(page: Page, n: number): Locator {
  return page.getByRole('region', { name: `Question ${n}`, exact: true });
}

/** Replaces window.print with a recorder: which print layout was in the page when it was called. */
async function recordPrints(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const calls: string[] = [];
    Object.assign(window, { printCalls: calls });
    window.print = () => {
      calls.push(document.querySelector('.print-sheet')?.className ?? 'none');
    };
  });
}

async function printCalls(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { printCalls: string[] }).printCalls);
}

/**
 * Prints with a button, from the keyboard, once per paper size: the button switches the page into its
 * print layout and calls window.print(); under print media only `sheet` shows, and `check` reads its
 * text; page.pdf gives a PDF, and (as after a real print) the page then leaves the print layout.
 */
async function printBoth(
  page: Page,
  button: Locator,
  sheet: Locator,
  check: (text: string) => void,
): Promise<void> {
  for (const format of ['A4', 'Letter'] as const) {
    await page.emulateMedia({ media: 'screen' });
    await tabTo(page, button, 'Shift+Tab');
    await expectVisibleFocus(button);
    await page.keyboard.press('Enter');
    await page.emulateMedia({ media: 'print' });
    await expect(sheet).toBeVisible();
    await expect(page.locator('.exercise-screen')).toBeHidden();
    await expect(page.locator('.masthead')).toBeHidden();
    check(spaces(await sheet.innerText()));
    const pdf = await page.pdf({ format });
    expect(pdf.subarray(0, 5).toString('latin1'), format).toBe('%PDF-');
    expect(pdf.length, format).toBeGreaterThan(5000);
    await expect(page.locator('.print-sheet'), 'back to the worksheet after printing').toHaveClass(
      /print-worksheet/,
    );
  }
  await page.emulateMedia({ media: 'screen' });
}

async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa']).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) => `${v.impact ?? ''} ${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    );
}

const ANSWERS = {
  'usd-to-cad': frenchAnswer('usd-to-cad'),
  'implied-rate': frenchAnswer('implied-rate'),
  pounds: frenchAnswer('pounds'),
  'rate-moves': frenchAnswer('rate-moves'),
};

test('an exercise completed in French with the keyboard alone, exported and printed', async ({ page }) => {
  // Values a person can check: 175 × 1.39 = 243.25; 243 ÷ 175 = 1.389; 25 ÷ 1.3369 = 18.70.
  expect(ANSWERS).toMatchObject({ 'usd-to-cad': '243,25', 'implied-rate': '1,389', pounds: '18,70' });
  await recordPrints(page);
  await page.goto(STUDENT_URL);
  await expect(page.getByRole('heading', { level: 2 })).toHaveText(EXERCISE.title.fr);

  // Question 1: a wrong answer first (250 is 2.8% too high), then the right one.
  const q1 = question(page, 1);
  const field1 = q1.getByRole('textbox', { name: 'Réponse à la question 1' });
  await tabTo(page, field1);
  await expectVisibleFocus(field1);
  await page.keyboard.type('250');
  await page.keyboard.press('Enter');
  await expect(q1.getByRole('status')).toHaveText(
    'Pas encore\u00a0: c’est proche, mais trop élevé (écart de moins de 10\u00a0%).',
  );
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type(ANSWERS['usd-to-cad']);
  await page.keyboard.press('Enter');
  await expect(q1.getByRole('status')).toHaveText('Bonne réponse! Bravo.');

  // Question 2's hint, opened with the space bar.
  const hint = question(page, 2).getByRole('button', { name: 'Indice' });
  await tabTo(page, hint);
  await expectVisibleFocus(hint);
  await page.keyboard.press('Space');
  await expect(hint).toHaveAttribute('aria-expanded', 'true');
  await expect(question(page, 2).getByText(EXERCISE.questions[1]?.hint.fr ?? '?')).toBeVisible();

  const rest = [
    [2, ANSWERS['implied-rate']],
    [3, ANSWERS.pounds],
    [4, ANSWERS['rate-moves']],
  ] as const;
  for (const [n, answer] of rest) {
    const field = question(page, n).getByRole('textbox', { name: `Réponse à la question ${n}` });
    await tabTo(page, field, n === 2 ? 'Shift+Tab' : 'Tab'); // question 2's field is above its hint
    await page.keyboard.type(answer);
    await page.keyboard.press('Enter');
    await expect(question(page, n).getByRole('status')).toHaveText('Bonne réponse! Bravo.');
  }
  await expect(page.getByText('4 bonnes réponses sur 4.')).toBeVisible();

  // Name, then the answers CSV.
  const name = page.getByRole('textbox', { name: 'Votre nom' });
  await tabTo(page, name, 'Shift+Tab');
  await page.keyboard.type('Zoé Tremblay');
  await page.keyboard.press('Enter');
  await expect(page.getByText('Vous travaillez en tant que Zoé Tremblay.')).toBeVisible();
  const download = page.getByRole('button', { name: 'Télécharger mes réponses (CSV)' });
  await tabTo(page, download);
  await expectVisibleFocus(download);
  const [file] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  expect(file.suggestedFilename()).toMatch(
    new RegExp(`^${ID}\\.Zoé-Tremblay\\.\\d{4}-\\d{2}-\\d{2}\\.answers\\.csv$`),
  );
  const text = (await downloadBytes(file)).toString('utf8');
  expect(
    text.startsWith('\uFEFFexercise_id,name,saved_at,lang,question_id,question,answer,checked,result\r\n'),
  ).toBe(true);
  expect(parseCsv(text).slice(1)).toEqual(
    EXERCISE.questions.map((q) => [
      ID,
      'Zoé Tremblay',
      expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/),
      'fr',
      q.id,
      q.prompt.fr,
      ANSWERS[q.id as keyof typeof ANSWERS],
      'yes',
      'correct',
    ]),
  );

  // The worksheet: the questions and sources, none of the answers.
  const printWorksheet = page.getByRole('button', { name: 'Imprimer la feuille d’exercices' });
  await printBoth(page, printWorksheet, page.locator('.print-worksheet'), (worksheet) => {
    for (const q of EXERCISE.questions) expect(worksheet).toContain(spaces(q.prompt.fr));
    expect(worksheet).toContain('Nom :');
    expect(worksheet).toContain('Le scénario de départ');
    expect(worksheet).toContain('Sources');
    expect(worksheet).toContain('Le total de Trump (175 G$ US) : Le président Trump');
    for (const answer of Object.values(ANSWERS)) expect(worksheet).not.toContain(spaces(answer));
    expect(worksheet).not.toContain('Zoé');
  });
  expect(await printCalls(page)).toEqual(['print-sheet print-worksheet', 'print-sheet print-worksheet']);

  // The teacher key, from the teacher page (the student page has no way to it), reached and
  // printed from the keyboard too.
  await page.goto('/?view=teacher&lang=fr');
  const keyLink = page.getByRole('link', { name: `Corrigé — ${EXERCISE.title.fr}` });
  await tabTo(page, keyLink);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`view=teacher&exercise=${ID}`));
  await expect(page.getByRole('heading', { level: 2 })).toHaveText(`Corrigé\u00a0: ${EXERCISE.title.fr}`);
  const printKey = page.getByRole('button', { name: 'Imprimer le corrigé' });
  await printBoth(page, printKey, page.locator('.print-key'), (key) => {
    expect(key).toContain('243,25 milliards $ CA');
    // The worked arithmetic from the scenario's figures, money at the answer's scale (billions).
    expect(key).toContain('175 × 1,39 = 243,25');
    expect(key).toContain('243 ÷ 175 ≈ 1,389');
    expect(key).toContain('25 ÷ 1,3369 ≈ 18,70');
    expect(key).toContain('à ±0,01 milliard $ CA près de la réponse');
    for (const answer of Object.values(ANSWERS)) expect(key).toContain(spaces(answer));
  });
  // A new page load since the worksheet: only the key's two prints.
  expect(await printCalls(page)).toEqual(['print-sheet print-key', 'print-sheet print-key']);
});

test('answers and checks are still there after a reload', async ({ page }) => {
  await page.goto(STUDENT_URL);
  const field = question(page, 1).getByRole('textbox', { name: 'Réponse à la question 1' });
  await field.fill(ANSWERS['usd-to-cad']);
  await field.press('Enter');
  await expect(question(page, 1).getByRole('status')).toHaveText('Bonne réponse! Bravo.');
  await page.reload();
  // A new page load asks whose answers these are (a shared computer) before showing them.
  await page.getByRole('button', { name: 'Oui, elles sont à moi' }).click();
  await expect(field).toHaveValue(ANSWERS['usd-to-cad']);
  await expect(question(page, 1).getByRole('status')).toHaveText('Bonne réponse! Bravo.');
});

test('the student view and the teacher key have no serious or critical axe violation', async ({ page }) => {
  await page.goto(STUDENT_URL);
  const q1 = question(page, 1);
  await q1.getByRole('textbox').fill('100');
  await q1.getByRole('button', { name: 'Vérifier' }).click();
  await expect(q1.getByRole('status')).toContainText('Pas encore');
  await q1.getByRole('button', { name: 'Indice' }).click();
  expect(await seriousViolations(page)).toEqual([]);

  await page.goto('/?view=teacher&lang=fr');
  await page.getByRole('button', { name: 'Copier le lien pour les élèves' }).first().click();
  await expect(page.getByRole('textbox', { name: 'Lien pour les élèves' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);

  await page.goto('/?view=class&lang=fr');
  expect(await seriousViolations(page)).toEqual([]);

  await page.goto('/?view=teacher&exercise=fair-split&lang=en');
  await expect(page.getByRole('heading', { level: 2 })).toContainText('Answer key: ');
  expect(await seriousViolations(page)).toEqual([]);

  await page.goto('/?view=exercises&exercise=fair-split&lang=en');
  await expect(
    page.getByText('Someone has already typed answers on this computer. Are they yours?'),
  ).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByRole('button', { name: 'Yes, they are mine' }).click();
  const q3 = question(page, 3);
  await q3.getByRole('textbox').fill('By GDP.');
  await q3.getByRole('button', { name: 'Done' }).click();
  await expect(q3.getByRole('heading', { name: 'What a strong answer includes' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);

  await page.goto('/?view=exercises&lang=en');
  await expect(page.getByRole('heading', { level: 2, name: 'Exercises' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});
