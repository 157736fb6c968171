/** Evaluating an answer expression exactly, in Dec (80 significant digits, half-even). */
import type { Dec } from '../money';
import type { ExpressionError } from './lexer';
import type { FunctionName, OutputName } from './names';
import type { Expr } from './parser';

/** Where the names of an expression get their values (see scenarioEnv.ts). */
export interface ExpressionEnv {
  /** The value of an output; undefined when this environment has none. */
  output(name: OutputName): Dec | undefined;
  /** The value of a function call (its argument already checked); undefined when unavailable. */
  call(fn: FunctionName, arg: string): Dec | undefined;
}

export type EvaluateResult = { ok: true; value: Dec } | { ok: false; error: ExpressionError };

class EvalFail extends Error {
  constructor(readonly error: ExpressionError) {
    super(error.message);
  }
}

/** An environment with no scenario: any name is an error (for expressions of numbers only). */
const NUMBERS_ONLY_ENV: ExpressionEnv = { output: () => undefined, call: () => undefined };

function known(value: Dec | undefined, what: string, pos: number): Dec {
  if (value === undefined)
    throw new EvalFail({ message: `${what} has no value here (it needs a scenario)`, position: pos });
  return value;
}

function finite(value: Dec, pos: number): Dec {
  if (!value.isFinite()) throw new EvalFail({ message: 'result too large', position: pos });
  return value;
}

function value(expr: Expr, env: ExpressionEnv): Dec {
  switch (expr.kind) {
    case 'number':
      return expr.value;
    case 'output':
      return known(env.output(expr.name), `"${expr.name}"`, expr.pos);
    case 'call':
      return known(env.call(expr.fn, expr.arg), `${expr.fn}("${expr.arg}")`, expr.pos);
    case 'group':
      return value(expr.inner, env);
    case 'negate':
      return value(expr.operand, env).neg();
    case 'binary': {
      const left = value(expr.left, env);
      const right = value(expr.right, env);
      switch (expr.op) {
        case '+':
          return finite(left.plus(right), expr.pos);
        case '-':
          return finite(left.minus(right), expr.pos);
        case '*':
          return finite(left.times(right), expr.pos);
        case '/':
          if (right.isZero()) throw new EvalFail({ message: 'division by zero', position: expr.pos });
          return finite(left.div(right), expr.pos);
      }
    }
  }
}

/**
 * The exact value of an expression. Division by zero and results beyond Dec's range are errors
 * with the operator's position; the function never throws for them.
 */
export function evaluateExpression(expr: Expr, env: ExpressionEnv = NUMBERS_ONLY_ENV): EvaluateResult {
  try {
    return { ok: true, value: value(expr, env) };
  } catch (error) {
    if (error instanceof EvalFail) return { ok: false, error: error.error };
    throw error;
  }
}
