/**
 * A real class in a real browser: the student page has no way to the key; two students one after
 * the other on one browser see nothing of each other; three answers files made in the browser (one
 * edited by hand to say "correct") dropped on the class page give the right table, and its CSV is
 * the same bytes as `npm run cli -- grade`.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { downloadBytes, ROOT, saveDownload } from './helpers';

const LINK = '/?view=exercises&exercise=currency-conversion&lang=en';

function question(page: Page, n: number) {
  return page.getByRole('region', { name: `Question ${n}`, exact: true });
}

async function answerFirst(page: Page, answer: string): Promise<void> {
  await question(page, 1).getByRole('textbox').fill(answer);
  await question(page, 1).getByRole('button', { name: 'Check' }).click();
}

async function startAs(page: Page, name: string): Promise<void> {
  await page.getByRole('textbox', { name: 'Your name' }).fill(name);
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  await expect(page.getByText(`Working as ${name}.`)).toBeVisible();
}

async function downloadAnswers(page: Page): Promise<string> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download my answers (CSV)' }).click(),
  ]);
  return saveDownload(download);
}

test('the student page has no way to the key, even with key=1 in its address', async ({ page }) => {
  await page.goto(`${LINK}&key=1`);
  await expect(page.getByRole('heading', { level: 2 })).toHaveText(/^Same money/);
  await expect(page.getByText(/answer key/i)).toHaveCount(0);
  const main = page.locator('main');
  for (const href of await main.getByRole('link').evaluateAll((as) => as.map((a) => a.getAttribute('href'))))
    expect(href ?? '').not.toMatch(/view=teacher|view=class|key=1/);
  await expect(main.getByRole('button', { name: /key|copy link/i })).toHaveCount(0);
  // The teacher page says the keys are not secret, and its link for students opens the student view.
  await page.goto('/?view=teacher&lang=en');
  await expect(page.getByText(/They are not secret/)).toBeVisible();
  await page
    .getByRole('listitem')
    .filter({ hasText: 'Same money' })
    .getByRole('button', { name: 'Copy link for students' })
    .click();
  const link = await page.getByRole('textbox', { name: 'Link for students' }).inputValue();
  expect(new URL(link).search).toBe('?view=exercises&exercise=currency-conversion&lang=en');
});

test('two students one after the other, three files marked on the class page as by `grade`', async ({
  page,
  context,
}) => {
  // Zoé answers right and downloads.
  await page.goto(LINK);
  await startAs(page, 'Zoé Tremblay');
  await answerFirst(page, '243.25');
  await expect(question(page, 1).getByRole('status')).toHaveText('Correct! Well done.');
  const zoe = await downloadAnswers(page);
  expect(basename(zoe)).toMatch(/^currency-conversion\.Zoé-Tremblay\.\d{4}-\d{2}-\d{2}\.answers\.csv$/);
  await page.close();

  // The next student on the same browser sees none of it until they say who they are.
  const next = await context.newPage();
  await next.goto(LINK);
  await expect(
    next.getByText('This computer has answers saved for Zoé Tremblay. Is that you?'),
  ).toBeVisible();
  await expect(next.getByText('Correct! Well done.')).toHaveCount(0);
  await expect(next.getByRole('textbox', { name: 'Answer to question 1' })).toHaveCount(0);
  await next.getByRole('button', { name: 'No, start fresh' }).click();
  await startAs(next, 'Adam');
  await expect(question(next, 1).getByRole('textbox')).toHaveValue('');
  await answerFirst(next, '125.90');
  const adam = await downloadAnswers(next);
  await next.getByRole('button', { name: 'Start over' }).click();
  await expect(next.getByText('Your name and answers were cleared from this computer.')).toBeVisible();
  await startAs(next, 'Bo');
  await expect(question(next, 1).getByRole('textbox')).toHaveValue('');
  await answerFirst(next, '245');
  const bo = await downloadAnswers(next);
  // Bo edits his file by hand: question 1 "incorrect" becomes "correct".
  const boText = readFileSync(bo, 'utf8');
  const edited = boText.replace(/(,usd-to-cad,[^\r]*,245,yes,)incorrect/, '$1correct');
  expect(edited).not.toBe(boText);
  writeFileSync(bo, edited);

  // The teacher drops the three files on the class page.
  await next.goto('/?view=class&lang=en');
  const files = [zoe, adam, bo].map((path) => ({ name: basename(path), bytes: [...readFileSync(path)] }));
  const dataTransfer = await next.evaluateHandle((list) => {
    const dt = new DataTransfer();
    for (const f of list) dt.items.add(new File([new Uint8Array(f.bytes)], f.name, { type: 'text/csv' }));
    return dt;
  }, files);
  await next.dispatchEvent('[data-testid=class-drop]', 'drop', { dataTransfer });
  await expect(next.getByText('Files marked: 3. Files not marked: 0.')).toBeVisible();
  const table = next.getByRole('table', { name: 'Answers of each student, marked again' });
  const rows = table.getByRole('row');
  await expect(rows).toHaveCount(4);
  await expect(rows.nth(1)).toContainText('Adam');
  await expect(rows.nth(1).getByRole('cell').first()).toContainText('125.90 wrong');
  await expect(rows.nth(2)).toContainText('Bo');
  await expect(rows.nth(2).getByRole('cell').first()).toContainText('245 wrong');
  await expect(rows.nth(3)).toContainText('Zoé Tremblay');
  await expect(rows.nth(3).getByRole('cell').first()).toContainText('243.25 correct');
  await expect(next.getByText('1 of 3 correct (33%)')).toBeVisible();
  await expect(next.getByText(/125\.9 — 1 student · likely slip: the exchange rate/)).toBeVisible();
  await expect(
    next.getByText(/245 — 1 student · likely slip: fx\("cadPerUsd"\) rounded to 1\.4/),
  ).toBeVisible();
  await expect(next.getByRole('region', { name: 'Files marked, with something to look at' })).toContainText(
    `${basename(bo)}: the result written in the file differs from the marking for usd-to-cad`,
  );

  const [download] = await Promise.all([
    next.waitForEvent('download'),
    next.getByRole('button', { name: 'Download class results (CSV)' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('class-results.csv');
  const fromPage = await downloadBytes(download);
  const out = mkdtempSync(join(tmpdir(), 'gd-grade-'));
  execFileSync('npx', ['tsx', 'src/cli/main.ts', 'grade', zoe, adam, bo, '--out', out], { cwd: ROOT });
  expect(fromPage.equals(readFileSync(join(out, 'class-results.csv')))).toBe(true);
});
