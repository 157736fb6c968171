/**
 * Teaching material in a real browser: the printed worksheet (Ctrl+P, with no button) carries the
 * link for students as text and QR code and its page numbers, every time; the printed key carries
 * the sources of its figures; projector mode moves with the keyboard. The PDFs are made by
 * page.pdf() and read back with pdftotext (poppler-utils), as print.spec.ts does.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import type { Exercise } from '../../src/core';
import { type Lang } from '../../src/i18n';
import { parseExerciseText } from '../../src/io';
import { exerciseSources } from '../../src/ui/exercises/sources';
import { BASE_URL } from '../../playwright.config';
import { loadPreset, ROOT } from './helpers';

function load(id: string): Exercise {
  const text = readFileSync(join(ROOT, 'scenarios', 'exercises', `${id}.json`), 'utf8');
  const parsed = parseExerciseText(text, (preset) => loadPreset(preset));
  if (!parsed.ok) throw new Error(id);
  return parsed.exercise;
}

const flat = (s: string) => s.replace(/[\s\u00a0\u202f]+/g, ' ');

/** The page as the browser prints it (print media), and the text of each PDF page. */
async function printedPages(page: Page): Promise<string[]> {
  const pdf = join(mkdtempSync(join(tmpdir(), 'gd-teach-')), 'page.pdf');
  await page.pdf({ path: pdf, format: 'Letter' });
  const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
  return text.split('\f').filter((p) => p.trim() !== '');
}

const PAGE_OF: Record<Lang, (n: number, count: number) => string> = {
  en: (n, count) => `Page ${n} of ${count}`,
  fr: (n, count) => `Page ${n} sur ${count}`,
};

async function expectWorksheet(page: Page, id: string, lang: Lang): Promise<void> {
  const exercise = load(id);
  const pages = await printedPages(page);
  expect(pages.length, 'a worksheet of several pages').toBeGreaterThan(1);
  pages.forEach((text, i) =>
    expect(flat(text), `page ${i + 1}`).toContain(PAGE_OF[lang](i + 1, pages.length)),
  );
  const all = pages.join('\n');
  const link = `${BASE_URL}/?view=exercises&exercise=${id}&lang=${lang}`;
  // The link may wrap at the page's edge: compare without any spaces.
  expect(all.replace(/\s+/g, '')).toContain(link);
  expect(flat(all)).toContain(flat(exercise.questions[0]?.prompt[lang] ?? '').slice(0, 40));
  expect(flat(all)).not.toContain(lang === 'en' ? 'Check my answer' : 'Vérifier');
  await expect(page.getByRole('img', { name: /QR/, includeHidden: true })).toBeVisible();
}

for (const lang of ['en', 'fr'] as const)
  test(`Ctrl+P on an exercise page prints the worksheet with its link, QR code and page numbers, every time (${lang})`, async ({
    page,
  }) => {
    await page.goto(`/?view=exercises&exercise=per-person&lang=${lang}`);
    await expect(page.getByRole('heading', { level: 2 })).toHaveText(load('per-person').title[lang]);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.exercise-screen')).toBeHidden();
    await expectWorksheet(page, 'per-person', lang);
    // And again: nothing is used up by printing once.
    await expectWorksheet(page, 'per-person', lang);
  });

test('after the key is printed from the teacher page, Ctrl+P prints the worksheet again', async ({
  page,
}) => {
  await page.goto('/?view=teacher&exercise=share-rules');
  await page.evaluate(() => (window.print = () => undefined));
  await page.getByRole('button', { name: 'Print answer key' }).click();
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  await page.emulateMedia({ media: 'print' });
  await expectWorksheet(page, 'share-rules', 'en');
});

