import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  buildReport,
  checkAnswer,
  computeScenario,
  evaluateAnswer,
  workedAnswer,
  SHARE_RULES,
  type Exercise,
  type Problem,
  type Scenario,
} from '../../src/core';
import {
  applyScenarioPatch,
  parseExerciseDoc,
  parseExerciseText,
  parseScenarioText,
  type JsonObject,
} from '../../src/io';
import { numberMarks } from '../../src/i18n';
import { estimateDoc } from './docs';

const EN = numberMarks('en');
const FR = numberMarks('fr');

const dir = fileURLToPath(new URL('../../scenarios/', import.meta.url));
const presetList: Scenario[] = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .map((f) => {
    const parsed = parseScenarioText(readFileSync(`${dir}${f}`, 'utf8'));
    if (!parsed.ok) throw new Error(`${f}: ${JSON.stringify(parsed.problems)}`);
    return parsed.scenario;
  });
const presets = (id: string) => presetList.find((p) => p.id === id);
const exerciseFiles = readdirSync(`${dir}exercises/`)
  .filter((f) => f.endsWith('.json'))
  .sort();

function load(file: string): Exercise {
  const parsed = parseExerciseText(readFileSync(`${dir}exercises/${file}`, 'utf8'), presets);
  if (!parsed.ok)
    throw new Error(`${file}: ${parsed.problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`);
  return parsed.exercise;
}
const value = (file: string, q: string) => evaluateAnswer(load(file), q)?.value;

describe('scenarios/exercises/*.json', () => {
  it('ships at least eight exercises, with every level and at least one open question', () => {
    expect(exerciseFiles.length).toBeGreaterThanOrEqual(8);
    const all = exerciseFiles.map(load);
    expect(new Set(all.map((e) => e.level))).toEqual(new Set(['intro', 'intermediate', 'advanced']));
    expect(all.some((e) => e.questions.some((q) => q.answer.kind === 'open'))).toBe(true);
  });

  describe.each(exerciseFiles)('%s', (file) => {
    it('is valid, named after its id, with 2–5 questions and every text in English and French', () => {
      const e = load(file);
      expect(`${e.id}.json`).toBe(file);
      expect(e.questions.length).toBeGreaterThanOrEqual(2);
      expect(e.questions.length).toBeLessThanOrEqual(5);
      const texts = [e.title, ...e.questions.flatMap((q) => [q.prompt, q.hint])];
      for (const t of texts) {
        expect(t.en.length).toBeGreaterThan(3);
        expect(t.fr.length).toBeGreaterThan(3);
        expect(t.fr).not.toBe(t.en);
      }
      expect(e.goals.fr).toHaveLength(e.goals.en.length);
    });

    it('computes every answer; the answer rounded to its tolerance is correct, 10 tolerances away is not', () => {
      const e = load(file);
      for (const q of e.questions) {
        const w = workedAnswer(e, q.id);
        if (w.kind === 'open') {
          expect(checkAnswer(e, q.id, 'anything', EN).status).toBe('open');
          expect(w.rubric.fr.length).toBeGreaterThan(20);
          continue;
        }
        expect(w.value.isZero(), `${q.id} has a non-zero answer`).toBe(false);
        expect(
          checkAnswer(e, q.id, w.rounded.toString(), EN).status,
          `${q.id}: ${w.rounded.toString()}`,
        ).toBe('correct');
        expect(checkAnswer(e, q.id, w.rounded.toString().replace('.', ','), FR).status).toBe('correct');
        const step = w.toleranceKind === 'absolute' ? w.tolerance : w.tolerance.times(w.value.abs());
        expect(checkAnswer(e, q.id, w.value.plus(step.times(10)).toString(), EN).status).toBe('incorrect');
        expect(checkAnswer(e, q.id, w.value.minus(step.times(10)).toString(), EN).status).toBe('incorrect');
      }
    });
  });
});

