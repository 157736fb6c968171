/**
 * A class's answers files marked again: each answer re-read the way the student typed it (in the
 * file's language) and re-checked by the same checker as the student page; the file's own result
 * is ignored. Files of several exercises may be mixed. Shared by the class page and the command
 * line's `grade`, so both give the same results and the same CSV (classCsv.ts).
 */
import {
  checkAnswer,
  likelySlip,
  type AnswersProblem,
  type Dec,
  type Exercise,
  type NumberMarks,
  type Slip,
} from '../core';
import { answerResult, type AnswerResult } from './answersCsv';
import { ANSWERS_BYTES_MAX, readAnswersCsv, type StudentAnswers } from './answersRead';
import { fileText } from './fileText';

/** One file handed in: its name (without folders) and bytes, or `tooLarge` when it was not read. */
export interface AnswersInput {
  readonly name: string;
  readonly bytes: Uint8Array | 'tooLarge';
}

/** The same values as an answers file's result. */
export type Mark = AnswerResult;

export interface MarkedAnswer {
  readonly questionId: string;
  /** As the student typed it. */
  readonly answer: string;
  readonly checked: boolean;
  readonly mark: Mark;
  /** The number read from a wrong answer. */
  readonly value?: Dec;
  readonly slip?: Slip;
}

export interface MarkedStudent {
  readonly file: string;
  readonly name: string;
  readonly savedAt: string;
  readonly lang: 'en' | 'fr';
  /** In the exercise's order. */
  readonly answers: readonly MarkedAnswer[];
  readonly correct: number;
  readonly numeric: number;
}

export interface WrongAnswer {
  /** The number as a plain decimal string, or the trimmed text of an unreadable answer. */
  readonly text: string;
  readonly readable: boolean;
  readonly count: number;
  readonly slip?: Slip;
}

export interface QuestionSummary {
  readonly questionId: string;
  readonly open: boolean;
  /** Students marked correct (numeric) or who wrote something (open), of `students`. */
  readonly correct: number;
  readonly students: number;
  /** The three most common wrong answers, most common first. */
  readonly commonWrong: readonly WrongAnswer[];
}

export interface ExerciseResults {
  readonly exercise: Exercise;
  readonly students: readonly MarkedStudent[];
  readonly questions: readonly QuestionSummary[];
}

export interface FileProblem {
  readonly file: string;
  readonly problem: AnswersProblem;
}

export interface ClassResults {
  /** By exercise id; students by name (case and accents aside), then time, then file. */
  readonly exercises: readonly ExerciseResults[];
  /** Files not marked, by file name. */
  readonly notMarked: readonly FileProblem[];
  /** Files marked, with something to look at (a result that disagrees with the marking). */
  readonly warnings: readonly FileProblem[];
}

const COMMON_WRONG = 3;

function markAnswer(s: StudentAnswers, questionId: string, marks: NumberMarks): MarkedAnswer {
  const given = s.answers.get(questionId) ?? { answer: '', checked: false, result: 'blank' };
  const base = { questionId, answer: given.answer, checked: given.checked };
  const mark = answerResult(s.exercise, questionId, given.answer, marks);
  if (mark !== 'incorrect') return { ...base, mark };
  const result = checkAnswer(s.exercise, questionId, given.answer, marks);
  if (result.status !== 'incorrect') return { ...base, mark };
  const slip = likelySlip(s.exercise, questionId, result.typed);
  return { ...base, mark: 'incorrect', value: result.typed, ...(slip ? { slip } : {}) };
}

function markStudent(file: string, s: StudentAnswers, marks: NumberMarks): MarkedStudent {
  const answers = s.exercise.questions.map((q) => markAnswer(s, q.id, marks));
  return {
    file,
    name: s.name,
    savedAt: s.savedAt,
    lang: s.lang,
    answers,
    correct: answers.filter((a) => a.mark === 'correct').length,
    numeric: s.exercise.questions.filter((q) => q.answer.kind === 'numeric').length,
  };
}

