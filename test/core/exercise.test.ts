import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  checkAnswer,
  dec,
  evaluateAnswer,
  findQuestion,
  parseExpression,
  readTypedAnswer,
  roundToTolerance,
  workedAnswer,
  type AnswerUnit,
  type Exercise,
  type ExerciseQuestion,
  type Scenario,
  type ToleranceKind,
} from '../../src/core';
import { numberMarks } from '../../src/i18n';
import { scenario, share } from './fixtures';

const EN = numberMarks('en');
const FR = numberMarks('fr');

const text = (en: string) => ({ en, fr: `${en} (fr)` });
const trump175: Scenario = scenario({ cost: { kind: 'estimate', estimateId: 'trump-total-2025' } });

function numeric(
  id: string,
  source: string,
  opts: { unit?: AnswerUnit; tolerance?: string; kind?: ToleranceKind; scenario?: Scenario } = {},
): ExerciseQuestion {
  const parsed = parseExpression(source);
  if (!parsed.ok) throw new Error(parsed.error.message);
  return {
    id,
    prompt: text(`Question ${id}`),
    hint: text('A hint'),
    answer: {
      kind: 'numeric',
      source,
      expr: parsed.expr,
      unit: opts.unit ?? 'NUMBER',
      tolerance: dec(opts.tolerance ?? '0.01'),
      toleranceKind: opts.kind ?? 'absolute',
    },
    scenario: opts.scenario ?? trump175,
  };
}

function exercise(...questions: ExerciseQuestion[]): Exercise {
  return {
    id: 'test',
    level: 'intro',
    title: text('Test'),
    goals: { en: ['g'], fr: ['g'] },
    scenario: trump175,
    questions,
  };
}

const ex = exercise(
  numeric('canada-b', 'canada_total_usd / 1e9', { unit: 'USD_BILLIONS' }),
  numeric('cad', 'estimate("trump-total-2025") * fx("cadPerUsd") / 1e9', { unit: 'CAD_BILLIONS' }),
  numeric('rel', 'program_total_usd', { unit: 'USD', tolerance: '0.01', kind: 'relative' }),
  numeric('nws', 'canada_share_pct', {
    unit: 'PCT',
    scenario: { ...trump175, share: share({ rule: 'nws' }) },
  }),
  {
    id: 'open',
    prompt: text('Defend a split'),
    hint: text('Think'),
    answer: { kind: 'open', rubric: text('A good answer…') },
    scenario: trump175,
  },
);

describe('evaluateAnswer', () => {
  it('computes each answer from its own scenario: 7.1281 % of US$175B = 12.4741884538 billion; 175 × 1.39 = 243.25', () => {
    expect(evaluateAnswer(ex, 'canada-b')?.value.toString()).toBe('12.4741884538');
    expect(evaluateAnswer(ex, 'cad')).toEqual({ value: dec('243.25'), unit: 'CAD_BILLIONS' });
    expect(evaluateAnswer(ex, 'nws')?.value.toString()).toBe('40');
  });

  it('has no value for an open question and refuses an unknown question id', () => {
    expect(evaluateAnswer(ex, 'open')).toBeUndefined();
    expect(() => evaluateAnswer(ex, 'nope')).toThrow('exercise "test" has no question "nope"');
    expect(() => findQuestion(ex, 'nope')).toThrow(RangeError);
  });
});