describe('shipped answers checked by hand', () => {
  it('currency-conversion: 175 × 1.39 = 243.25; 243 ÷ 175 = 1.389; 25 ÷ 1.3369 = 18.70; 12.4742 × 1.3755 = 17.16', () => {
    const f = 'currency-conversion.json';
    expect(value(f, 'usd-to-cad')?.toString()).toBe('243.25');
    expect(value(f, 'implied-rate')?.toFixed(3)).toBe('1.389');
    expect(value(f, 'pounds')?.toFixed(2)).toBe('18.70');
    expect(value(f, 'rate-moves')?.toFixed(2)).toBe('17.16');
  });

  it('misprint-524: 542 − 524 = 18 = 2 × 9, 0.9 a year over 20 years', () => {
    const f = 'misprint-524.json';
    expect(['difference', 'nine-check', 'per-year-gap'].map((q) => value(f, q)?.toString())).toEqual([
      '18',
      '2',
      '0.9',
    ]);
  });

  it('scope-and-period: 175 ÷ 3 = 58.33, 542 ÷ 20 = 27.10, ratio 2.15, 743 ÷ 1191 = 62.4 %, 3600 ÷ 20 = 180', () => {
    const f = 'scope-and-period.json';
    expect(value(f, 'per-year-175')?.toFixed(2)).toBe('58.33');
    expect(value(f, 'per-year-542')?.toFixed(2)).toBe('27.10');
    expect(value(f, 'per-year-ratio')?.toFixed(2)).toBe('2.15');
    expect(value(f, 'layer-share')?.toFixed(1)).toBe('62.4');
    expect(value(f, 'aei-per-year')?.toString()).toBe('180');
  });

  it('share-rules: GDP 7.13 % → 12.47B; population → 19.04B; 40 % → 70B; 40 ÷ 7.128 = 5.61', () => {
    const f = 'share-rules.json';
    expect(
      ['gdp-share', 'gdp-total', 'population-total', 'nws-total', 'nws-vs-gdp'].map((q) =>
        value(f, q)?.toFixed(2),
      ),
    ).toEqual(['7.13', '12.47', '19.04', '70.00', '5.61']);
  });

  it('asks-61-71: 61 ÷ 175 = 34.86 %, 71 ÷ 175 = 40.57 %, 61 ÷ 542 = 11.25 %, 71 ÷ 1191 = 5.96 %, 61 − 12.47 = 48.53', () => {
    const f = 'asks-61-71.json';
    expect(
      ['share-61', 'share-71', 'share-of-542', 'share-of-1191', 'gap-to-gdp'].map((q) =>
        value(f, q)?.toFixed(2),
      ),
    ).toEqual(['34.86', '40.57', '11.25', '5.96', '48.53']);
  });

  it('nunn-mccurdy: (185 − 175) ÷ 175 = 5.71 %; 175 × 1.15 = 201.25; 201.25 − 185 = 16.25; 12.474 × 1.25 = 15.59', () => {
    const f = 'nunn-mccurdy.json';
    expect(
      ['dod-growth', 'significant-line', 'room-left', 'critical-canada', 'critical-extra'].map((q) =>
        value(f, q)?.toFixed(2),
      ),
    ).toEqual(['5.71', '201.25', '16.25', '15.59', '3.12']);
  });

  it('inflation: 542 constant; nominal 27.1 × (1.02 + … + 1.02^20) = 671.63; at 3 %, 750.03', () => {
    const f = 'inflation-constant-dollars.json';
    expect(
      ['constant-total', 'nominal-total', 'inflation-adds', 'three-percent'].map((q) =>
        value(f, q)?.toFixed(2),
      ),
    ).toEqual(['542.00', '671.63', '129.63', '750.03']);
  });

  it('per-person: C$17.34B ÷ 41,528,680 = C$417.52; population rule C$637.38; 9.22 % of the defence budget a year', () => {
    const f = 'per-person.json';
    expect(
      ['canada-total-cad', 'per-person', 'population-rule', 'defence-budget'].map((q) =>
        value(f, q)?.toFixed(2),
      ),
    ).toEqual(['17.34', '417.52', '637.38', '9.22']);
  });

  // Worked by hand: 2,240 × 1.0404² = 2,424.6480384 (US$ billions); × 1.39 = 3,370.260773376 (C$ billions);
  // × 2.15 % = 72.460606627584 exactly. Canada's C$5.7797B in 2026 is 7.98 % of it; the new money is
  // 72.46 − 62.7 = 9.76, and Golden Dome takes 5.78 ÷ 9.76 = 59.2 % of it.
  it('budget-path: 2,240 × 1.0404² × 1.39 × 2.15 % = 72.460606627584; 7.98 %; 9.76; 59.21 %', () => {
    const f = 'budget-path.json';
    expect(value(f, 'budget-2026')?.toString()).toBe('72.460606627584');
    expect(
      ['dome-share-2026', 'new-money-2026', 'share-of-new-money-2026'].map((q) => value(f, q)?.toFixed(2)),
    ).toEqual(['7.98', '9.76', '59.21']);
  });

  it('budget-path: the shares are the years table’s 2026 row (the report, to 4 places)', () => {
    const e = load('budget-path.json');
    const row = buildReport(computeScenario(e.scenario), 'nominal').rows.find((r) => r.year === 2026);
    const pct = (q: string) => evaluateAnswer(e, q)?.value.toDecimalPlaces(4).toString();
    expect(pct('dome-share-2026')).toBe(row?.canadaPctOfDefenceBudget.toString());
    expect(pct('share-of-new-money-2026')).toBe(row?.canadaPctOfPledgeGap?.toString());
  });

  // Worked by hand: the pledge rises 3.5 − 2 = 1.5 points over 2025–2035, so 2030 is 2 + 1.5 × 5 ÷ 10 = 2.75 %;
  // reaching 3.5 % in 2030 instead, 2028 is 2 + 1.5 × 3 ÷ 5 = 2.9 %. 3.5 % of 2,240 × 1.0404^11 × 1.39 = 168.47.
  it('nato-pledge: 2 + 1.5 × 5 ÷ 10 = 2.75 %; 2 + 1.5 × 3 ÷ 5 = 2.9 %; 168.47; 1.94 %', () => {
    const f = 'nato-pledge.json';
    expect(value(f, 'pledge-2030')?.toString()).toBe('2.75');
    expect(value(f, 'faster-2028')?.toString()).toBe('2.9');
    expect(['budget-2035', 'dome-share-2035'].map((q) => value(f, q)?.toFixed(2))).toEqual([
      '168.47',
      '1.94',
    ]);
  });

  it('fair-split: the C$38.6B NORAD credit is exactly the gap between the two totals', () => {
    const [withCredit, without] = [
      value('fair-split.json', 'with-credit'),
      value('fair-split.json', 'without-credit'),
    ];
    expect(without?.minus(withCredit ?? 0).toString()).toBe('38.6');
  });
});

