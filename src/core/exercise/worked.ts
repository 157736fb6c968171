/**
 * The teacher key's worked arithmetic: the answer expression as written, with every output and
 * function replaced by its value, and the result. Structured data; the UI writes it out in
 * either language and number format.
 */
import type { Dec } from '../money';
import { evaluateAnswer, roundToTolerance } from './answers';
import { answerChain, type Chain } from './chain';
import type { ExpressionEnv } from './evaluate';
import type { FunctionName, OutputName } from './names';
import type { BinaryOp, Expr } from './parser';
import { scenarioEnv } from './scenarioEnv';
import { statedAnswer } from './stated';
import { findQuestion, type AnswerUnit, type Bilingual, type Exercise, type ToleranceKind } from './types';

export type WorkedToken =
  | { readonly kind: 'number'; readonly value: Dec; readonly text: string }
  | { readonly kind: 'output'; readonly name: OutputName; readonly value: Dec }
  | { readonly kind: 'call'; readonly fn: FunctionName; readonly arg: string; readonly value: Dec }
  | { readonly kind: 'operator'; readonly op: BinaryOp }
  | { readonly kind: 'negate' }
  | { readonly kind: 'open' }
  | { readonly kind: 'close' };

export type WorkedAnswer =
  | {
      readonly kind: 'numeric';
      readonly questionId: string;
      /** The expression as written in the file. */
      readonly expr: string;
      /** The expression in order, names replaced by their values; parentheses as the author wrote them. */
      readonly tokens: readonly WorkedToken[];
      /** The arithmetic from the scenario's inputs to the answer (chain.ts). */
      readonly chain: Chain;
      /**
       * The answer's own scale for money in the working: whole units for an answer in dollars
       * (per person), billions for any other (a share, a rate, an amount in billions).
       */
      readonly scale: 'units' | 'billions';
      /** The exact result, and the same rounded as finely as the tolerance needs (roundToTolerance). */
      readonly value: Dec;
      readonly rounded: Dec;
      readonly unit: AnswerUnit;
      readonly tolerance: Dec;
      readonly toleranceKind: ToleranceKind;
      /**
       * The answer worked from the figures the question states rounded, rounded like `rounded`,
       * when it differs from `rounded`: accepted as well (see checkAnswer).
       */
      readonly stated?: Dec;
    }
  | { readonly kind: 'open'; readonly questionId: string; readonly rubric: Bilingual };

function tokens(expr: Expr, env: ExpressionEnv): WorkedToken[] {
  switch (expr.kind) {
    case 'number':
      return [{ kind: 'number', value: expr.value, text: expr.text }];
    case 'output': {
      const value = env.output(expr.name);
      return value === undefined ? [] : [{ kind: 'output', name: expr.name, value }];
    }
    case 'call': {
      const value = env.call(expr.fn, expr.arg);
      return value === undefined ? [] : [{ kind: 'call', fn: expr.fn, arg: expr.arg, value }];
    }
    case 'negate':
      return [{ kind: 'negate' }, ...tokens(expr.operand, env)];
    case 'group':
      return [{ kind: 'open' }, ...tokens(expr.inner, env), { kind: 'close' }];
    case 'binary':
      return [...tokens(expr.left, env), { kind: 'operator', op: expr.op }, ...tokens(expr.right, env)];
  }
}

/**
 * The worked answer of a question for the teacher key. Throws like evaluateAnswer for an unknown
 * question id or an expression that cannot be evaluated.
 */
export function workedAnswer(exercise: Exercise, questionId: string): WorkedAnswer {
  const question = findQuestion(exercise, questionId);
  const { answer } = question;
  if (answer.kind === 'open') return { kind: 'open', questionId, rubric: answer.rubric };
  const value = evaluateAnswer(exercise, questionId)?.value;
  if (value === undefined) throw new Error(`question ${questionId} has no value`);
  const rounded = roundToTolerance(value, answer);
  const fromStated = statedAnswer(question);
  const stated = fromStated && roundToTolerance(fromStated, answer);
  return {
    kind: 'numeric',
    questionId,
    expr: answer.source,
    tokens: tokens(answer.expr, scenarioEnv(question.scenario)),
    chain: answerChain(answer.expr, question.scenario),
    scale: answer.unit === 'CAD' || answer.unit === 'USD' ? 'units' : 'billions',
    value,
    rounded,
    unit: answer.unit,
    tolerance: answer.tolerance,
    toleranceKind: answer.toleranceKind,
    ...(stated && !stated.eq(rounded) ? { stated } : {}),
  };
}
