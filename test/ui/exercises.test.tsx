// @vitest-environment jsdom
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { evaluateAnswer, roundToTolerance, type Exercise } from '../../src/core';
import { formatNumber, type Lang } from '../../src/i18n';
import { ANSWERS_CSV_HEADER, parseCsv, parseExerciseText } from '../../src/io';
import {
  createAppStore,
  createProgressStore,
  findPreset,
  getAppStore,
  getProgressStore,
  replaceAppStore,
  replaceProgressStore,
} from '../../src/state';
import { ExercisesPage } from '../../src/ui/exercises/ExercisesPage';
import type { Route } from '../../src/ui/route';
import { MemoryStorage } from '../support/memoryStorage';

const downloads = vi.hoisted(() => [] as { name: string; text: string }[]);
vi.mock('../../src/ui/download', () => ({
  downloadText: (name: string, text: string) => downloads.push({ name, text }),
}));

const DIR = join(import.meta.dirname, '..', '..', 'scenarios', 'exercises');
/** The shipped exercises' titles, in English and in French. */
const DIR_TITLES = () => {
  const docs = readdirSync(DIR)
    .filter((f) => f.endsWith('.json'))
    .map((f) => JSON.parse(readFileSync(join(DIR, f), 'utf8')) as { title: { en: string; fr: string } });
  return { en: docs.map((d) => d.title.en), fr: docs.map((d) => d.title.fr) };
};
const FILES = readdirSync(DIR).filter((f) => f.endsWith('.json'));

/** An exercise read from its file, as a teacher's tool would read it (not through the page). */
function load(id: string): Exercise {
  const parsed = parseExerciseText(readFileSync(join(DIR, `${id}.json`), 'utf8'), findPreset);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return parsed.exercise;
}

/** The core's answer, rounded as the tolerance allows and written as a student would type it. */
function typed(exercise: Exercise, questionId: string, lang: Lang): string {
  const q = exercise.questions.find((x) => x.id === questionId);
  const value = evaluateAnswer(exercise, questionId)?.value;
  if (!q || q.answer.kind !== 'numeric' || !value) throw new Error(`no numeric ${questionId}`);
  const rounded = roundToTolerance(value, q.answer);
  const digits = Math.max(rounded.decimalPlaces(), q.answer.tolerance.decimalPlaces());
  return formatNumber(rounded, digits, lang).replace(/[\u00a0\u202f]/g, ' ');
}

const spaces = (s: string | null) => (s ?? '').replace(/[\u00a0\u202f]/g, ' ');

let storage: MemoryStorage;

function route(exercise: string | null = null, key = false): Route {
  return { view: key ? 'teacher' : 'exercises', exercise };
}

async function renderPage(r: Route) {
  const view = render(<ExercisesPage route={r} />);
  await screen.findByRole('heading', { level: 2 }, { timeout: 10_000 });
  return view;
}

function question(n: number) {
  return within(screen.getByRole('region', { name: `Question ${n}` }));
}

beforeAll(async () => {
  // Load the lazily imported view once, so each test's first render does not wait for it.
  await import('../../src/ui/exercises/ExercisesView');
});

