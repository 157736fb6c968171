/** A student's answers to one exercise as CSV, for the teacher to collect. */
import { toCsv } from './csv';

/** yes / no for a checked numeric question (right or wrong), open for a question the teacher marks. */
export type AnswerCorrectness = 'yes' | 'no' | 'open';

export interface AnswerRow {
  /** The student's name, as typed (user text: formula-like cells are neutralized). */
  readonly name: string;
  readonly exerciseId: string;
  readonly questionId: string;
  /** The question's prompt in the language the student worked in. */
  readonly question: string;
  /** The answer as typed. */
  readonly answer: string;
  readonly correct: AnswerCorrectness;
}

/** The header is a contract: the same in every interface language. */
export const ANSWERS_CSV_HEADER = [
  'name',
  'exercise_id',
  'question_id',
  'question',
  'answer',
  'correct',
] as const;

/**
 * The answers CSV: one row per question, in the order given, under ANSWERS_CSV_HEADER. RFC 4180
 * with a byte-order mark and CRLF (see toCsv); cells a spreadsheet would run as a formula are
 * prefixed with an apostrophe.
 */
export function answersCsv(rows: readonly AnswerRow[]): string {
  return toCsv(
    ANSWERS_CSV_HEADER,
    rows.map((r) => [r.name, r.exerciseId, r.questionId, r.question, r.answer, r.correct]),
  );
}
