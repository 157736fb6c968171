/**
 * Reading a student's answers file back (answersCsv's format), as the class results do. Nothing in
 * it is trusted: the text is decoded like any file, every cell is checked, the spreadsheet formula
 * guard is removed (so `'-12.5` is read as the student typed it, -12.5), and `result` is kept only to
 * notice an edit, never to mark. Problems are structured; i18n words them.
 */
import type { AnswersProblem, CellReason, Exercise } from '../core';
import { ANSWER_RESULTS, ANSWERS_CSV_HEADER } from './answersCsv';
import { BOM, parseCsv } from './csv';

/** The largest answers file read: 20 questions of 4,000 characters are far below it. */
export const ANSWERS_BYTES_MAX = 1024 * 1024;
const NAME_MAX = 200;
const ANSWER_MAX = 4000;
const ROWS_MAX = 100;

/** The header of the files written before the answers carried their time and language. */
const OLD_HEADER = 'name,exercise_id,question_id,question,answer,correct';
const SAVED_AT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/;

export interface QuestionAnswer {
  readonly answer: string;
  readonly checked: boolean;
  /** The file's own result: never used to mark. */
  readonly result: string;
}

export interface StudentAnswers {
  readonly exercise: Exercise;
  readonly name: string;
  readonly savedAt: string;
  readonly lang: 'en' | 'fr';
  /** Question id → answer, for every question of the exercise. */
  readonly answers: ReadonlyMap<string, QuestionAnswer>;
}

export type AnswersReadResult =
  | { readonly ok: true; readonly student: StudentAnswers }
  | { readonly ok: false; readonly problem: AnswersProblem };

/** Removes the apostrophe that toCsv puts before a cell a spreadsheet would run as a formula. */
export function unguardFormula(cell: string): string {
  return /^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell;
}

class Refused extends Error {
  constructor(readonly problem: AnswersProblem) {
    super(problem.kind);
  }
}

const COLUMNS = ANSWERS_CSV_HEADER;
type Column = (typeof COLUMNS)[number];

function refuseCell(line: number, column: Column, reason: CellReason, value: string): never {
  throw new Refused({ kind: 'cell', line, column, reason, value });
}

/** The cell of a row by column name, checked against a rule. */
function cellOf(row: readonly string[], line: number, column: Column, valid: (v: string) => boolean): string {
  const value = unguardFormula(row[COLUMNS.indexOf(column)] ?? '');
  if (!valid(value)) refuseCell(line, column, 'value', value);
  return value;
}

function headerProblem(header: readonly string[] | undefined): AnswersProblem | undefined {
  const text = (header ?? []).join(',');
  if (text === COLUMNS.join(',')) return undefined;
  if (text === OLD_HEADER) return { kind: 'olderVersion' };
  if (text.startsWith(COLUMNS.slice(0, 3).join(';'))) return { kind: 'semicolons' };
  return { kind: 'foreign' };
}

function readRows(rows: readonly (readonly string[])[], exercises: readonly Exercise[]): StudentAnswers {
  const first = rows[1] ?? refuseCell(2, 'exercise_id', 'value', '');
  const exerciseId = unguardFormula(first[0] ?? '');
  const exercise = exercises.find((e) => e.id === exerciseId);
  if (!exercise) throw new Refused({ kind: 'unknownExercise', id: exerciseId.slice(0, 80) });
  const name = cellOf(first, 2, 'name', (v) => v.length <= NAME_MAX).trim();
  const savedAt = cellOf(first, 2, 'saved_at', (v) => SAVED_AT.test(v) && !Number.isNaN(Date.parse(v)));
  const lang = cellOf(first, 2, 'lang', (v) => v === 'en' || v === 'fr') as 'en' | 'fr';
  const answers = new Map<string, QuestionAnswer>();
  rows.slice(1).forEach((row, i) => {
    const line = i + 2;
    if (row.length === 1 && row[0] === '') return; // a blank line a spreadsheet may add
    if (row.length !== COLUMNS.length) refuseCell(line, 'exercise_id', 'cells', String(row.length));
    for (const column of ['exercise_id', 'name', 'saved_at', 'lang'] as const) {
      const k = COLUMNS.indexOf(column);
      if (row[k] !== first[k]) refuseCell(line, column, 'differs', unguardFormula(row[k] ?? ''));
    }
    const questionId = cellOf(row, line, 'question_id', () => true);
    if (!exercise.questions.some((q) => q.id === questionId))
      refuseCell(line, 'question_id', 'unknownQuestion', questionId);
    if (answers.has(questionId)) refuseCell(line, 'question_id', 'repeatedQuestion', questionId);
    const answer = cellOf(row, line, 'answer', () => true);
    if (answer.length > ANSWER_MAX) refuseCell(line, 'answer', 'tooLong', answer.slice(0, 80));
    const checked = cellOf(row, line, 'checked', (v) => v === 'yes' || v === 'no') === 'yes';
    const result = cellOf(row, line, 'result', (v) => (ANSWER_RESULTS as readonly string[]).includes(v));
    answers.set(questionId, { answer, checked, result });
  });
  const missing = exercise.questions.filter((q) => !answers.has(q.id)).map((q) => q.id);
  if (missing.length > 0) throw new Refused({ kind: 'missingQuestions', ids: missing });
  if (name === '') throw new Refused({ kind: 'noName' });
  return { exercise, name, savedAt, lang, answers };
}

/**
 * Reads the text of an answers file against the exercises this app knows. Refuses, with the first
 * problem found: another kind of file, a file from an earlier version, one re-saved with
 * semicolons, an unknown exercise, a row that disagrees with the first on exercise, name, time or
 * language, an unknown, repeated or missing question, a value a column cannot hold, no name.
 */
export function readAnswersCsv(text: string, exercises: readonly Exercise[]): AnswersReadResult {
  const rows = parseCsv(text.startsWith(BOM) ? text.slice(1) : text);
  try {
    const problem = headerProblem(rows[0]);
    if (problem) throw new Refused(problem);
    if (rows.length > ROWS_MAX) throw new Refused({ kind: 'foreign' });
    return { ok: true, student: readRows(rows, exercises) };
  } catch (error) {
    if (error instanceof Refused) return { ok: false, problem: error.problem };
    throw error;
  }
}