beforeEach(() => {
  storage = new MemoryStorage();
  replaceAppStore(createAppStore(() => storage));
  replaceProgressStore(createProgressStore(() => storage));
  downloads.length = 0;
  vi.spyOn(window, 'scrollTo').mockImplementation(() => undefined);
  window.history.replaceState(null, '', '/?view=exercises');
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('the exercise list', () => {
  it('shows every exercise in scenarios/exercises with a link to it, and no key', async () => {
    await renderPage(route());
    expect(screen.getByRole('heading', { level: 2, name: 'Exercises' })).toBeInTheDocument();
    const titles = FILES.map((f) => (JSON.parse(readFileSync(join(DIR, f), 'utf8')) as Exercise).title.en);
    expect(FILES).toHaveLength(11);
    expect(screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual(
      expect.arrayContaining(titles),
    );
    for (const title of titles) {
      expect(screen.getByRole('link', { name: `Open the exercise — ${title}` })).toBeInTheDocument();
      expect(screen.queryByRole('link', { name: `Teacher key — ${title}` })).toBeNull();
    }
    expect(screen.getByRole('link', { name: /^Open the exercise — Same money/ })).toHaveAttribute(
      'href',
      '/?view=exercises&exercise=currency-conversion',
    );
  });
});

describe('the student view', () => {
  const ex = load('currency-conversion');

  it('says correct for the core’s value typed by a student, and not yet for a wrong one', async () => {
    const user = userEvent.setup();
    await renderPage(route('currency-conversion'));
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent(ex.title.en);

    const q1 = question(1);
    const field = q1.getByRole('textbox', { name: 'Answer to question 1' });
    expect(field).toHaveAccessibleDescription('in billions of Canadian dollars');
    const right = typed(ex, 'usd-to-cad', 'en');
    expect(right).toBe('243.25'); // 175 × 1.39
    await user.type(field, `${right}{Enter}`);
    expect(q1.getByRole('status')).toHaveTextContent('Correct! Well done.');

    // C$243.85B is 0.25% too high: close, direction given, the number never shown.
    await user.clear(field);
    expect(q1.getByRole('status')).toHaveTextContent('');
    await user.type(field, 'C$243.85B');
    await user.click(q1.getByRole('button', { name: 'Check' }));
    const feedback = q1.getByRole('status').textContent ?? '';
    expect(feedback).toMatch(/^Not yet, but very close: a little too high/);
    expect(feedback).not.toMatch(/243/);

    // Typed in dollars instead of billions: a unit slip, said as such.
    await user.clear(field);
    await user.type(field, '243,250,000,000{Enter}');
    expect(q1.getByRole('status')).toHaveTextContent(
      'Not yet: your answer is about 1,000,000,000 times too big. Check the unit the question asks for.',
    );

    const q3 = question(3);
    await user.type(q3.getByRole('textbox', { name: 'Answer to question 3' }), 'about twenty{Enter}');
    expect(q3.getByRole('status')).toHaveTextContent(
      'Not yet: we could not read a number in your answer. Type the number in digits, such as 2.5.',
    );
    await user.click(q3.getByRole('button', { name: 'Check' }));
  });

  it('says a comma was read as a thousands separator, not that the answer is 1,000 times too big', async () => {
    const user = userEvent.setup();
    await renderPage(route('currency-conversion'));
    expect(typed(ex, 'implied-rate', 'en')).toBe('1.389'); // 243 ÷ 175, to ±0.001
    const q2 = question(2);
    await user.type(q2.getByRole('textbox', { name: 'Answer to question 2' }), '1,389{Enter}');
    expect(q2.getByRole('status')).toHaveTextContent(
      'Not yet: the comma in “1,389” was read as a thousands separator, as in 1,200. For decimals, type a point, such as 2.5.',
    );
    // A decimal comma that cannot be thousands is refused, saying how to type it.
    await user.clear(q2.getByRole('textbox'));
    await user.type(q2.getByRole('textbox'), '1,39{Enter}');
    expect(q2.getByRole('status')).toHaveTextContent(
      'Not yet: we could not read a number in your answer. Use a point for decimals, such as 1.2, and a comma or a space between thousands, such as 1,200.',
    );
  });

  it('shows and hides a hint', async () => {
    const user = userEvent.setup();
    await renderPage(route('currency-conversion'));
    const hint = question(2).getByRole('button', { name: 'Hint' });
    const text = screen.getByText(ex.questions[1]?.hint.en ?? '?');
    expect(hint).toHaveAttribute('aria-expanded', 'false');
    expect(text).not.toBeVisible();
    await user.click(hint);
    expect(hint).toHaveAttribute('aria-expanded', 'true');
    expect(hint).toHaveAttribute('aria-controls', text.id);
    expect(text).toBeVisible();
    await user.click(hint);
    expect(text).not.toBeVisible();
  });

  it('describes the starting scenario in plain words and opens it in the calculator', async () => {
    const user = userEvent.setup();
    await renderPage(route('fair-split'));
    const start = screen.getByRole('region', { name: 'The starting scenario' });
    expect(start).toHaveTextContent('CBO 2025, space interceptors, high (US$542B), in 2025 dollars');
    expect(start).toHaveTextContent('Congressional Budget Office');
    expect(start).toHaveTextContent('2026–2045 (20 years), the same amount each year');
    expect(start).toHaveTextContent('Inflation2% a year');
    expect(start).toHaveTextContent('Credit for what Canada already spendsC$38.60 billion');
    // Question 2 drops the credit: said beside the question.
    expect(question(2).getByText('For this question, the scenario changes:')).toBeInTheDocument();
    expect(getAppStore().getState().form.id).toBe('trump-175-gdp');
    await user.click(screen.getByRole('button', { name: 'Open in the calculator' }));
    expect(getAppStore().getState().form.id).toBe('norad-credit-gdp');
    expect(window.location.search).toBe('');
  });

  it('keeps answers and checks across a reload from the same storage, once the student says they are theirs', async () => {
    const user = userEvent.setup();
    const view = await renderPage(route('currency-conversion'));
    const right = typed(ex, 'rate-moves', 'en');
    await user.type(question(4).getByRole('textbox', { name: 'Answer to question 4' }), `${right}{Enter}`);
    await user.type(question(2).getByRole('textbox', { name: 'Answer to question 2' }), '1.2');
    view.unmount();

    replaceProgressStore(createProgressStore(() => storage));
    await renderPage(route('currency-conversion'));
    await user.click(screen.getByRole('button', { name: 'Yes, they are mine' }));
    expect(question(4).getByRole('textbox')).toHaveValue(right);
    expect(question(4).getByRole('status')).toHaveTextContent('Correct! Well done.');
    expect(question(2).getByRole('textbox')).toHaveValue('1.2');
    expect(question(2).getByRole('status')).toHaveTextContent('');
    expect(screen.getByText('1 of 4 answers right.')).toBeInTheDocument();
  });

  it('shows the rubric of an open question after Done', async () => {
    const user = userEvent.setup();
    await renderPage(route('fair-split'));
    const q3 = question(3);
    await user.click(q3.getByRole('button', { name: 'Done' }));
    expect(q3.getByRole('status')).toHaveTextContent('Write your answer first, then press Done.');
    expect(q3.queryByText('What a strong answer includes')).toBeNull();
    await user.type(q3.getByRole('textbox', { name: 'Answer to question 3' }), 'By GDP: fair to both.');
    await user.click(q3.getByRole('button', { name: 'Done' }));
    expect(q3.getByText('What a strong answer includes')).toBeInTheDocument();
    expect(q3.getByText(/^A strong answer \(1\) names the estimate/)).toBeInTheDocument();
  });

  it('asks for the name before downloading <exercise>.<name>.<date>.answers.csv', async () => {
    const user = userEvent.setup();
    await renderPage(route('currency-conversion'));
    await user.type(question(1).getByRole('textbox'), `${typed(ex, 'usd-to-cad', 'en')}{Enter}`);
    await user.type(question(2).getByRole('textbox'), '1.39');
    await user.click(screen.getByRole('button', { name: 'Download my answers (CSV)' }));
    expect(downloads).toEqual([]);
    expect(screen.getByRole('alert')).toHaveTextContent(/^Type your name at the top of the page first/);
    expect(screen.getByRole('textbox', { name: 'Your name' })).toHaveFocus();
    await user.type(screen.getByRole('textbox', { name: 'Your name' }), '=Zoé{Enter}');
    expect(screen.getByText('Working as =Zoé.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Download my answers (CSV)' }));
    expect(downloads.map((d) => d.name)).toEqual([
      expect.stringMatching(/^currency-conversion\.=Zoé\.\d{4}-\d{2}-\d{2}\.answers\.csv$/),
    ]);
    const rows = parseCsv(downloads[0]?.text ?? '');
    expect(rows[0]).toEqual([...ANSWERS_CSV_HEADER]);
    expect(rows.slice(1).map((r) => [r[0], r[1], r[3], r[4], r[6], r[7], r[8]])).toEqual([
      ['currency-conversion', "'=Zoé", 'en', 'usd-to-cad', '243.25', 'yes', 'correct'],
      ['currency-conversion', "'=Zoé", 'en', 'implied-rate', '1.39', 'no', 'incorrect'],
      ['currency-conversion', "'=Zoé", 'en', 'pounds', '', 'no', 'blank'],
      ['currency-conversion', "'=Zoé", 'en', 'rate-moves', '', 'no', 'blank'],
    ]);
    expect(rows[1]?.[2]).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/);
    expect(rows[1]?.[5]).toBe(ex.questions[0]?.prompt.en);
  });

  it('on a shared computer, asks who is working, starts over with an undo, and a new name starts fresh', async () => {
    const user = userEvent.setup();
    const progress = createProgressStore(() => storage);
    progress.getState().startAs('Zoé');
    progress.getState().setAnswer('currency-conversion', 'usd-to-cad', '243.25');
    progress.getState().check('currency-conversion', 'usd-to-cad');
    // The next student: a new page load over the same storage.
    replaceProgressStore(createProgressStore(() => storage));
    await renderPage(route('currency-conversion'));
    expect(screen.getByText('This computer has answers saved for Zoé. Is that you?')).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Question 1' })).toBeNull();
    expect(screen.queryByText('Correct! Well done.')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'No, start fresh' }));
    expect(screen.getByText('Your name and answers were cleared from this computer.')).toBeInTheDocument();
    expect(question(1).getByRole('textbox')).toHaveValue('');
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(screen.getByText('Working as Zoé.')).toBeInTheDocument();
    expect(question(1).getByRole('textbox')).toHaveValue('243.25');
    await user.click(screen.getByRole('button', { name: 'Not me' }));
    await user.type(screen.getByRole('textbox', { name: 'Your name' }), 'Léa{Enter}');
    expect(screen.getByText('Working as Léa.')).toBeInTheDocument();
    expect(question(1).getByRole('textbox')).toHaveValue('');
    expect(screen.queryByRole('link', { name: /key|Corrigé/i })).toBeNull();
  });

  it('prints a worksheet with the questions and no answers', async () => {
    const user = userEvent.setup();
    const print = vi.fn();
    window.print = print;
    await renderPage(route('currency-conversion'));
    // Ready for the browser's own print (Ctrl+P) before any button is pressed.
    expect(document.querySelector('.print-sheet')).toHaveClass('print-worksheet');
    expect(document.body).toHaveClass('printing-exercise');
    await user.click(screen.getByRole('button', { name: 'Print worksheet' }));
    expect(print).toHaveBeenCalledTimes(1);
    expect(document.body).toHaveClass('printing-exercise');
    const sheet = document.querySelector('.print-worksheet');
    for (const q of ex.questions) expect(sheet).toHaveTextContent(q.prompt.en);
    expect(sheet).toHaveTextContent('Trump’s total (US$175B): President Trump, Oval Office remarks');
    expect(sheet).not.toHaveTextContent('243.25');
    act(() => {
      window.dispatchEvent(new Event('afterprint'));
    });
    expect(document.querySelector('.print-sheet')).toHaveClass('print-worksheet');
    expect(document.body).toHaveClass('printing-exercise');
  });
});

