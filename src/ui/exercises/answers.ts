/**
 * A student's answers judged by the core: what each question shows after Check, how many are right,
 * and the rows of the answers CSV. Nothing here is stored; it is derived from what was typed.
 */
import { checkAnswer, type CheckResult, type Exercise, type ExerciseQuestion } from '../../core';
import { numberMarks, type Lang } from '../../i18n';
import { answerResult, type AnswerRow } from '../../io';
import type { ExerciseProgress, QuestionProgress } from '../../state';

const BLANK: QuestionProgress = { answer: '', checked: false };

export function progressOf(progress: ExerciseProgress | undefined, questionId: string): QuestionProgress {
  return progress?.[questionId] ?? BLANK;
}

/** What a question shows: nothing until checked; then "type something", the core's verdict, or done. */
export type Outcome =
  | { readonly kind: 'unchecked' }
  | { readonly kind: 'empty' }
  | { readonly kind: 'checked'; readonly result: CheckResult };

export function outcome(exercise: Exercise, q: ExerciseQuestion, p: QuestionProgress, lang: Lang): Outcome {
  if (!p.checked) return { kind: 'unchecked' };
  if (p.answer.trim() === '') return { kind: 'empty' };
  return { kind: 'checked', result: checkAnswer(exercise, q.id, p.answer, numberMarks(lang)) };
}

function isRight(exercise: Exercise, q: ExerciseQuestion, answer: string, lang: Lang): boolean {
  return answer.trim() !== '' && checkAnswer(exercise, q.id, answer, numberMarks(lang)).status === 'correct';
}

export interface Tally {
  /** Numeric questions answered right, of `numeric`. */
  readonly correct: number;
  readonly numeric: number;
  /** Open questions marked done, of `open`. */
  readonly done: number;
  readonly open: number;
}

export function tally(exercise: Exercise, progress: ExerciseProgress | undefined, lang: Lang): Tally {
  let correct = 0;
  let done = 0;
  let open = 0;
  for (const q of exercise.questions) {
    const p = progressOf(progress, q.id);
    if (q.answer.kind === 'open') {
      open += 1;
      if (p.checked && p.answer.trim() !== '') done += 1;
    } else if (isRight(exercise, q, p.answer, lang)) correct += 1;
  }
  return { correct, numeric: exercise.questions.length - open, done, open };
}

/** One CSV row per question: the answer as typed, whether it was checked, and the checker's result. */
export function answerRows(
  exercise: Exercise,
  progress: ExerciseProgress | undefined,
  name: string,
  lang: Lang,
  savedAt: string,
): AnswerRow[] {
  return exercise.questions.map((q) => {
    const { answer, checked } = progressOf(progress, q.id);
    return {
      exerciseId: exercise.id,
      name: name.trim(),
      savedAt,
      lang,
      questionId: q.id,
      question: q.prompt[lang],
      answer,
      checked,
      result: answerResult(exercise, q.id, answer, numberMarks(lang)),
    };
  });
}