/** A small valid exercise document (Trump's US$175B split by GDP), to be broken by each test. */
function doc(over: JsonObject = {}): JsonObject {
  return {
    schemaVersion: 1,
    kind: 'exercise',
    id: 'test-exercise',
    level: 'intro',
    title: { en: 'Title', fr: 'Titre' },
    goals: { en: ['A goal'], fr: ['Un objectif'] },
    presetId: 'trump-175-gdp',
    questions: [
      {
        id: 'total',
        prompt: { en: 'How much?', fr: 'Combien?' },
        hint: { en: 'Read it.', fr: 'Lisez-le.' },
        answer: { expr: 'canada_total_usd / 1e9', unit: 'USD_BILLIONS', tolerance: '0.01' },
      },
      {
        id: 'why',
        prompt: { en: 'Why?', fr: 'Pourquoi?' },
        hint: { en: 'Think.', fr: 'Réfléchissez.' },
        answer: { open: true, rubric: { en: 'Reasons.', fr: 'Des raisons.' } },
      },
    ],
    ...over,
  };
}
const question = (i: number, over: JsonObject): JsonObject => {
  const questions = (doc()['questions'] as JsonObject[]).slice();
  questions[i] = { ...questions[i], ...over };
  return doc({ questions });
};
const answerOf = (): JsonObject => ({
  expr: 'canada_total_usd / 1e9',
  unit: 'USD_BILLIONS',
  tolerance: '0.01',
});
const numericQ = (answer: JsonObject, extra: JsonObject = {}) =>
  question(0, { answer: { unit: 'USD_BILLIONS', tolerance: '0.01', ...answer }, ...extra });

