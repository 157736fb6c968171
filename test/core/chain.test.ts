import { describe, expect, it } from 'vitest';
import {
  answerChain,
  evaluateAnswer,
  parseExpression,
  roundHalfEven,
  workedAnswer,
  type Chain,
  type ChainStep,
  type Dec,
} from '../../src/core';
import { chainLineText, formatNumber } from '../../src/i18n';
import { EXERCISES, exercise } from '../support/exercises';

const numeric = EXERCISES.flatMap((e) =>
  e.questions.filter((q) => q.answer.kind === 'numeric').map((q) => [`${e.id}/${q.id}`, e, q.id] as const),
);

/** The value a figure step gives from the value before it, recomputed here. */
function recompute(before: Dec, step: Extract<ChainStep, { kind: 'figure' }>): Dec {
  switch (step.operation) {
    case 'start':
      return step.operand;
    case 'plus':
      return before.plus(step.operand);
    case 'minus':
      return before.minus(step.operand);
    case 'times':
      return before.times(step.operand);
    case 'divide':
      return before.div(step.operand);
  }
}

const spaces = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

describe('the answer key’s chain from the inputs', () => {
  it('covers every numeric answer of the shipped exercises (48)', () => {
    expect(numeric.length).toBe(48);
  });

  it.each(numeric)('%s: the chain ends at the key to the cent, at the answer’s own scale', (_name, e, id) => {
    const w = workedAnswer(e, id);
    if (w.kind !== 'numeric') throw new Error('numeric');
    const expected = evaluateAnswer(e, id)?.value;
    if (!expected) throw new Error('no value');
    // Exactly the expression's value: nothing typed, nothing rounded on the way but the reported totals.
    expect(w.chain.value.eq(expected)).toBe(true);
    const digits = Math.max(2, w.rounded.decimalPlaces());
    expect(roundHalfEven(w.chain.value, digits).toString()).toBe(roundHalfEven(w.value, digits).toString());
    // Every figure step is the arithmetic it says; every line uses only earlier lines.
    w.chain.lines.forEach((line, index) => {
      let before: Dec | undefined;
      for (const step of line.steps) {
        if (step.kind === 'figure') {
          if (step.figure.kind === 'line') expect(step.figure.line).toBeLessThan(index);
          if (step.operation === 'start' || before)
            expect(recompute(before ?? step.operand, step).eq(step.value) || isReported(step)).toBe(true);
        }
        if (step.kind === 'billions' && before) expect(step.value.eq(before.div(1e9))).toBe(true);
        before = step.value;
      }
      expect(line.value.eq(before ?? line.value)).toBe(true);
    });
    // The last line, written out in either language, ends at the key's answer.
    const last = w.chain.lines.length - 1;
    const keyDigits = Math.max(
      w.rounded.decimalPlaces(),
      w.toleranceKind === 'absolute' ? w.tolerance.decimalPlaces() : 0,
    );
    for (const lang of ['en', 'fr'] as const) {
      expect(spaces(chainLineText(w.chain, last, w.scale, keyDigits, lang))).toMatch(
        new RegExp(` [=≈] ${spaces(formatNumber(w.rounded, keyDigits, lang)).replace(/[.$]/g, '\\$&')}$`),
      );
    }
  });

  it('starts Canada’s total from the base cost, as the calculator does: 175 × 7.1281 % × 1.39 ≈ 17.34', () => {
    const w = workedAnswer(exercise('per-person'), 'canada-total-cad');
    if (w.kind !== 'numeric') throw new Error('numeric');
    expect(w.chain.lines).toHaveLength(1);
    const kinds = w.chain.lines[0]?.steps.map((s) => (s.kind === 'working' ? s.step.kind : s.kind));
    expect(kinds).toEqual(['base', 'years', 'share', 'toCad', 'billions']);
    expect(chainLineText(w.chain, 0, w.scale, 2, 'en')).toBe('175 × 7.1281% × 1.39 ≈ 17.34');
  });

  it('works a share rule out of its context figures, and an expression into lines', () => {
    const w = workedAnswer(exercise('asks-61-71'), 'gap-to-gdp');
    if (w.kind !== 'numeric') throw new Error('numeric');
    const text = w.chain.lines.map((_l, i) => chainLineText(w.chain, i, w.scale, 2, 'en'));
    expect(text).toEqual([
      '2,240 + 29,184.89 = 31,424.89',
      '2,240 ÷ 31,424.89 × 100 ≈ 7.1281',
      '175 × 7.1281 ÷ 100 ≈ 12.47',
      '61 − 12.47 ≈ 48.53',
    ]);
  });

  it('works the land-area rule out of its two areas (core’s rule table): 8,788,702.8 ÷ 17,936,295.87 × 100 ≈ 49.00', () => {
    const parsed = parseExpression('rule_share_pct("area")');
    if (!parsed.ok) throw new Error('parse');
    const chain = answerChain(parsed.expr, exercise('asks-61-71').scenario);
    const text = (lang: 'en' | 'fr') =>
      chain.lines.map((_l, i) => spaces(chainLineText(chain, i, 'units', 2, lang)));
    expect(text('en')).toEqual([
      '8,788,702.8 + 9,147,593.07 = 17,936,295.87',
      '8,788,702.8 ÷ 17,936,295.87 × 100 ≈ 49.00',
    ]);
    expect(text('fr')).toEqual([
      '8 788 702,8 + 9 147 593,07 = 17 936 295,87',
      '8 788 702,8 ÷ 17 936 295,87 × 100 ≈ 49,00',
    ]);
  });

  it('puts what comes before a × or ÷ in parentheses after a + or −, and shows ÷ 1e9 for an answer in dollars', () => {
    const e = exercise('misprint-524');
    const parsed = parseExpression('(estimate("cbo-sbi-2025-high") - estimate("independent-524")) / 1e9 / 9');
    if (!parsed.ok) throw new Error('parse');
    const chain: Chain = answerChain(parsed.expr, e.scenario);
    expect(chainLineText(chain, 0, 'billions', 0, 'en')).toBe('(542 − 524) ÷ 9 = 2');
    expect(chainLineText(chain, 0, 'units', 0, 'en')).toBe(
      '(542,000,000,000 − 524,000,000,000) ÷ 1,000,000,000 ÷ 9 = 2',
    );
  });
});

/** A step ending at a reported figure (an output rounded as the report rounds it). */
function isReported(step: ChainStep): boolean {
  return step.kind === 'figure' && step.operation === 'times' && step.unit === 'pct';
}