/** Case, accents and spacing aside, so "zoé  Tremblay" is the same student as "Zoé Tremblay". */
function nameKey(name: string): string {
  return name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function later(a: MarkedStudent, b: MarkedStudent): boolean {
  const t = Date.parse(a.savedAt) - Date.parse(b.savedAt);
  return t > 0 || (t === 0 && byText(a.file, b.file) > 0);
}

function summarize(exercise: Exercise, students: readonly MarkedStudent[]): QuestionSummary[] {
  return exercise.questions.map((q, i) => {
    const marked = students.map((s) => s.answers[i]).filter((a) => a !== undefined);
    const wrong = new Map<string, WrongAnswer>();
    for (const a of marked) {
      if (a.mark !== 'incorrect' && a.mark !== 'unreadable') continue;
      const text = a.value?.toString() ?? a.answer.trim();
      const old = wrong.get(text);
      const slip = a.slip ? { slip: a.slip } : {};
      wrong.set(text, { text, readable: a.mark === 'incorrect', count: (old?.count ?? 0) + 1, ...slip });
    }
    const commonWrong = [...wrong.values()]
      .sort((x, y) => y.count - x.count || byText(x.text, y.text))
      .slice(0, COMMON_WRONG);
    const open = q.answer.kind === 'open';
    const correct = marked.filter((a) => a.mark === (open ? 'open' : 'correct')).length;
    return { questionId: q.id, open, correct, students: marked.length, commonWrong };
  });
}

/**
 * Marks a class's answers files. `exercises` are those the app knows; `marksFor` gives a language's
 * number marks (i18n numberMarks), with which each file's answers are read. A file that cannot be
 * read, is not an answers file, or is damaged is listed in `notMarked` with its first problem; of
 * several files of one student and exercise only the latest (by saved_at) is marked, the others are
 * listed as superseded. A file whose own results disagree with the marking is marked and listed in
 * `warnings`. The result does not depend on the order of `files`.
 */
export function gradeClass(
  files: readonly AnswersInput[],
  exercises: readonly Exercise[],
  marksFor: (lang: 'en' | 'fr') => NumberMarks,
): ClassResults {
  const notMarked: FileProblem[] = [];
  const warnings: FileProblem[] = [];
  const groups = new Map<string, MarkedStudent[]>();
  const exerciseOf = new Map<MarkedStudent, Exercise>();
  for (const { name: file, bytes } of files) {
    if (bytes === 'tooLarge' || bytes.length > ANSWERS_BYTES_MAX) {
      notMarked.push({ file, problem: { kind: 'tooLarge' } });
      continue;
    }
    const text = fileText(bytes);
    const read = text.ok ? readAnswersCsv(text.text, exercises) : undefined;
    if (!read?.ok) {
      notMarked.push({ file, problem: read?.problem ?? { kind: 'notText' } });
      continue;
    }
    const student = markStudent(file, read.student, marksFor(read.student.lang));
    const edited = student.answers
      .filter((a) => read.student.answers.get(a.questionId)?.result !== a.mark)
      .map((a) => a.questionId);
    if (edited.length > 0) warnings.push({ file, problem: { kind: 'resultEdited', questionIds: edited } });
    const key = `${read.student.exercise.id}\n${nameKey(student.name)}`;
    groups.set(key, [...(groups.get(key) ?? []), student]);
    exerciseOf.set(student, read.student.exercise);
  }
  const byExercise = new Map<Exercise, MarkedStudent[]>();
  for (const group of groups.values()) {
    const keep = group.reduce((a, b) => (later(b, a) ? b : a));
    for (const drop of group)
      if (drop !== keep) notMarked.push({ file: drop.file, problem: { kind: 'superseded', by: keep.file } });
    const exercise = exerciseOf.get(keep);
    if (exercise) byExercise.set(exercise, [...(byExercise.get(exercise) ?? []), keep]);
  }
  const results = [...byExercise].map(([exercise, students]) => {
    students.sort(
      (a, b) =>
        byText(nameKey(a.name), nameKey(b.name)) ||
        byText(a.name, b.name) ||
        Date.parse(a.savedAt) - Date.parse(b.savedAt) ||
        byText(a.file, b.file),
    );
    return { exercise, students, questions: summarize(exercise, students) };
  });
  const byFile = (a: FileProblem, b: FileProblem) => byText(a.file, b.file);
  const droppedFiles = new Set(notMarked.map((p) => p.file));
  return {
    exercises: results.sort((a, b) => byText(a.exercise.id, b.exercise.id)),
    notMarked: notMarked.sort(byFile),
    warnings: warnings.filter((w) => !droppedFiles.has(w.file)).sort(byFile),
  };
}