describe('checkAnswer', () => {
  it.each<[string, string, 'en' | 'fr', string]>([
    ['canada-b', '12.47', 'en', 'correct'], // 12.4742 − 12.47 = 0.0042 ≤ 0.01
    ['canada-b', '12,47', 'fr', 'correct'],
    ['canada-b', '12,47', 'en', 'unparseable'], // a decimal comma in English: refused, not 1247
    ['canada-b', '12.47', 'fr', 'unparseable'],
    ['canada-b', 'US$12.47B', 'en', 'correct'],
    ['canada-b', '12.48', 'en', 'correct'], // 0.0058 ≤ 0.01
    ['canada-b', '12.49', 'en', 'incorrect'], // 0.0158 > 0.01
    ['canada-b', '12.46', 'en', 'incorrect'],
    ['canada-b', '12 billion', 'en', 'incorrect'],
    ['canada-b', 'twelve', 'en', 'unparseable'],
    ['canada-b', '', 'en', 'unparseable'],
    ['cad', '243,25 G$', 'fr', 'correct'],
    ['cad', '243.26', 'en', 'correct'], // exactly the tolerance away
    ['cad', '243.27', 'en', 'incorrect'],
    ['rel', '176 000 000 000', 'en', 'correct'], // 1B off, 1 % of 175B is 1.75B
    ['rel', '176\u00a0000\u00a0000\u00a0000', 'fr', 'correct'],
    ['rel', '176,000,000,000', 'en', 'correct'],
    ['rel', '177e9', 'en', 'incorrect'], // 2B off
    ['nws', '40 %', 'fr', 'correct'],
    ['open', 'anything', 'en', 'open'],
  ])('%s: %j in %s is %s', (id, typed, lang, status) => {
    expect(checkAnswer(ex, id, typed, numberMarks(lang)).status).toBe(status);
  });

  it('returns the expected value and typed − expected', () => {
    const r = checkAnswer(ex, 'cad', '243', EN);
    expect(r.status).toBe('incorrect');
    if (r.status !== 'incorrect') return;
    expect([r.expected.toString(), r.typed.toString(), r.difference.toString(), r.unit]).toEqual([
      '243.25',
      '243',
      '-0.25',
      'CAD_BILLIONS',
    ]);
    expect(r.groupReadAsDecimal).toBeUndefined();
  });

  it('reads "1,234" as 1234 in English and 1.234 in French', () => {
    const q = exercise(numeric('n', '1234'));
    expect(checkAnswer(q, 'n', '1,234', EN).status).toBe('correct');
    expect(checkAnswer(q, 'n', '1,234', FR).status).toBe('incorrect');
  });

  it('says why "1,389" is wrong in English when the answer is 1.389: the comma was read as thousands', () => {
    const q = exercise(numeric('n', '1.389', { tolerance: '0.001' }));
    const r = checkAnswer(q, 'n', '1,389', EN);
    expect(r).toMatchObject({ status: 'incorrect' });
    expect(r.status === 'incorrect' && r.groupReadAsDecimal?.toString()).toBe('1.389');
    // Read as a decimal it would be no closer to 1389: no such explanation there.
    const big = exercise(numeric('n', '1380', { tolerance: '1' }));
    const far = checkAnswer(big, 'n', '1,389', EN);
    expect(far.status === 'incorrect' && far.groupReadAsDecimal).toBeUndefined();
  });

  it('gives the reason an answer could not be read', () => {
    expect(checkAnswer(ex, 'cad', '1.200', FR)).toMatchObject({
      status: 'unparseable',
      problem: { kind: 'ambiguous', readings: ['1200', '1.2'] },
    });
    expect(checkAnswer(ex, 'cad', '12,47', EN)).toMatchObject({ problem: { kind: 'marks' } });
  });
});

describe('readTypedAnswer', () => {
  it.each<[string, 'en' | 'fr', string]>([
    ['12.47', 'en', '12.47'],
    ['12,47', 'fr', '12.47'],
    ['1 234,5', 'fr', '1234.5'],
    ['1\u00a0234,5', 'fr', '1234.5'],
    ['1\u202f234,5', 'fr', '1234.5'],
    ['1,234.5', 'en', '1234.5'],
    ['1,234,567', 'en', '1234567'],
    ['C$12.47B', 'en', '12.47'],
    ['US$ 12.47 billion', 'en', '12.47'],
    ['12,47 G$ US', 'fr', '12.47'],
    ['12,47 milliards de dollars', 'fr', '12.47'],
    ['7.13 %', 'en', '7.13'],
    ['3 years', 'en', '3'],
    ['3 ans', 'fr', '3'],
    ['-5', 'en', '-5'],
    ['−5,5', 'fr', '-5.5'],
    ['-$5', 'en', '-5'],
    ['- 5 $', 'fr', '-5'],
    ['+5', 'en', '5'],
    ['1e9', 'en', '1000000000'],
    ['1.5E-3', 'en', '0.0015'],
    ['.5', 'en', '0.5'],
    [',5', 'fr', '0.5'],
    ['12.', 'en', '12'],
    ['1,234', 'fr', '1.234'],
    ['1,234', 'en', '1234'],
  ])('%j in %s → %s', (typed, lang, expected) => {
    expect(readTypedAnswer(typed, numberMarks(lang))).toMatchObject({ ok: true, value: expected });
  });

  it.each([
    '',
    ' ',
    'abc',
    '12.47T',
    '3 million',
    '5k',
    '1,2,3',
    '1.2.3',
    '12..5',
    '1,23.4',
    '--5',
    '$',
    '%',
    '1 2 3x',
    'NaN',
    'Infinity',
    '0x10',
    '1.234,5',
    'x'.repeat(101),
  ])('%j is refused in both languages', (typed) => {
    expect(readTypedAnswer(typed, EN).ok).toBe(false);
    expect(readTypedAnswer(typed, FR).ok).toBe(false);
  });
});

