/**
 * Tokens of an answer expression. Positions are 1-based character columns, as an author counts
 * them in the file. `×`, `÷` and `−` are read as `*`, `/` and `-`.
 */
import { quoteText } from '../quote';

export type Token =
  | { readonly kind: 'number'; readonly text: string; readonly pos: number }
  | { readonly kind: 'name'; readonly text: string; readonly pos: number }
  | { readonly kind: 'string'; readonly text: string; readonly pos: number }
  | { readonly kind: 'op'; readonly text: '+' | '-' | '*' | '/' | '(' | ')'; readonly pos: number }
  | { readonly kind: 'end'; readonly pos: number };

/** A problem in an expression: what, and at which 1-based column. */
export interface ExpressionError {
  readonly message: string;
  readonly position: number;
}

export type LexResult = { ok: true; tokens: Token[] } | { ok: false; error: ExpressionError };

const OPS: Readonly<Record<string, '+' | '-' | '*' | '/' | '(' | ')'>> = {
  '+': '+',
  '-': '-',
  '\u2212': '-',
  '*': '*',
  '\u00d7': '*',
  '/': '/',
  '\u00f7': '/',
  '(': '(',
  ')': ')',
};
const NUMBER = /^(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?/;
const NAME = /^[A-Za-z_][A-Za-z0-9_]*/;
const SPACE = /^[\s\u00a0\u202f]+/;

/** Splits an expression into tokens; the last one is always `end`. */
export function tokenize(source: string): LexResult {
  const tokens: Token[] = [];
  let i = 0;
  while (i < source.length) {
    const rest = source.slice(i);
    const pos = i + 1;
    const space = SPACE.exec(rest);
    if (space) {
      i += space[0].length;
      continue;
    }
    const ch = rest[0] ?? '';
    const op = OPS[ch];
    const number = NUMBER.exec(rest);
    const name = NAME.exec(rest);
    if (op) {
      tokens.push({ kind: 'op', text: op, pos });
      i += 1;
    } else if (number) {
      tokens.push({ kind: 'number', text: number[0], pos });
      i += number[0].length;
    } else if (name) {
      tokens.push({ kind: 'name', text: name[0], pos });
      i += name[0].length;
    } else if (ch === '"' || ch === "'") {
      const close = source.indexOf(ch, i + 1);
      if (close === -1) return { ok: false, error: { message: 'unterminated quoted text', position: pos } };
      tokens.push({ kind: 'string', text: source.slice(i + 1, close), pos });
      i = close + 1;
    } else {
      return { ok: false, error: { message: `unexpected character ${quoteText(ch)}`, position: pos } };
    }
  }
  tokens.push({ kind: 'end', pos: source.length + 1 });
  return { ok: true, tokens };
}
