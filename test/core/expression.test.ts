import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  Dec,
  evaluateExpression,
  formatExpressionError,
  parseExpression,
  scenarioEnv,
  type BinaryOp,
  type Scenario,
} from '../../src/core';
import { scenario } from './fixtures';

/** Parses and evaluates with numbers only; the value as a string, or the error "message at position". */
function run(source: string, env?: Parameters<typeof evaluateExpression>[1]): string {
  const parsed = parseExpression(source);
  if (!parsed.ok) return formatExpressionError(parsed.error);
  const value = evaluateExpression(parsed.expr, env);
  return value.ok ? value.value.toString() : formatExpressionError(value.error);
}
const trump175: Scenario = scenario({ cost: { kind: 'estimate', estimateId: 'trump-total-2025' } });

describe('parseExpression and evaluateExpression', () => {
  it.each([
    ['1 + 2 * 3', '7'],
    ['(1 + 2) * 3', '9'],
    ['10 - 4 - 3', '3'], // left to right
    ['100 / 10 / 5', '2'],
    ['2 * 3 / 4', '1.5'],
    ['-2 * 3', '-6'],
    ['2 * -3', '-6'],
    ['--4', '4'],
    ['-(1 + 2) * 2', '-6'],
    ['+5 - -5', '10'],
    ['1e9', '1000000000'],
    ['1.5E3 / 1e-2', '150000'],
    ['.5 + 5.', '5.5'],
    ['2 × 3 ÷ 4 − 1', '0.5'], // the printed signs too
    ['0.1 + 0.2', '0.3'], // exact decimals, not binary floating point
    ['1 / 3 * 3', `0.${'9'.repeat(80)}`], // 80 significant digits, half-even, as Dec
    ['  7\u00a0', '7'],
  ])('%s = %s', (source, expected) => {
    expect(run(source)).toBe(expected);
  });

  it('reads outputs and functions from a scenario: Canada’s GDP share of US$175B', () => {
    const env = scenarioEnv(trump175);
    expect(run('canada_total_usd / 1e9', env)).toBe('12.4741884538');
    expect(run('estimate("ctv-cad-2025") / 1e9', env)).toMatch(/^174\.8201438848/); // 243 ÷ 1.39
    expect(run("amount('ctv-cad-2025') / amount('trump-total-2025')", env)).toMatch(/^1\.388571428/);
    expect(run('years("trump-total-2025") + year_count', env)).toBe('6');
    expect(run('context("canadaPopulation")', env)).toBe('41528680');
    expect(run('fx("cadPerUsd") * 100', env)).toBe('139');
    expect(run('rule_share_pct("nws")', env)).toBe('40');
    expect(run('rule_share_pct("gdp")', env)).toMatch(/^7\.128107687/);
    expect(run('context("usLandAreaKm2")', env)).toBe('9147593.07');
    // 8,788,702.80 ÷ (8,788,702.80 + 9,147,593.07) × 100 = 48.99954184353…
    expect(run('rule_share_pct("area")', env)).toMatch(/^48\.99954184353/);
  });

  it.each([
    ['canada_totl', 'unknown output "canada_totl" at 1'],
    ['2 * canada_totl + 1', 'unknown output "canada_totl" at 5'],
    ['foo("x")', 'unknown function "foo" at 1'],
    ['estimate("cbo-2099")', 'unknown estimate id "cbo-2099" at 10'],
    [
      'context("gdp")',
      'unknown context figure "gdp" (one of canadaGdpUsd, usGdpUsd, canadaPopulation, usPopulation, canadaDefenceBudgetCad, usDefenceBudgetUsd, canadaLandAreaKm2, usLandAreaKm2) at 9',
    ],
    ['fx("eur")', 'unknown exchange rate "eur" (one of cadPerUsd, usdPerGbp) at 4'],
    ['rule_share_pct("fixed")', 'unknown share rule "fixed" (one of gdp, population, nws, area) at 16'],
    ['estimate', '"estimate" is a function: write estimate("…") at 1'],
    ['estimate(3)', 'estimate(…) takes one quoted argument, e.g. estimate("…") at 10'],
    ['estimate("dod-2026"', 'expected ")" to close estimate(, found the end of the expression at 20'],
    ['year_count()', '"year_count" is an output, not a function: write it without parentheses at 1'],
    ['1 +', 'the expression ends too soon: expected a number, a name or "(" at 4'],
    ['(1 + 2', 'expected ")" to close the "(" opened at 1, found the end of the expression at 7'],
    ['1 2', 'unexpected "2": expected an operator (+ - * /) at 3'],
    ['1 + * 2', 'unexpected "*": expected a number, a name or "(" at 5'],
    ['2 ^ 3', 'unexpected character "^" at 3'],
    ['"abc', 'unterminated quoted text at 1'],
    ['', 'empty expression at 1'],
    ['   ', 'empty expression at 1'],
    ['1e99999999999999999999', 'number too large: 1e99999999999999999999 at 1'],
    ['1 / (2 - 2)', 'division by zero at 3'],
    ['canada_total_usd', '"canada_total_usd" has no value here (it needs a scenario) at 1'],
  ])('%j → %s', (source, message) => {
    expect(run(source)).toBe(message);
  });

  it('refuses expressions nested too deeply or too long, with a position', () => {
    expect(run(`${'('.repeat(70)}1${')'.repeat(70)}`)).toBe('nested too deeply (more than 64 levels) at 65');
    expect(run('-'.repeat(70) + '1')).toBe('nested too deeply (more than 64 levels) at 65');
    expect(run('1+'.repeat(600) + '1')).toBe('longer than 1000 characters at 1001');
  });

  it('reports results beyond the decimal range as too large, at the operator', () => {
    expect(run('9e9000000000000000 * 9e9000000000000000')).toBe('result too large at 20');
  });
});

