/**
 * A student's answers to one exercise as CSV, for the teacher to collect (the format is described
 * in scenarios/exercises/README.md). Every row carries who, which exercise, when and in which
 * language, so a file stands on its own; `result` is informative only: the class results re-mark
 * every answer from `answer` and ignore it (src/io/answersRead.ts).
 */
import { checkAnswer, findQuestion, type Exercise, type NumberMarks } from '../core';
import { toCsv } from './csv';

/** What the checker makes of an answer as it stands, checked or not. */
export const ANSWER_RESULTS = ['correct', 'incorrect', 'unreadable', 'blank', 'open'] as const;
export type AnswerResult = (typeof ANSWER_RESULTS)[number];

export interface AnswerRow {
  readonly exerciseId: string;
  /** The student's name, as typed (user text: formula-like cells are neutralized). */
  readonly name: string;
  /** When the file was written, local time with its offset: see savedAtText. */
  readonly savedAt: string;
  /** The language the student worked in, which is how the answers are read back. */
  readonly lang: 'en' | 'fr';
  readonly questionId: string;
  /** The question's prompt in that language (for the reader; never read back). */
  readonly question: string;
  /** The answer exactly as typed. */
  readonly answer: string;
  /** Whether the student pressed Check (Done for an open question) since last changing it. */
  readonly checked: boolean;
  readonly result: AnswerResult;
}

/**
 * What the checker makes of an answer as it stands: blank (nothing but spaces), open (an open
 * question answered), else the checker's verdict, the text read with `marks` (the student's language).
 */
export function answerResult(
  exercise: Exercise,
  questionId: string,
  answer: string,
  marks: NumberMarks,
): AnswerResult {
  if (answer.trim() === '') return 'blank';
  if (findQuestion(exercise, questionId).answer.kind === 'open') return 'open';
  const status = checkAnswer(exercise, questionId, answer, marks).status;
  return status === 'correct' || status === 'incorrect' ? status : 'unreadable';
}

/** The header is a contract: the same in every interface language. */
export const ANSWERS_CSV_HEADER = [
  'exercise_id',
  'name',
  'saved_at',
  'lang',
  'question_id',
  'question',
  'answer',
  'checked',
  'result',
] as const;

/**
 * The answers CSV: one row per question, in the order given, under ANSWERS_CSV_HEADER. RFC 4180
 * with a byte-order mark and CRLF (see toCsv); cells a spreadsheet would run as a formula are
 * prefixed with an apostrophe.
 */
export function answersCsv(rows: readonly AnswerRow[]): string {
  return toCsv(
    ANSWERS_CSV_HEADER,
    rows.map((r) => [
      r.exerciseId,
      r.name,
      r.savedAt,
      r.lang,
      r.questionId,
      r.question,
      r.answer,
      r.checked ? 'yes' : 'no',
      r.result,
    ]),
  );
}

const pad = (n: number, width = 2) => String(Math.trunc(Math.abs(n))).padStart(width, '0');

/**
 * A moment as local time with its offset, to the second: `2026-03-04T09:05:07-05:00`.
 * `epochMs` is milliseconds since 1970 (UTC); `offsetMinutes` is local time minus UTC (−300 in
 * Toronto in winter; note JavaScript's getTimezoneOffset() has the opposite sign).
 */
export function savedAtText(epochMs: number, offsetMinutes: number): string {
  const local = new Date(epochMs + offsetMinutes * 60_000);
  const date = `${pad(local.getUTCFullYear(), 4)}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}`;
  const time = `${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}:${pad(local.getUTCSeconds())}`;
  const sign = offsetMinutes < 0 ? '-' : '+';
  return `${date}T${time}${sign}${pad(offsetMinutes / 60)}:${pad(offsetMinutes % 60)}`;
}

/** Characters no file name may hold on Windows, macOS or Linux, and control characters. */
// eslint-disable-next-line no-control-regex -- control characters are exactly what is removed
const UNSAFE = /[\u0000-\u001f\u007f<>:"/\\|?*]+/g;
const NAME_IN_FILE_MAX = 40;

/**
 * The answers file's name: `<exercise>.<name>.<date>.answers.csv`, e.g.
 * `per-person.Zoé-Tremblay.2026-03-04.answers.csv`. The name keeps its letters (accents included,
 * NFC), spaces become dashes, characters a file system refuses are dropped, at most 40 characters;
 * the date is savedAt's.
 */
export function answersFileName(exerciseId: string, name: string, savedAt: string): string {
  const cleaned = name
    .normalize('NFC')
    .replace(UNSAFE, ' ')
    .trim()
    .replace(/[\s.]+/g, '-');
  const short = [...cleaned].slice(0, NAME_IN_FILE_MAX).join('').replace(/-+$/, '');
  return `${exerciseId}.${short === '' ? 'student' : short}.${savedAt.slice(0, 10)}.answers.csv`;
}
