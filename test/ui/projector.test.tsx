// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { workedAnswer, type Exercise } from '../../src/core';
import { parseExerciseText } from '../../src/io';
import {
  createAppStore,
  createProgressStore,
  findPreset,
  getAppStore,
  replaceAppStore,
  replaceProgressStore,
} from '../../src/state';
import { answerText } from '../../src/ui/exercises/answerText';
import { ExercisesPage } from '../../src/ui/exercises/ExercisesPage';
import { MemoryStorage } from '../support/memoryStorage';

const DIR = join(import.meta.dirname, '..', '..', 'scenarios', 'exercises');

function load(id: string): Exercise {
  const parsed = parseExerciseText(readFileSync(join(DIR, `${id}.json`), 'utf8'), findPreset);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return parsed.exercise;
}

/** The answer the key gives for a numeric question, as the projector must show it. */
function keyAnswer(exercise: Exercise, id: string, lang: 'en' | 'fr' = 'en'): string {
  const w = workedAnswer(exercise, id);
  if (w.kind !== 'numeric') throw new Error(id);
  return answerText(w, lang).replace(/[\u00a0\u202f]/g, ' ');
}

async function renderProjector(id: string) {
  window.history.replaceState(null, '', `/?view=projector&exercise=${id}`);
  render(<ExercisesPage route={{ view: 'projector', exercise: id }} />);
  return screen.findByRole('region', { name: /^Projector: / }, { timeout: 10_000 });
}

beforeAll(async () => {
  await import('../../src/ui/exercises/ExercisesView');
});

beforeEach(() => {
  const storage = new MemoryStorage();
  replaceAppStore(createAppStore(() => storage));
  replaceProgressStore(createProgressStore(() => storage));
  vi.spyOn(window, 'scrollTo').mockImplementation(() => undefined);
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('projector mode', () => {
  const ex = load('per-person');

  it('is reached from the teacher page and from an exercise’s key', async () => {
    window.history.replaceState(null, '', '/?view=teacher');
    render(<ExercisesPage route={{ view: 'teacher', exercise: null }} />);
    const link = await screen.findByRole(
      'link',
      { name: `Projector mode — ${ex.title.en}` },
      { timeout: 10_000 },
    );
    expect(link).toHaveAttribute('href', '/?view=projector&exercise=per-person');
  });

  it('is not offered on the student page (it can show the answers)', async () => {
    window.history.replaceState(null, '', '/?view=exercises&exercise=per-person');
    render(<ExercisesPage route={{ view: 'exercises', exercise: 'per-person' }} />);
    await screen.findByRole('heading', { level: 2, name: ex.title.en }, { timeout: 10_000 });
    expect(screen.queryByRole('link', { name: /Projector mode/ })).toBeNull();
    expect(screen.queryByRole('link', { name: /Teacher guide/ })).toBeNull();
  });

  it('shows one question, its position and its facts, and no answer until asked', async () => {
    const projector = within(await renderProjector('per-person'));
    expect(projector.getByText('Question 1 of 5')).toBeInTheDocument();
    expect(projector.getByText(ex.questions[0]?.prompt.en ?? '')).toBeInTheDocument();
    expect(projector.queryByText(ex.questions[1]?.prompt.en ?? '')).toBeNull();
    const facts = within(projector.getByRole('region', { name: 'The facts' }));
    expect(facts.getByText('Exchange rates')).toBeInTheDocument();
    expect(projector.queryByRole('region', { name: 'Answer' })).toBeNull();
    expect(projector.getByRole('button', { name: '← Previous' })).toBeDisabled();

    const user = userEvent.setup();
    await user.click(projector.getByRole('button', { name: 'Show answer' }));
    expect(projector.getByRole('button', { name: 'Show answer' })).toHaveAttribute('aria-pressed', 'true');
    expect(projector.getByRole('region', { name: 'Answer' })).toHaveTextContent(
      keyAnswer(ex, 'canada-total-cad'),
    );
    // Moving on hides the answer again.
    await user.click(projector.getByRole('button', { name: 'Next →' }));
    expect(projector.getByText('Question 2 of 5')).toBeInTheDocument();
    expect(projector.queryByRole('region', { name: 'Answer' })).toBeNull();
  });

  it('moves with the keyboard: arrows, Page Up/Down, Home and End; Esc leaves for the teacher page', async () => {
    const projector = within(await renderProjector('per-person'));
    const user = userEvent.setup();
    await user.keyboard('{ArrowRight}');
    expect(projector.getByText('Question 2 of 5')).toBeInTheDocument();
    await user.keyboard('{PageDown}{PageDown}');
    expect(projector.getByText('Question 4 of 5')).toBeInTheDocument();
    // The question the population rule changes says so.
    expect(projector.getByText(/changed for this question/)).toBeInTheDocument();
    await user.keyboard('{PageUp}{ArrowLeft}');
    expect(projector.getByText('Question 2 of 5')).toBeInTheDocument();
    await user.keyboard('{End}{ArrowRight}');
    expect(projector.getByText('Question 5 of 5')).toBeInTheDocument();
    expect(projector.getByRole('button', { name: 'Next →' })).toBeDisabled();
    await user.keyboard('{Home}');
    expect(projector.getByText('Question 1 of 5')).toBeInTheDocument();
    await user.keyboard('{Escape}');
    expect(window.location.search).toBe('?view=teacher');
  });

  it('shows an open question’s rubric when asked', async () => {
    const fair = load('fair-split');
    const projector = within(await renderProjector('fair-split'));
    await userEvent.setup().keyboard('{End}');
    await userEvent.setup().click(projector.getByRole('button', { name: 'Show answer' }));
    const q = fair.questions[3];
    const rubric = q?.answer.kind === 'open' ? q.answer.rubric.en : '';
    expect(
      projector.getByRole('region', { name: 'An open question: what a strong answer does' }),
    ).toHaveTextContent(rubric);
  });

  it('is in French', async () => {
    await renderProjector('per-person');
    act(() => getAppStore().getState().setLang('fr'));
    const projector = within(screen.getByRole('region', { name: `Projecteur\u00a0: ${ex.title.fr}` }));
    expect(projector.getByText('Question 1 sur 5')).toBeInTheDocument();
    expect(
      projector.getByText(ex.questions[0]?.prompt.fr ?? '', { normalizer: (text) => text }),
    ).toBeInTheDocument();
    await userEvent.setup().click(projector.getByRole('button', { name: 'Afficher la réponse' }));
    expect(projector.getByRole('region', { name: 'Réponse' })).toHaveTextContent(
      keyAnswer(ex, 'canada-total-cad', 'fr'),
    );
    expect(projector.getByRole('button', { name: 'Suivante →' })).toBeEnabled();
  });
});
