/**
 * A small, safe parser for answer expressions (recursive descent; nothing is ever run as code).
 *
 *   expr    := term (("+" | "-") term)*
 *   term    := unary (("*" | "/") unary)*
 *   unary   := ("-" | "+") unary | primary
 *   primary := number | output | function "(" quoted ")" | "(" expr ")"
 *
 * Names and function arguments are checked while parsing, so an unknown output or estimate id is
 * an error with its position, before any scenario is computed.
 */
import { quoteText } from '../quote';
import { Dec } from '../money';
import { tokenize, type ExpressionError, type Token } from './lexer';
import { argumentProblem, isFunctionName, isOutputName, type FunctionName, type OutputName } from './names';

export type BinaryOp = '+' | '-' | '*' | '/';

/** The syntax tree of an expression. `group` keeps the author's parentheses for the worked answer. */
export type Expr =
  | { readonly kind: 'number'; readonly value: Dec; readonly text: string; readonly pos: number }
  | { readonly kind: 'output'; readonly name: OutputName; readonly pos: number }
  | { readonly kind: 'call'; readonly fn: FunctionName; readonly arg: string; readonly pos: number }
  | { readonly kind: 'negate'; readonly operand: Expr; readonly pos: number }
  | { readonly kind: 'group'; readonly inner: Expr; readonly pos: number }
  | {
      readonly kind: 'binary';
      readonly op: BinaryOp;
      readonly left: Expr;
      readonly right: Expr;
      readonly pos: number;
    };

export type ParseExpressionResult = { ok: true; expr: Expr } | { ok: false; error: ExpressionError };

/** Longest expression accepted, and deepest nesting of parentheses and signs. */
const MAX_EXPRESSION_LENGTH = 1000;
const MAX_EXPRESSION_DEPTH = 64;

class Fail extends Error {
  constructor(readonly error: ExpressionError) {
    super(error.message);
  }
}

function fail(message: string, position: number): never {
  throw new Fail({ message, position });
}

function describeToken(t: Token): string {
  return t.kind === 'end' ? 'the end of the expression' : quoteText(t.text);
}

class Parser {
  private i = 0;
  private depth = 0;
  constructor(private readonly tokens: readonly Token[]) {}

  private peek(): Token {
    return this.tokens[this.i] ?? { kind: 'end', pos: 0 };
  }

  private next(): Token {
    const t = this.peek();
    this.i += 1;
    return t;
  }

  private isOp(...ops: string[]): boolean {
    const t = this.peek();
    return t.kind === 'op' && ops.includes(t.text);
  }

  whole(): Expr {
    const expr = this.expr();
    const t = this.peek();
    if (t.kind !== 'end') fail(`unexpected ${describeToken(t)}: expected an operator (+ - * /)`, t.pos);
    return expr;
  }

  private expr(): Expr {
    let left = this.term();
    while (this.isOp('+', '-')) {
      const op = this.next();
      left = {
        kind: 'binary',
        op: op.kind === 'op' && op.text === '-' ? '-' : '+',
        left,
        right: this.term(),
        pos: op.pos,
      };
    }
    return left;
  }

  private term(): Expr {
    let left = this.unary();
    while (this.isOp('*', '/')) {
      const op = this.next();
      left = {
        kind: 'binary',
        op: op.kind === 'op' && op.text === '/' ? '/' : '*',
        left,
        right: this.unary(),
        pos: op.pos,
      };
    }
    return left;
  }

  private nested<T>(pos: number, inner: () => T): T {
    this.depth += 1;
    if (this.depth > MAX_EXPRESSION_DEPTH)
      fail(`nested too deeply (more than ${MAX_EXPRESSION_DEPTH} levels)`, pos);
    const result = inner();
    this.depth -= 1;
    return result;
  }

  private unary(): Expr {
    const t = this.peek();
    if (t.kind === 'op' && (t.text === '-' || t.text === '+')) {
      this.next();
      const operand = this.nested(t.pos, () => this.unary());
      return t.text === '-' ? { kind: 'negate', operand, pos: t.pos } : operand;
    }
    return this.primary();
  }

  private primary(): Expr {
    const t = this.next();
    if (t.kind === 'number') return numberNode(t.text, t.pos);
    if (t.kind === 'name') return this.named(t.text, t.pos);
    if (t.kind === 'op' && t.text === '(') {
      const inner = this.nested(t.pos, () => this.expr());
      this.expect(')', `to close the "(" opened at ${t.pos}`);
      return { kind: 'group', inner, pos: t.pos };
    }
    const what = t.kind === 'end' ? 'the expression ends too soon' : `unexpected ${describeToken(t)}`;
    return fail(`${what}: expected a number, a name or "("`, t.pos);
  }

  private named(name: string, pos: number): Expr {
    const call = this.isOp('(');
    if (isOutputName(name)) {
      if (call) fail(`"${name}" is an output, not a function: write it without parentheses`, pos);
      return { kind: 'output', name, pos };
    }
    if (!isFunctionName(name)) return fail(`unknown ${call ? 'function' : 'output'} ${quoteText(name)}`, pos);
    if (!call) fail(`"${name}" is a function: write ${name}("…")`, pos);
    this.next();
    const arg = this.next();
    if (arg.kind !== 'string')
      return fail(`${name}(…) takes one quoted argument, e.g. ${name}("…")`, arg.pos);
    const problem = argumentProblem(name, arg.text);
    if (problem !== undefined) fail(problem, arg.pos);
    this.expect(')', `to close ${name}(`);
    return { kind: 'call', fn: name, arg: arg.text, pos };
  }

  private expect(op: ')', why: string): void {
    const t = this.next();
    if (!(t.kind === 'op' && t.text === op))
      fail(`expected "${op}" ${why}, found ${describeToken(t)}`, t.pos);
  }
}

function numberNode(text: string, pos: number): Expr {
  let value: Dec;
  try {
    value = new Dec(text);
  } catch {
    return fail(`not a number: ${text}`, pos);
  }
  if (!value.isFinite()) fail(`number too large: ${text}`, pos);
  return { kind: 'number', value, text, pos };
}

/** Parses an answer expression. Never throws: a problem comes back with its 1-based position. */
export function parseExpression(source: string): ParseExpressionResult {
  if (source.length > MAX_EXPRESSION_LENGTH) {
    return {
      ok: false,
      error: {
        message: `longer than ${MAX_EXPRESSION_LENGTH} characters`,
        position: MAX_EXPRESSION_LENGTH + 1,
      },
    };
  }
  const lexed = tokenize(source);
  if (!lexed.ok) return lexed;
  if (lexed.tokens.length === 1) return { ok: false, error: { message: 'empty expression', position: 1 } };
  try {
    return { ok: true, expr: new Parser(lexed.tokens).whole() };
  } catch (error) {
    if (error instanceof Fail) return { ok: false, error: error.error };
    throw error;
  }
}

/** "message at position", the form used in validation problems. */
export function formatExpressionError(error: ExpressionError): string {
  return `${error.message} at ${error.position}`;
}