function problemsOf(input: unknown): Problem[] {
  const r = typeof input === 'string' ? parseExerciseText(input, presets) : parseExerciseDoc(input, presets);
  if (r.ok) throw new Error('expected the exercise to be refused');
  return r.problems;
}

describe('parseExerciseDoc', () => {
  it('reads a valid document; a question without `with` shares the starting scenario', () => {
    const r = parseExerciseDoc(doc(), presets);
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    expect(r.exercise.presetId).toBe('trump-175-gdp');
    expect(r.exercise.questions[0]?.scenario).toBe(r.exercise.scenario);
    expect(r.exercise.questions[0]?.answer).toMatchObject({ kind: 'numeric', toleranceKind: 'absolute' });
    expect(evaluateAnswer(r.exercise, 'total')?.value.toString()).toBe('12.4741884538');
  });

  it('accepts an inline scenario instead of a preset', () => {
    const r = parseExerciseDoc(
      doc({ presetId: undefined, scenario: estimateDoc({ share: { rule: 'nws' } }) }),
      presets,
    );
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    expect(r.exercise.presetId).toBeUndefined();
    expect(evaluateAnswer(r.exercise, 'total')?.value.toString()).toBe('70');
  });

  it('reads the figures a question states rounded, when its prompt or hint writes them in both languages', () => {
    const prompt = { en: 'At about 7.1%, how much?', fr: 'À environ 7,1 %, combien?' };
    const stated = { 'rule_share_pct("gdp")': '7.1' };
    const r = parseExerciseDoc(question(0, { prompt, answer: { ...answerOf(), stated } }), presets);
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    expect(r.exercise.questions[0]?.answer).toMatchObject({ stated: [{ fn: 'rule_share_pct', arg: 'gdp' }] });
    // 175 × 7.1 % = 12.425 is accepted as well as the exact 12.47.
    expect(checkAnswer(r.exercise, 'total', '12.43', EN).status).toBe('correct');
    expect(checkAnswer(r.exercise, 'total', '12.47', EN).status).toBe('correct');
    expect(checkAnswer(r.exercise, 'total', '12.45', EN).status).toBe('incorrect');
    // A figure the texts do not write, or a name that is not a stated figure, is refused.
    expect(
      problemsOf(
        question(0, { prompt, answer: { ...answerOf(), stated: { 'rule_share_pct("gdp")': '7.2' } } }),
      ),
    ).toEqual([
      {
        path: 'questions.0.answer.stated.rule_share_pct("gdp")',
        message: '7.2 is not written in the en prompt or hint',
      },
      {
        path: 'questions.0.answer.stated.rule_share_pct("gdp")',
        message: '7.2 is not written in the fr prompt or hint',
      },
    ]);
    expect(
      problemsOf(question(0, { prompt, answer: { ...answerOf(), stated: { canada_total_usd: '7.1' } } }))[0]
        ?.path,
    ).toBe('questions.0.answer.stated.canada_total_usd');
  });

  it('applies a question’s `with` patch to its own scenario only', () => {
    const r = parseExerciseDoc(question(0, { with: { share: { rule: 'population' } } }), presets);
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    expect(r.exercise.questions[0]?.scenario.share.rule).toBe('population');
    expect(r.exercise.questions[0]?.patch).toEqual({ share: { rule: 'population' } });
    expect(r.exercise.scenario.share.rule).toBe('gdp');
    expect(evaluateAnswer(r.exercise, 'total')?.value.toFixed(2)).toBe('19.04');
  });

  it.each<[string, unknown, string, string]>([
    ['not JSON', '{ "kind": ', '', 'not valid JSON'],
    ['an array', [], '', 'an exercise must be a JSON object'],
    ['a scenario file', estimateDoc(), 'kind', 'must be "exercise", got undefined'],
    [
      'no schemaVersion',
      doc({ schemaVersion: undefined }),
      'schemaVersion',
      'missing: add "schemaVersion": 1',
    ],
    [
      'a newer version',
      doc({ schemaVersion: 2 }),
      'schemaVersion',
      'version 2 is newer than this app understands (1)',
    ],
    ['version "1"', doc({ schemaVersion: '1' }), 'schemaVersion', 'must be 1, got "1"'],
    [
      'missing French title',
      doc({ title: { en: 'Title' } }),
      'title.fr',
      'missing: every text needs both "en" and "fr"',
    ],
    [
      'empty French hint',
      question(0, { hint: { en: 'x', fr: ' ' } }),
      'questions.0.hint.fr',
      'must not be empty',
    ],
    ['missing French goals', doc({ goals: { en: ['A goal'] } }), 'goals.fr', 'must be a list of texts'],
    [
      'goals not matching',
      doc({ goals: { en: ['a', 'b'], fr: ['a'] } }),
      'goals.fr',
      'has 1 goals, "en" has 2',
    ],
    [
      'unknown presetId',
      doc({ presetId: 'no-such-preset' }),
      'presetId',
      'unknown preset "no-such-preset" (no such file in scenarios/)',
    ],
    [
      'both preset and scenario',
      doc({ scenario: estimateDoc() }),
      'presetId',
      'give either presetId or an inline scenario, not both or neither',
    ],
    [
      'neither preset nor scenario',
      doc({ presetId: undefined }),
      'presetId',
      'give either presetId or an inline scenario',
    ],
    ['bad level', doc({ level: 'expert' }), 'level', 'must be one of intro, intermediate, advanced'],
    [
      'bad unit',
      numericQ({ expr: '1', unit: 'EUR' }),
      'questions.0.answer.unit',
      'must be one of CAD_BILLIONS, USD_BILLIONS, CAD, USD, PCT, YEARS, NUMBER',
    ],
    [
      'zero tolerance',
      numericQ({ expr: '1', tolerance: '0' }),
      'questions.0.answer.tolerance',
      'must be more than 0, got 0',
    ],
    [
      'bad toleranceKind',
      numericQ({ expr: '1', toleranceKind: 'percent' }),
      'questions.0.answer.toleranceKind',
      'must be one of absolute, relative',
    ],
    ['no expr', numericQ({}), 'questions.0.answer.expr', 'required (or make the question open'],
    [
      'open with expr',
      question(1, { answer: { open: true, rubric: { en: 'a', fr: 'b' }, expr: '1' } }),
      'questions.1.answer.expr',
      'an open question has a rubric, not an expression',
    ],
    [
      'open without rubric',
      question(1, { answer: { open: true } }),
      'questions.1.answer.rubric',
      'an open question needs a rubric',
    ],
    [
      'unknown output',
      numericQ({ expr: 'canada_totl / 1e9' }),
      'questions.0.answer.expr',
      'unknown output "canada_totl" at 1',
    ],
    [
      'unknown estimate',
      numericQ({ expr: '1 + estimate("x")' }),
      'questions.0.answer.expr',
      'unknown estimate id "x" at 14',
    ],
    [
      'syntax error',
      numericQ({ expr: '(1 + 2' }),
      'questions.0.answer.expr',
      'expected ")" to close the "(" opened at 1, found the end of the expression at 7',
    ],
    [
      'division by zero',
      numericQ({ expr: 'canada_total_usd / (year_count - 3)' }),
      'questions.0.answer.expr',
      'division by zero at 18',
    ],
    [
      'duplicate question id',
      question(1, { id: 'total' }),
      'questions.1.id',
      '"total" is used by another question',
    ],
    ['unknown field', doc({ extra: 1 }), 'extra', 'unknown field "extra"'],
    [
      'bad patch rule',
      question(0, { with: { share: { rule: 'half' } } }),
      'questions.0.with.share.rule',
      `rule must be one of ${SHARE_RULES.join(', ')}`,
    ],
    [
      'patch typo',
      question(0, { with: { inflation: '2' } }),
      'questions.0.with.inflation',
      'unknown field "inflation"',
    ],
    [
      'patch too big',
      question(0, { with: { share: { rule: 'fixed', amount: '200000000000', currency: 'USD' } } }),
      'questions.0.with.share.amount',
      'is more than the covered cost',
    ],
    [
      'patch of version',
      question(0, { with: { schemaVersion: 1 } }),
      'questions.0.with.schemaVersion',
      'cannot be changed by a question',
    ],
    [
      'bad inline scenario',
      doc({ presetId: undefined, scenario: estimateDoc({ years: 0 }) }),
      'scenario.years',
      'must be at least 1',
    ],
  ])('%s: %s', (_name, input, path, message) => {
    const problems = problemsOf(input);
    expect(problems.map((p) => p.path)).toContain(path);
    expect(problems.find((p) => p.path === path)?.message).toContain(message);
  });

  it('reports every bad question at once', () => {
    const questions = (doc()['questions'] as JsonObject[]).map((q) => ({
      ...q,
      answer: { expr: 'nope', unit: 'PCT', tolerance: '1' },
    }));
    expect(problemsOf(doc({ questions })).map((p) => `${p.path}: ${p.message}`)).toEqual([
      'questions.0.answer.expr: unknown output "nope" at 1',
      'questions.1.answer.expr: unknown output "nope" at 1',
    ]);
  });
});

