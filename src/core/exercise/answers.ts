/** Computing an exercise's answers and checking what a student typed. Exact; rounding is named. */
import { Dec, HALF_EVEN } from '../money';
import { evaluateExpression } from './evaluate';
import { formatExpressionError } from './parser';
import { scenarioEnv } from './scenarioEnv';
import { statedAnswer } from './stated';
import type { NumberMarks, TypedNumberProblem } from '../typedNumber';
import { readTypedAnswer } from './typedNumber';
import { findQuestion, type AnswerUnit, type Exercise, type NumericAnswer } from './types';

export interface AnswerValue {
  /** The exact value of the answer expression, in `unit`. */
  readonly value: Dec;
  readonly unit: AnswerUnit;
}

/**
 * The exact answer to a numeric question, computed from its scenario; undefined for an open
 * question. Throws RangeError for an unknown question id, and Error if the expression cannot be
 * evaluated (a validated exercise file never has such an expression).
 */
export function evaluateAnswer(exercise: Exercise, questionId: string): AnswerValue | undefined {
  const question = findQuestion(exercise, questionId);
  if (question.answer.kind === 'open') return undefined;
  const result = evaluateExpression(question.answer.expr, scenarioEnv(question.scenario));
  if (!result.ok)
    throw new Error(`${exercise.id}, question ${questionId}: ${formatExpressionError(result.error)}`);
  return { value: result.value, unit: question.answer.unit };
}

/** The largest accepted distance between a typed answer and the exact `expected` value. */
function allowedDifference(answer: NumericAnswer, expected: Dec): Dec {
  return answer.toleranceKind === 'absolute' ? answer.tolerance : answer.tolerance.times(expected.abs());
}

/**
 * True when `typed` is within the tolerance of one of the accepted values: the exact answer, and
 * the answer worked from the figures the question states rounded (stated.ts), when it has some.
 */
function withinTolerance(answer: NumericAnswer, typed: Dec, accepted: readonly (Dec | undefined)[]): boolean {
  return accepted.some((at) => at !== undefined && typed.minus(at).abs().lte(allowedDifference(answer, at)));
}

/**
 * The expected value rounded as finely as the tolerance needs, half-even: an absolute tolerance t
 * gives ⌈−log10 t⌉ decimal places (at least 0: 0.01 → 2, 0.5 → 1, 5 → 0); a relative tolerance r
 * gives ⌈−log10 r⌉ + 1 significant digits (0.01 → 3). The rounded value is always within tolerance.
 */
export function roundToTolerance(value: Dec, answer: NumericAnswer): Dec {
  const digits = Dec.ceil(answer.tolerance.log(10).neg()).toNumber();
  if (answer.toleranceKind === 'absolute') return value.toDecimalPlaces(Math.max(0, digits), HALF_EVEN);
  return value.isZero() ? value : value.toSignificantDigits(Math.max(1, digits + 1), HALF_EVEN);
}

export type CheckResult =
  | { readonly status: 'open' }
  | {
      readonly status: 'unparseable';
      readonly expected: Dec;
      readonly unit: AnswerUnit;
      /** Why the text could not be read, for the page to say how to type the number. */
      readonly problem: TypedNumberProblem;
    }
  | {
      readonly status: 'correct' | 'incorrect';
      readonly expected: Dec;
      readonly unit: AnswerUnit;
      readonly typed: Dec;
      /** typed − expected. */
      readonly difference: Dec;
      /**
       * Set when the answer is wrong, had one thousands separator ("1,389" in English) and would
       * have been closer to the answer had that separator been a decimal mark: the value so read.
       */
      readonly groupReadAsDecimal?: Dec;
    };

/**
 * Checks a typed answer (see readTypedAnswer for what is accepted) against the exact expected
 * value: correct when |typed − expected| is within the question's tolerance. `marks` are the
 * interface language's (src/i18n numberMarks).
 */
export function checkAnswer(
  exercise: Exercise,
  questionId: string,
  typed: string,
  marks: NumberMarks,
): CheckResult {
  const question = findQuestion(exercise, questionId);
  const { answer } = question;
  if (answer.kind === 'open') return { status: 'open' };
  const expected = evaluateAnswer(exercise, questionId)?.value ?? new Dec(0);
  const read = readTypedAnswer(typed, marks);
  if (!read.ok) return { status: 'unparseable', expected, unit: answer.unit, problem: read.problem };
  const value = new Dec(read.value);
  const difference = value.minus(expected);
  const correct = withinTolerance(answer, value, [expected, statedAnswer(question)]);
  const result = {
    status: correct ? 'correct' : 'incorrect',
    expected,
    unit: answer.unit,
    typed: value,
    difference,
  } as const;
  if (correct || read.ifGroupWereDecimal === undefined) return result;
  const asDecimal = new Dec(read.ifGroupWereDecimal);
  return asDecimal.minus(expected).abs().lt(difference.abs())
    ? { ...result, groupReadAsDecimal: asDecimal }
    : result;
}
