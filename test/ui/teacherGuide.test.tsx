// @vitest-environment jsdom
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  createAppStore,
  createProgressStore,
  getAppStore,
  replaceAppStore,
  replaceProgressStore,
} from '../../src/state';
import { ExercisesPage } from '../../src/ui/exercises/ExercisesPage';
import type { Route } from '../../src/ui/route';
import { MemoryStorage } from '../support/memoryStorage';

async function renderPage(r: Route) {
  const view = render(<ExercisesPage route={r} />);
  await screen.findByRole('heading', { level: 2 }, { timeout: 10_000 });
  return view;
}

beforeAll(async () => {
  await import('../../src/ui/exercises/ExercisesView');
});

beforeEach(() => {
  const storage = new MemoryStorage();
  replaceAppStore(createAppStore(() => storage));
  replaceProgressStore(createProgressStore(() => storage));
  vi.spyOn(window, 'scrollTo').mockImplementation(() => undefined);
  window.history.replaceState(null, '', '/?view=teacher');
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('the teacher guide', () => {
  it('is reached from the teacher page, for every exercise', async () => {
    await renderPage({ view: 'teacher', exercise: null });
    const link = screen.getByRole('link', { name: 'Teacher guide — Design a fair split and defend it' });
    expect(link).toHaveAttribute('href', '/?view=guide&exercise=fair-split');
    expect(screen.getAllByRole('link', { name: /^Teacher guide — / })).toHaveLength(11);
  });

  it('gives time, level, grades, prerequisites, where it fits, the lesson flow and prompts', async () => {
    await renderPage({ view: 'guide', exercise: 'fair-split' });
    expect(
      screen.getByRole('heading', { level: 2, name: 'Teacher guide: Design a fair split and defend it' }),
    ).toBeInTheDocument();
    const glance = within(screen.getByRole('region', { name: 'At a glance' }));
    expect(glance.getByText('Time').nextSibling).toHaveTextContent('75 minutes');
    expect(glance.getByText('Level').nextSibling).toHaveTextContent('advanced');
    expect(glance.getByText('Grades').nextSibling).toHaveTextContent('Grades 11 to 12');
    expect(glance.getByText('Questions').nextSibling).toHaveTextContent('4 (2 open, marked by hand)');
    const fits = within(screen.getByRole('region', { name: 'Where it fits' }));
    expect(fits.getAllByRole('listitem').map((li) => li.textContent)).toEqual(
      expect.arrayContaining([
        'Canadian and world studies: Canada–US relations, defence and sovereignty',
        'Grade 11–12 mathematics: rates, ratios and percentages',
      ]),
    );
    const flow = within(screen.getByRole('region', { name: 'Lesson flow' }));
    const steps = flow.getAllByRole('listitem').map((li) => li.querySelector('strong')?.textContent);
    expect(steps).toEqual([
      '10 min — Projected demo',
      '20 min — Individual work',
      '15 min — Work in pairs',
      '25 min — Group discussion',
      '5 min — Wrap-up',
    ]);
    expect(
      within(screen.getByRole('region', { name: 'Discussion prompts' })).getAllByRole('listitem').length,
    ).toBeGreaterThanOrEqual(3);
    expect(screen.getByRole('region', { name: 'What students need first' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'The open questions of the exercise' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'The answer key cannot be secret' })).toHaveTextContent(
      'A student who looks for the key can find it.',
    );
    expect(screen.getByRole('region', { name: 'Link for students' })).toHaveTextContent(
      /\?view=exercises&exercise=fair-split&lang=en$/,
    );
  });

  it('prints from its button', async () => {
    const print = vi.fn();
    window.print = print;
    await renderPage({ view: 'guide', exercise: 'per-person' });
    await userEvent.setup().click(screen.getByRole('button', { name: 'Print this guide' }));
    expect(print).toHaveBeenCalledTimes(1);
  });

  it('is in French', async () => {
    await renderPage({ view: 'guide', exercise: 'per-person' });
    act(() => getAppStore().getState().setLang('fr'));
    expect(
      screen.getByRole('heading', {
        level: 2,
        name: 'Guide pédagogique\u00a0: Combien le Dôme d’or coûterait-il à chaque Canadien?',
      }),
    ).toBeInTheDocument();
    const glance = within(screen.getByRole('region', { name: 'En bref' }));
    expect(glance.getByText('Durée').nextSibling).toHaveTextContent('50 min');
    expect(glance.getByText('Années scolaires').nextSibling).toHaveTextContent('9e à 12e année');
    const flow = within(screen.getByRole('region', { name: 'Déroulement de la leçon' }));
    expect(flow.getAllByRole('listitem')[0]?.querySelector('strong')).toHaveTextContent(
      'Démonstration projetée (10 min)',
    );
    expect(screen.getByRole('region', { name: 'Le corrigé ne peut pas être secret' })).toHaveTextContent(
      'Un élève qui cherche le corrigé peut le trouver.',
    );
    expect(screen.queryByRole('region', { name: 'Les questions ouvertes de l’exercice' })).toBeNull();
  });

  it('says so for an exercise that does not exist, with a way back to the teacher page', async () => {
    await renderPage({ view: 'guide', exercise: 'nope' });
    expect(screen.getByRole('link', { name: 'All exercises' })).toHaveAttribute('href', '/?view=teacher');
  });
});
