import { describe, expect, it } from 'vitest';
import {
  checkAnswer,
  dec,
  evaluateAnswer,
  roundToTolerance,
  statedAnswer,
  workedAnswer,
  type Dec,
  type Exercise,
  type ExerciseQuestion,
} from '../../src/core';
import { formatNumber, numberMarks } from '../../src/i18n';
import { EXERCISES, exercise } from '../support/exercises';

const EN = numberMarks('en');
const FR = numberMarks('fr');

const numeric = EXERCISES.flatMap((e) =>
  e.questions.filter((q) => q.answer.kind === 'numeric').map((q) => [`${e.id}/${q.id}`, e, q] as const),
);

/** The answer a student works from the question's own figures (its rounded ones where it gives some). */
function fromOwnFigures(e: Exercise, q: ExerciseQuestion): Dec {
  const value = statedAnswer(q) ?? evaluateAnswer(e, q.id)?.value;
  if (!value) throw new Error(`${q.id} has no value`);
  return value;
}

describe('tolerances that fit the prompt', () => {
  it.each(numeric)(
    '%s: the answer from its own stated figures is accepted; a power of ten off is not',
    (_n, e, q) => {
      if (q.answer.kind !== 'numeric') throw new Error('numeric');
      const own = roundToTolerance(fromOwnFigures(e, q), q.answer);
      const digits = Math.max(own.decimalPlaces(), q.answer.tolerance.decimalPlaces());
      expect(checkAnswer(e, q.id, formatNumber(own, digits, 'en'), EN).status).toBe('correct');
      expect(checkAnswer(e, q.id, formatNumber(own, digits, 'fr'), FR).status).toBe('correct');
      // The exact answer rounded as the key gives it is still accepted.
      const w = workedAnswer(e, q.id);
      if (w.kind !== 'numeric') throw new Error('numeric');
      expect(checkAnswer(e, q.id, w.rounded.toString(), EN).status).toBe('correct');
      for (const wrong of [own.times(10), own.div(10), own.times(1000), own.div(1000)])
        expect(checkAnswer(e, q.id, wrong.toString(), EN).status, wrong.toString()).toBe('incorrect');
    },
  );

  it.each([
    // 61 − 175 × 7.1 % = 48.575; the exact share (7.128…) gives 48.53.
    ['asks-61-71', 'gap-to-gdp', '48.58', '48.53'],
    // 175 × 1.25 × 7.1 % = 15.53125; exactly 15.59.
    ['nunn-mccurdy', 'critical-canada', '15.53', '15.59'],
    // 175 × 7.1 % × 1.39 = 17.27075; exactly 17.34.
    ['per-person', 'canada-total-cad', '17.27', '17.34'],
    // 175 × 10.9 % × 1.39 ÷ 41,528,680 = 638.46; exactly 637.38.
    ['per-person', 'population-rule', '638', '637'],
  ])(
    '%s/%s: the question’s “about” figures give %s, accepted with the exact %s',
    (id, q, fromStated, exact) => {
      const e = exercise(id);
      expect(checkAnswer(e, q, fromStated, EN).status).toBe('correct');
      expect(checkAnswer(e, q, exact, EN).status).toBe('correct');
      const w = workedAnswer(e, q);
      expect(w.kind === 'numeric' && w.stated?.toString()).toBe(fromStated);
    },
  );

  it('does not accept anything between or beyond: 48.55 (neither) and 48.60 are refused', () => {
    const e = exercise('asks-61-71');
    expect(checkAnswer(e, 'gap-to-gdp', '48.55', EN).status).toBe('incorrect');
    expect(checkAnswer(e, 'gap-to-gdp', '48.60', EN).status).toBe('incorrect');
    expect(
      statedAnswer(e.questions.find((x) => x.id === 'gap-to-gdp') as ExerciseQuestion)?.eq(dec('48.575')),
    ).toBe(true);
  });
});