describe('applyScenarioPatch', () => {
  const base: JsonObject = {
    id: 'x',
    cost: { estimateId: 'trump-total-2025' },
    share: { rule: 'fixed', amount: '61', currency: 'USD', coveredPct: '100', creditCad: '0' },
    fx: { cadPerUsd: '1.39', usdPerGbp: '1.3369' },
  };

  it('merges objects key by key', () => {
    expect(applyScenarioPatch(base, { fx: { cadPerUsd: '1.3755' } })['fx']).toEqual({
      cadPerUsd: '1.3755',
      usdPerGbp: '1.3369',
    });
    expect(applyScenarioPatch(base, { share: { amount: '71' } })['share']).toEqual({
      ...(base['share'] as JsonObject),
      amount: '71',
    });
  });

  it('replaces the share when the rule changes, keeping coveredPct and creditCad', () => {
    expect(applyScenarioPatch(base, { share: { rule: 'population' } })['share']).toEqual({
      rule: 'population',
      coveredPct: '100',
      creditCad: '0',
    });
  });

  it('replaces the whole cost, and removes a key set to null', () => {
    const custom = { amount: '5', currency: 'CAD', dollarYear: 2025 };
    expect(applyScenarioPatch(base, { cost: custom })['cost']).toEqual(custom);
    expect('fx' in applyScenarioPatch(base, { fx: null })).toBe(false);
  });

  it('leaves the base document as it was', () => {
    const copy = JSON.parse(JSON.stringify(base)) as JsonObject;
    applyScenarioPatch(base, { share: { rule: 'gdp' }, fx: { cadPerUsd: '2' } });
    expect(base).toEqual(copy);
  });
});