describe('roundToTolerance', () => {
  const q = (tolerance: string, kind: ToleranceKind = 'absolute') => {
    const a = numeric('x', '1', { tolerance, kind }).answer;
    if (a.kind !== 'numeric') throw new Error('numeric');
    return a;
  };
  it.each<[string, string, ToleranceKind, string]>([
    ['12.4741884538', '0.01', 'absolute', '12.47'],
    ['12.4741884538', '0.05', 'absolute', '12.47'],
    ['12.4741884538', '0.5', 'absolute', '12.5'],
    ['417.52', '1', 'absolute', '418'],
    ['417.52', '5', 'absolute', '418'],
    ['58.3333', '0.01', 'relative', '58.3'],
    ['671.627896', '0.001', 'relative', '671.6'],
    ['0.125', '0.01', 'absolute', '0.12'], // half-even
  ])('%s with %s %s → %s', (value, tolerance, kind, expected) => {
    expect(roundToTolerance(dec(value), q(tolerance, kind)).toString()).toBe(expected);
  });
});

describe('workedAnswer', () => {
  it('replaces each name by its value and keeps the author’s parentheses: (175e9 × 1.39) ÷ 1e9 = 243.25', () => {
    const q = exercise(
      numeric('w', '(estimate("trump-total-2025") * fx("cadPerUsd")) / 1e9 - -0', { unit: 'CAD_BILLIONS' }),
    );
    const w = workedAnswer(q, 'w');
    expect(w.kind).toBe('numeric');
    if (w.kind !== 'numeric') return;
    expect(
      w.tokens.map((t) => ('value' in t ? `${t.kind}:${t.value.toString()}` : 'op' in t ? t.op : t.kind)),
    ).toEqual([
      'open',
      'call:175000000000',
      '*',
      'call:1.39',
      'close',
      '/',
      'number:1000000000',
      '-',
      'negate',
      'number:0',
    ]);
    expect(w.tokens[1]).toMatchObject({ kind: 'call', fn: 'estimate', arg: 'trump-total-2025' });
    expect([w.value.toString(), w.rounded.toString(), w.unit, w.expr]).toEqual([
      '243.25',
      '243.25',
      'CAD_BILLIONS',
      '(estimate("trump-total-2025") * fx("cadPerUsd")) / 1e9 - -0',
    ]);
  });

  it('gives outputs their reported value, and the rubric for an open question', () => {
    const w = workedAnswer(ex, 'canada-b');
    expect(w.kind === 'numeric' && w.tokens[0]).toMatchObject({ kind: 'output', name: 'canada_total_usd' });
    expect(w.kind === 'numeric' && w.tokens[0]?.kind === 'output' && w.tokens[0].value.toString()).toBe(
      '12474188453.8',
    );
    expect(workedAnswer(ex, 'open')).toEqual({
      kind: 'open',
      questionId: 'open',
      rubric: text('A good answer…'),
    });
  });
});

describe('properties', () => {
  const cents = fc.bigInt({ min: -(10n ** 14n), max: 10n ** 14n });
  const formats = ['en-CA', 'fr-CA', 'en-US'] as const;
  const marks = (locale: string) => numberMarks(locale.startsWith('fr') ? 'fr' : 'en');

  it('a number written by Intl in English or French (plain or as money) reads back exactly', () => {
    fc.assert(
      fc.property(cents, fc.constantFrom(...formats), fc.boolean(), (c, locale, money) => {
        const value = dec(c.toString()).div(100);
        const style = money ? { style: 'currency' as const, currency: 'CAD' } : {};
        const typed = new Intl.NumberFormat(locale, { minimumFractionDigits: 2, ...style }).format(
          Number(value.toFixed(2)),
        );
        const read = readTypedAnswer(typed, marks(locale));
        expect(read.ok && dec(read.value).eq(value), typed).toBe(true);
      }),
    );
  });

  it('the expected value rounded to the tolerance is correct; 10 tolerances away is incorrect', () => {
    const tolerance = fc.constantFrom('0.001', '0.01', '0.05', '0.1', '0.5', '1', '5');
    fc.assert(
      fc.property(
        cents,
        tolerance,
        fc.constantFrom<ToleranceKind>('absolute', 'relative'),
        (c, tol, kind) => {
          const value = dec(c.toString()).div(1000);
          if (value.isZero()) return;
          const q = exercise(numeric('p', value.toString(), { tolerance: tol, kind }));
          const w = workedAnswer(q, 'p');
          if (w.kind !== 'numeric') throw new Error('numeric');
          expect(checkAnswer(q, 'p', w.rounded.toString(), EN).status).toBe('correct');
          const away = dec(tol)
            .times(10)
            .times(kind === 'relative' ? value.abs() : 1);
          expect(checkAnswer(q, 'p', value.plus(away).toString(), EN).status).toBe('incorrect');
        },
      ),
    );
  });

  it('arbitrary typed text never throws', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), (typed) => {
        expect(['correct', 'incorrect', 'unparseable']).toContain(
          checkAnswer(ex, 'canada-b', typed, EN).status,
        );
      }),
    );
  });
});
