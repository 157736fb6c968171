/**
 * The class results as CSV: one row per student and question (several exercises may be mixed), the
 * same bytes from the class page and from `npm run cli -- grade`. Conventions of every CSV here
 * (toCsv): UTF-8 with a byte-order mark, CRLF, RFC 4180 quoting, formula-like cells neutralized.
 */
import { evaluateAnswer, roundToTolerance, type Exercise, type Slip } from '../core';
import type { ClassResults } from './classResults';
import { toCsv } from './csv';

/** The header is a contract: the same in every interface language. */
export const CLASS_CSV_HEADER = [
  'exercise_id',
  'student',
  'saved_at',
  'lang',
  'file',
  'question_id',
  'answer',
  'checked',
  'mark',
  'expected',
  'slip',
  'slip_detail',
] as const;

/** The slip's code and detail: power_of_ten 1e3, rate_wrong_way cadPerUsd, rounded_input fx("cadPerUsd")=1.4. */
export function slipCells(slip: Slip | undefined): [string, string] {
  if (!slip) return ['', ''];
  switch (slip.kind) {
    case 'powerOfTen':
      return ['power_of_ten', `1e${slip.exponent}`];
    case 'rateWrongWay':
      return ['rate_wrong_way', slip.rate];
    case 'roundedInput':
      return ['rounded_input', `${slip.input}=${slip.value.toFixed()}`];
  }
}

/** The expected answer rounded as finely as the tolerance needs (as in the key); empty for an open question. */
function expectedText(exercise: Exercise, questionId: string): string {
  const q = exercise.questions.find((x) => x.id === questionId);
  const value = evaluateAnswer(exercise, questionId)?.value;
  return q?.answer.kind === 'numeric' && value ? roundToTolerance(value, q.answer).toFixed() : '';
}

/**
 * The class CSV under CLASS_CSV_HEADER, in the results' order (exercise id, student, question in
 * the exercise's order). `answer` is as typed; `checked` yes/no; `mark` correct, incorrect,
 * unreadable, blank or open (an open question answered: the teacher marks it); `expected` a plain
 * decimal; `slip` and `slip_detail` the likely slip of a wrong answer (see slipCells).
 */
export function classCsv(results: ClassResults): string {
  const rows = results.exercises.flatMap(({ exercise, students }) => {
    const expected = new Map(exercise.questions.map((q) => [q.id, expectedText(exercise, q.id)]));
    return students.flatMap((s) =>
      s.answers.map((a) => [
        exercise.id,
        s.name,
        s.savedAt,
        s.lang,
        s.file,
        a.questionId,
        a.answer,
        a.checked ? 'yes' : 'no',
        a.mark,
        expected.get(a.questionId) ?? '',
        ...slipCells(a.slip),
      ]),
    );
  });
  return toCsv(CLASS_CSV_HEADER, rows);
}
