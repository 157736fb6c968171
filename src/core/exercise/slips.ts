/**
 * The likely slip behind a wrong answer, for the teacher's class results: the answer is off by a
 * power of ten (a unit slip: dollars for billions, a fraction for a percentage), an exchange rate
 * was used the wrong way (multiplied where it divides, so the answer is off by the rate squared),
 * or one input was rounded before the arithmetic (1.4 for 1.39). Structured data; i18n words it.
 */
import { Dec } from '../money';
import { evaluateAnswer } from './answers';
import { evaluateExpression, type ExpressionEnv } from './evaluate';
import { FX_KEYS, type FunctionName, type OutputName } from './names';
import type { Expr } from './parser';
import { scenarioEnv } from './scenarioEnv';
import { findQuestion, type Exercise, type NumericAnswer } from './types';

export type Slip =
  /** typed = expected × 10^exponent (exponent ≠ 0). */
  | { readonly kind: 'powerOfTen'; readonly exponent: number }
  /** typed = expected × rate² or ÷ rate²: the rate multiplied where it divides, or the reverse. */
  | { readonly kind: 'rateWrongWay'; readonly rate: (typeof FX_KEYS)[number] }
  /** typed = the answer computed with one input rounded to `value`; `input` as written in the file. */
  | { readonly kind: 'roundedInput'; readonly input: string; readonly value: Dec };

/** Exponents tried for a power-of-ten slip, nearest first. */
const POWERS = [1, 2, 3, 6, 9, 12].flatMap((p) => [p, -p]);
/** A power-of-ten or exchange-rate slip's target is hit within 1 % of it (an absolute tolerance would
 * swallow every tiny power of ten). */
const LOOSE = new Dec('0.01');
/** Significant digits an input may have been rounded to, the least rounding first. */
const ROUNDED_DIGITS = [3, 2, 1];

function allowed(answer: NumericAnswer, at: Dec): Dec {
  return answer.toleranceKind === 'absolute' ? answer.tolerance : answer.tolerance.times(at.abs());
}

const within = (typed: Dec, target: Dec, limit: Dec) => typed.minus(target).abs().lte(limit);

function hitsLoosely(typed: Dec, target: Dec): boolean {
  return !target.isZero() && within(typed, target, LOOSE.times(target.abs()));
}

type Input =
  | { readonly kind: 'output'; readonly name: OutputName }
  | { readonly kind: 'call'; readonly fn: FunctionName; readonly arg: string };

/** The distinct outputs and function calls of an expression, in the order written. */
function inputsOf(expr: Expr, into: Map<string, Input> = new Map()): Map<string, Input> {
  switch (expr.kind) {
    case 'output':
      into.set(expr.name, { kind: 'output', name: expr.name });
      break;
    case 'call':
      into.set(`${expr.fn}("${expr.arg}")`, { kind: 'call', fn: expr.fn, arg: expr.arg });
      break;
    case 'group':
      inputsOf(expr.inner, into);
      break;
    case 'negate':
      inputsOf(expr.operand, into);
      break;
    case 'binary':
      inputsOf(expr.left, into);
      inputsOf(expr.right, into);
      break;
    case 'number':
      break;
  }
  return into;
}

/** The environment with one input replaced by `value`. */
function replacing(env: ExpressionEnv, input: Input, value: Dec): ExpressionEnv {
  return {
    output: (name) => (input.kind === 'output' && name === input.name ? value : env.output(name)),
    call: (fn, arg) =>
      input.kind === 'call' && fn === input.fn && arg === input.arg ? value : env.call(fn, arg),
  };
}

function roundedInputSlip(typed: Dec, answer: NumericAnswer, env: ExpressionEnv): Slip | undefined {
  for (const [written, input] of inputsOf(answer.expr)) {
    const exact = input.kind === 'output' ? env.output(input.name) : env.call(input.fn, input.arg);
    if (exact === undefined || exact.isZero()) continue;
    for (const digits of ROUNDED_DIGITS) {
      const value: Dec = exact.toSignificantDigits(digits, Dec.ROUND_HALF_UP);
      if (value.eq(exact)) continue;
      const result = evaluateExpression(answer.expr, replacing(env, input, value));
      if (result.ok && within(typed, result.value, allowed(answer, result.value)))
        return { kind: 'roundedInput', input: written, value };
    }
  }
  return undefined;
}

/**
 * The likely slip behind `typed`, a wrong answer to a numeric question, or undefined when none
 * explains it. Tried in order: a power of ten (±1, 2, 3, 6, 9, 12), an exchange rate of the
 * question's scenario used the wrong way, one input rounded to 3, 2 or 1 significant digits (half
 * up, as by hand). The first two are hit within 1 %; a rounded input within the question's tolerance. Throws RangeError for an unknown question id.
 */
export function likelySlip(exercise: Exercise, questionId: string, typed: Dec): Slip | undefined {
  const question = findQuestion(exercise, questionId);
  const { answer } = question;
  const expected = evaluateAnswer(exercise, questionId)?.value;
  if (answer.kind === 'open' || expected === undefined) return undefined;
  if (within(typed, expected, allowed(answer, expected))) return undefined;
  for (const exponent of POWERS)
    if (hitsLoosely(typed, expected.times(new Dec(10).pow(exponent))))
      return { kind: 'powerOfTen', exponent };
  for (const rate of FX_KEYS) {
    const squared = question.scenario.fx[rate].pow(2);
    if (hitsLoosely(typed, expected.times(squared)) || hitsLoosely(typed, expected.div(squared)))
      return { kind: 'rateWrongWay', rate };
  }
  return roundedInputSlip(typed, answer, scenarioEnv(question.scenario));
}