describe('in French', () => {
  const ex = load('currency-conversion');

  it('labels, checks a French decimal comma and answers in French', async () => {
    const user = userEvent.setup();
    getAppStore().getState().setLang('fr');
    await renderPage(route('currency-conversion'));
    expect(spaces(screen.getByRole('heading', { level: 2 }).textContent)).toBe(spaces(ex.title.fr));
    const q1 = within(screen.getByRole('region', { name: 'Question 1' }));
    const field = q1.getByRole('textbox', { name: 'Réponse à la question 1' });
    expect(field).toHaveAccessibleDescription('en milliards de dollars canadiens');
    const right = typed(ex, 'usd-to-cad', 'fr');
    expect(right).toBe('243,25');
    await user.type(field, `${right}{Enter}`);
    expect(q1.getByRole('status')).toHaveTextContent('Bonne réponse! Bravo.');
    await user.clear(field);
    await user.type(field, '200');
    await user.click(q1.getByRole('button', { name: 'Vérifier' }));
    expect(spaces(q1.getByRole('status').textContent)).toBe(
      'Pas encore : trop bas, avec un écart de 10 % à 50 %.',
    );
    expect(q1.getByRole('button', { name: 'Indice' })).toHaveAttribute('aria-expanded', 'false');
    expect(screen.getByRole('button', { name: 'Télécharger mes réponses (CSV)' })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Votre nom' })).toBeInTheDocument();
    expect(spaces(screen.getByRole('region', { name: 'Le scénario de départ' }).textContent)).toContain(
      '1 $ US = 1,39 $ CA',
    );
  });
});

describe('the teacher key', () => {
  it('shows each answer computed by the core with its unit, tolerance and worked arithmetic', async () => {
    await renderPage(route('currency-conversion', true));
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent(
      'Answer key: Same money, different dollars: $175B or C$243B?',
    );
    const q1 = question(1);
    expect(q1.getByText('C$243.25 billion')).toBeInTheDocument();
    expect(q1.getByText('billions of Canadian dollars')).toBeInTheDocument();
    expect(q1.getByText('within ±C$0.01 billion of the answer')).toBeInTheDocument();
    // The chain from the scenario's figures, money in billions (the answer's own scale).
    const chain = (n: number) =>
      within(
        question(n).getByRole('list', { name: 'The arithmetic from the scenario’s figures to the answer' }),
      );
    expect(chain(1).getByText('175 × 1.39 = 243.25')).toBeInTheDocument();
    expect(
      chain(1).getByText('Start: Trump’s total (US$175B), in US dollars = US$175.00 billion'),
    ).toBeInTheDocument();
    // 243 ÷ 175 = 1.388571…, shown rounded as finely as the tolerance (0.001) needs.
    expect(chain(2).getByText('243 ÷ 175 ≈ 1.389')).toBeInTheDocument();
    // ±0.01: two decimals, as the question asks ("18.70", not "18.7"); 25 ÷ 1.3369 = 18.69998…
    expect(chain(3).getByText('25 ÷ 1.3369 ≈ 18.70')).toBeInTheDocument();
    // Canada's total is worked from the inputs, like the calculator's working, not read off.
    expect(chain(4).getByText('175 × 7.1281% × 1.3755 ≈ 17.16')).toBeInTheDocument();
    expect(chain(4).getByText('× 1.3755 (C$ for one US$) = C$17.16 billion')).toBeInTheDocument();
    // The exercise file's formula is behind a toggle named in the page's language.
    const details = question(4).getByText('The formula in the exercise file').closest('details');
    expect(details).not.toBeNull();
    expect(details).not.toHaveAttribute('open');
    expect(within(details as HTMLElement).getByText('canada_total_cad / 1e9')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Student view' })).toHaveAttribute(
      'href',
      '/?view=exercises&exercise=currency-conversion',
    );
  });

  it('gives the rubric of an open question and the French working', async () => {
    await renderPage(route('fair-split', true));
    expect(question(3).getByText('Open question: mark it against this rubric')).toBeInTheDocument();
    act(() => getAppStore().getState().setLang('fr'));
    const q1 = question(1);
    expect(spaces(q1.getByText(/milliards\s\$\sCA$/, { selector: '.key-answer' }).textContent)).toBe(
      '27,95 milliards $ CA',
    );
    const chain = within(q1.getByRole('list', { name: 'Le calcul, des chiffres du scénario à la réponse' }));
    expect(spaces(chain.getByText(/≈/).textContent)).toBe(
      '(542 × 1,239166 × 7,1281 % − 27,77) × 1,39 ≈ 27,95',
    );
    expect(q1.getByText('La formule dans le fichier de l’exercice')).toBeInTheDocument();
    expect(spaces(q1.getByText(/près de la réponse$/).textContent)).toBe(
      'à ±0,01 milliard $ CA près de la réponse',
    );
  });

  it('names each "Copy link for students" on the teacher page after its exercise, in both languages', async () => {
    await renderPage(route(null, true));
    const titles = DIR_TITLES();
    for (const title of titles.en)
      expect(screen.getByRole('button', { name: `Copy link for students — ${title}` })).toBeInTheDocument();
    const names = screen
      .getAllByRole('button', { name: /^Copy link for students/ })
      .map((b) => b.textContent);
    expect(new Set(names).size).toBe(titles.en.length);
    act(() => getAppStore().getState().setLang('fr'));
    for (const title of titles.fr)
      expect(
        screen.getByRole('button', { name: `Copier le lien pour les élèves — ${title}` }),
      ).toBeInTheDocument();
  });

  it('prints the answer key', async () => {
    const user = userEvent.setup();
    window.print = vi.fn();
    await renderPage(route('per-person', true));
    await user.click(screen.getByRole('button', { name: 'Print answer key' }));
    const key = document.querySelector('.print-key');
    expect(key).toHaveTextContent('C$418'); // 417.52 per person, tolerance C$1
    expect(key).toHaveTextContent('175,000,000,000 × 7.1281% × 1.39 ÷ 41,528,680 ≈ 418');
    expect(key).toHaveTextContent('within ±C$1 of the answer');
    fireEvent(window, new Event('afterprint'));
    expect(document.querySelector('.print-key')).toBeNull();
    expect(document.querySelector('.print-worksheet')).not.toBeNull();
  });
});

describe('progress stored badly', () => {
  it('says so and starts fresh', async () => {
    storage.setItem('golden-dome-calculator:progress', 'not json');
    replaceProgressStore(createProgressStore(() => storage));
    await renderPage(route('per-person'));
    expect(screen.getByRole('alert')).toHaveTextContent(/could not be read/);
    expect(getProgressStore().getState().exercises).toEqual({});
  });
});