/** A random expression tree of numbers, with its exact value computed directly in Dec. */
type Tree =
  { kind: 'num'; text: string } | { kind: 'neg'; x: Tree } | { kind: 'bin'; op: BinaryOp; l: Tree; r: Tree };

const numberText = fc.oneof(
  fc.integer({ min: 0, max: 1_000_000 }).map(String),
  fc.tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 999 })).map(([a, b]) => `${a}.${b}`),
  fc.tuple(fc.integer({ min: 1, max: 99 }), fc.integer({ min: -12, max: 12 })).map(([m, e]) => `${m}e${e}`),
);
const tree: fc.Arbitrary<Tree> = fc.letrec<{ t: Tree }>((tie) => ({
  t: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    numberText.map((text): Tree => ({ kind: 'num', text })),
    tie('t').map((x): Tree => ({ kind: 'neg', x })),
    fc
      .tuple(fc.constantFrom<BinaryOp>('+', '-', '*', '/'), tie('t'), tie('t'))
      .map(([op, l, r]): Tree => ({ kind: 'bin', op, l, r })),
  ),
})).t;

/** Reference evaluation in Dec, directly on the tree; undefined on division by zero. */
function reference(t: Tree): Dec | undefined {
  if (t.kind === 'num') return new Dec(t.text);
  if (t.kind === 'neg') return reference(t.x)?.neg();
  const [l, r] = [reference(t.l), reference(t.r)];
  if (l === undefined || r === undefined) return undefined;
  if (t.op === '/' && r.isZero()) return undefined;
  return t.op === '+' ? l.plus(r) : t.op === '-' ? l.minus(r) : t.op === '*' ? l.times(r) : l.div(r);
}

const PREC: Record<BinaryOp, number> = { '+': 1, '-': 1, '*': 2, '/': 2 };
/**
 * Writes a tree with only the parentheses its shape needs: a lower-precedence operand, or a right
 * operand of equal precedence (a + (b − c) and (a + b) − c round differently at 40 digits).
 */
function minimal(t: Tree): string {
  if (t.kind === 'num') return t.text;
  if (t.kind === 'neg') return t.x.kind === 'bin' ? `-(${minimal(t.x)})` : `-${minimal(t.x)}`;
  const wrap = (child: Tree, right: boolean) => {
    if (child.kind !== 'bin') return minimal(child);
    const p = PREC[child.op];
    const needs = p < PREC[t.op] || (right && p === PREC[t.op]);
    return needs ? `(${minimal(child)})` : minimal(child);
  };
  return `${wrap(t.l, false)} ${t.op} ${wrap(t.r, true)}`;
}
/** Writes a tree with every operation in parentheses. */
function full(t: Tree): string {
  if (t.kind === 'num') return t.text;
  if (t.kind === 'neg') return `(-${full(t.x)})`;
  return `(${full(t.l)}${t.op}${full(t.r)})`;
}

describe('properties', () => {
  it('a random well-formed expression of numbers evaluates like a direct Dec evaluation, with or without extra parentheses', () => {
    fc.assert(
      fc.property(tree, (t) => {
        const expected = reference(t);
        for (const source of [minimal(t), full(t)]) {
          const parsed = parseExpression(source);
          expect(parsed.ok, source).toBe(true);
          if (!parsed.ok) continue;
          const value = evaluateExpression(parsed.expr);
          if (expected === undefined)
            expect(value.ok ? 'value' : value.error.message).toBe('division by zero');
          else expect(value.ok && value.value.eq(expected), `${source} = ${expected.toString()}`).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('random text never throws: it parses, or comes back as an error with a position inside the text', () => {
    const alphabet = fc.constantFrom(
      ...'0123456789.+-*/()eE "\'_ab×÷−,'.split(''),
      'estimate',
      'fx(',
      'canada_total_usd',
    );
    const text = fc.oneof(
      fc.string({ maxLength: 40 }),
      fc.array(alphabet, { maxLength: 30 }).map((a) => a.join('')),
    );
    fc.assert(
      fc.property(text, (source) => {
        const parsed = parseExpression(source);
        if (!parsed.ok) {
          expect(parsed.error.position).toBeGreaterThanOrEqual(1);
          expect(parsed.error.position).toBeLessThanOrEqual(source.length + 1);
          return;
        }
        const value = evaluateExpression(parsed.expr, scenarioEnv(scenario()));
        if (!value.ok) expect(value.error.message.length).toBeGreaterThan(0);
      }),
      { numRuns: 1000 },
    );
  });

  it('evaluating the same expression twice gives the same value (no hidden state)', () => {
    fc.assert(
      fc.property(tree, (t) => {
        const parsed = parseExpression(minimal(t));
        if (!parsed.ok) return;
        const [a, b] = [evaluateExpression(parsed.expr), evaluateExpression(parsed.expr)];
        expect(a.ok && b.ok ? a.value.eq(b.value) : a.ok === b.ok).toBe(true);
      }),
    );
  });
});
