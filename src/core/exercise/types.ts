/**
 * A classroom exercise in memory: a starting scenario and questions whose answers are expressions
 * over the model's outputs (never numbers typed into the file). src/io/exerciseFile.ts reads the
 * file form; every text is in English and French.
 */
import type { Dec } from '../money';
import type { Scenario } from '../scenario';
import type { Expr } from './parser';
import { YEAR_FUNCTIONS, type YearFunction } from './yearFigures';

export const EXERCISE_LEVELS = ['intro', 'intermediate', 'advanced'] as const;
export type ExerciseLevel = (typeof EXERCISE_LEVELS)[number];

/** What an answer is measured in. The expression gives the value in this unit (e.g. `… / 1e9` for billions). */
export const ANSWER_UNITS = ['CAD_BILLIONS', 'USD_BILLIONS', 'CAD', 'USD', 'PCT', 'YEARS', 'NUMBER'] as const;
export type AnswerUnit = (typeof ANSWER_UNITS)[number];

/** absolute: |typed − expected| ≤ tolerance; relative: ≤ tolerance × |expected| (0.01 is 1 %). */
export const TOLERANCE_KINDS = ['absolute', 'relative'] as const;
export type ToleranceKind = (typeof TOLERANCE_KINDS)[number];

export type ExerciseLang = 'en' | 'fr';

/** A text in both languages (French as written in Canada). */
export type Bilingual = Readonly<Record<ExerciseLang, string>>;

/** The functions whose figures a question may state rounded (its "about 7.1 %"), a year's figures too. */
const FIGURE_STATED = ['rule_share_pct', 'context', 'fx'] as const;
export type StatedFunction = (typeof FIGURE_STATED)[number] | YearFunction;
export const STATED_FUNCTIONS: readonly StatedFunction[] = [...FIGURE_STATED, ...YEAR_FUNCTIONS];

/**
 * A figure the question's text gives rounded, as it gives it: `rule_share_pct("gdp")` stated as
 * 7.1 (%), `context("usGdpUsd")` as 29,180,000,000,000, `fx("cadPerUsd")` as 1.4.
 */
export interface StatedFigure {
  readonly fn: StatedFunction;
  readonly arg: string;
  readonly value: Dec;
}

export interface NumericAnswer {
  readonly kind: 'numeric';
  /** The expression as written in the file. */
  readonly source: string;
  readonly expr: Expr;
  readonly unit: AnswerUnit;
  readonly tolerance: Dec;
  readonly toleranceKind: ToleranceKind;
  /**
   * The figures the question states rounded: an answer worked from them is accepted too (its
   * tolerance is taken around that answer as well as the exact one; see answers.ts).
   */
  readonly stated?: readonly StatedFigure[];
}

/** An open question: no number to check; the teacher marks it against the rubric. */
export interface OpenAnswer {
  readonly kind: 'open';
  readonly rubric: Bilingual;
}

export type ExerciseAnswer = NumericAnswer | OpenAnswer;

export interface ExerciseQuestion {
  readonly id: string;
  readonly prompt: Bilingual;
  readonly hint: Bilingual;
  readonly answer: ExerciseAnswer;
  /** The scenario this question is asked about: the starting one, with the question's patch if any. */
  readonly scenario: Scenario;
  /** The question's patch in file form (`with` in the file), kept to show what changed. */
  readonly patch?: Readonly<Record<string, unknown>>;
}

/** What the class does in one step of a lesson (the guide's lesson flow). */
export const GUIDE_ACTIVITIES = ['demo', 'individual', 'pairs', 'group', 'wrap-up'] as const;
export type GuideActivity = (typeof GUIDE_ACTIVITIES)[number];

export interface LessonStep {
  readonly activity: GuideActivity;
  readonly minutes: number;
  readonly text: Bilingual;
}

/** The lists of a teacher guide: as many items in French as in English. */
export type BilingualList = Readonly<Record<ExerciseLang, readonly string[]>>;

/**
 * A teacher guide for one exercise: for which grades, what students should know first, where it
 * fits in a school's courses, a lesson flow (the lesson's time is the sum of its steps), and
 * prompts for the class discussion.
 */
export interface TeacherGuide {
  readonly grades: { readonly from: number; readonly to: number };
  readonly prerequisites: BilingualList;
  readonly fitsIn: BilingualList;
  readonly flow: readonly LessonStep[];
  readonly prompts: BilingualList;
}

/** A lesson's length in minutes: the sum of its steps. */
export function lessonMinutes(guide: TeacherGuide): number {
  return guide.flow.reduce((sum, step) => sum + step.minutes, 0);
}

export interface Exercise {
  readonly id: string;
  readonly level: ExerciseLevel;
  readonly title: Bilingual;
  readonly goals: Readonly<Record<ExerciseLang, readonly string[]>>;
  /** The preset the exercise starts from, when it names one (scenarios/<presetId>.json). */
  readonly presetId?: string;
  readonly scenario: Scenario;
  readonly questions: readonly ExerciseQuestion[];
  /** The teacher guide, when the file has one. */
  readonly guide?: TeacherGuide;
}

/** The question with this id; throws a RangeError for an id the exercise does not have. */
export function findQuestion(exercise: Exercise, questionId: string): ExerciseQuestion {
  const question = exercise.questions.find((q) => q.id === questionId);
  if (!question) throw new RangeError(`exercise "${exercise.id}" has no question "${questionId}"`);
  return question;
}