for (const lang of ['en', 'fr'] as const)
  test(`the printed key carries the sources of its figures and page numbers (${lang})`, async ({ page }) => {
    const exercise = load('per-person');
    await page.goto(`/?view=teacher&exercise=per-person&lang=${lang}`);
    await page.evaluate(() => (window.print = () => undefined));
    await page
      .getByRole('button', { name: lang === 'en' ? 'Print answer key' : 'Imprimer le corrigé' })
      .click();
    const pages = await printedPages(page);
    const all = flat(pages.join('\n'));
    expect(all).toContain(lang === 'en' ? 'Sources' : 'Sources');
    const sources = exerciseSources(exercise, lang);
    expect(sources.length).toBeGreaterThan(2);
    for (const s of sources) expect(all, s.figure).toContain(flat(s.figure));
    expect(all).toContain(lang === 'en' ? 'Statistics Canada' : 'Statistique Canada');
    pages.forEach((text, i) => expect(flat(text)).toContain(PAGE_OF[lang](i + 1, pages.length)));
  });

test('projector mode moves with the keyboard and shows an answer only when asked', async ({ page }) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto('/?view=teacher');
  await page
    .getByRole('link', { name: 'Projector mode — What would Golden Dome cost each Canadian?' })
    .click();
  const projector = page.getByRole('region', { name: /^Projector: / });
  await expect(projector.getByText('Question 1 of 5')).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await expect(projector.getByText('Question 2 of 5')).toBeVisible();
  await page.keyboard.press('PageDown');
  await page.keyboard.press('ArrowDown');
  await expect(projector.getByText('Question 4 of 5')).toBeVisible();
  await page.keyboard.press('PageUp');
  await expect(projector.getByText('Question 3 of 5')).toBeVisible();
  await expect(projector.getByRole('region', { name: 'Answer' })).toHaveCount(0);
  await projector.getByRole('button', { name: 'Show answer' }).click();
  await expect(projector.getByRole('region', { name: 'Answer' })).toBeVisible();
  // Large type: the prompt is readable at the back of a room.
  const size = await projector
    .locator('.projector-prompt')
    .evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  expect(size).toBeGreaterThanOrEqual(48);
  await page.keyboard.press('ArrowLeft');
  await expect(projector.getByText('Question 2 of 5')).toBeVisible();
  await expect(projector.getByRole('region', { name: 'Answer' })).toHaveCount(0);
  await page.keyboard.press('Escape');
  await expect(page).toHaveURL(/\?view=teacher(&lang=en)?$/);
  await expect(page.getByRole('heading', { level: 2, name: 'For teachers' })).toBeVisible();
});

test('projector mode in French', async ({ page }) => {
  await page.goto('/?view=projector&exercise=per-person&lang=fr');
  const projector = page.getByRole('region', { name: /^Projecteur/ });
  await expect(projector.getByText('Question 1 sur 5')).toBeVisible();
  await page.keyboard.press('End');
  await expect(projector.getByText('Question 5 sur 5')).toBeVisible();
  await projector.getByRole('button', { name: 'Quitter le projecteur' }).click();
  await expect(page).toHaveURL(/\?view=teacher&lang=fr$/);
});

test('the budget-path key works the planned budget from the outlook, and prints the pledge and growth sources', async ({
  page,
}) => {
  const exercise = load('budget-path');
  await page.goto('/?view=teacher&exercise=budget-path&lang=en');
  // 2,240 × 1.0404² × 1.39 × 2.15 % = 72.46 (C$ billions), the pledge share worked from 2 % and 3.5 % first.
  await expect(page.getByText('1.5 × 1 ÷ 10 + 2 = 2.15').first()).toBeVisible();
  await expect(page.getByText('2,240 × 1.082432 × 1.39 × 2.15 ÷ 100 ≈ 72.46').first()).toBeVisible();
  await page.evaluate(() => (window.print = () => undefined));
  await page.getByRole('button', { name: 'Print answer key' }).click();
  const all = flat((await printedPages(page)).join('\n'));
  const sources = exerciseSources(exercise, 'en');
  for (const s of sources) expect(all, s.figure).toContain(flat(s.figure));
  expect(sources.map((s) => s.figure).join(' ')).toMatch(/nominal GDP growth/);
});
