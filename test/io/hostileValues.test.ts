import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeScenario, UNSAFE_CHARS } from '../../src/core';
import {
  parseExerciseText,
  parseScenarioDoc,
  parseScenarioText,
  summaryCsv,
  type JsonObject,
  type ParseResult,
} from '../../src/io';
import { customDoc, estimateDoc } from './docs';

function problems(result: ParseResult): string[] {
  if (result.ok) throw new Error('expected the file to be refused');
  return result.problems.map((p) => `${p.path}: ${p.message}`);
}
const refused = (doc: JsonObject) => problems(parseScenarioDoc(doc));

describe('a bad value is quoted at most 80 characters', () => {
  it('a 50 MB bad decimal: one short line with its length', () => {
    const [line, ...rest] = refused(estimateDoc({ inflationPct: `${'1'.repeat(52_428_799)}x` }));
    expect(rest).toEqual([]);
    expect(line).toBe(
      `inflationPct: too long for a decimal number (at most 100 characters), got "${'1'.repeat(80)}…" (52,428,800 characters)`,
    );
  });

  it('an unknown field named by 1 MB of text', () => {
    const [line] = refused(estimateDoc({ ['k'.repeat(1_000_000)]: 1 }));
    expect(line?.length).toBeLessThan(250);
    expect(line).toContain('unknown field "kkk');
    expect(line).toContain('(1,000,000 characters)');
  });

  it('an unknown estimate id of 500 KB', () => {
    const [line] = refused(estimateDoc({ cost: { estimateId: 'e'.repeat(500_000) } }));
    expect(line?.length).toBeLessThan(250);
    expect(line).toMatch(/^cost\.estimateId: unknown estimate id "e{80}…" \(500,000 characters\)/);
  });

  it('100,000 unknown fields: 20 of them and a count of the rest', () => {
    const extra = Object.fromEntries(Array.from({ length: 100_000 }, (_, i) => [`f${i}`, 1]));
    const lines = refused(estimateDoc(extra));
    expect(lines).toHaveLength(21);
    expect(lines[0]).toBe('f0: unknown field "f0"');
    expect(lines[20]).toBe(': and 99,980 more problems');
  });

  it('a field name with terminal control characters is escaped', () => {
    const [line] = refused(estimateDoc({ '\u001b[2K\u001b[1A13 files valid\u202E': 1 }));
    expect(line).toBe(
      '\\u001b[2K\\u001b[1A13 files valid\\u202e: unknown field "\\u001b[2K\\u001b[1A13 files valid\\u202e"',
    );
  });
});

describe('text over its limit says so', () => {
  it.each([
    ['name', estimateDoc({ name: 'n'.repeat(201) }), 'name: too long (at most 200 characters)'],
    [
      'description',
      estimateDoc({ description: 'd'.repeat(500_000) }),
      'description: too long (at most 2,000 characters)',
    ],
    [
      'cost.label',
      customDoc({ cost: { amount: '1', currency: 'USD', dollarYear: 2026, label: 'l'.repeat(201) } }),
      'cost.label: too long (at most 200 characters)',
    ],
    [
      'fr.name',
      estimateDoc({ fr: { name: 'n'.repeat(201), description: '' } }),
      'fr.name: too long (at most 200 characters)',
    ],
  ])('%s', (_field, doc, line) => {
    expect(refused(doc)).toEqual([line]);
  });

  it('text that is not text still says "must be text"', () => {
    expect(refused(estimateDoc({ name: 5 }))).toEqual(['name: must be text']);
  });
});

describe('decimals within limits, echoed in plain notation', () => {
  it.each([
    ['1e-999999', '1e-999999', 'inflationPct: has more than 50 decimal places, got 1e-999999'],
    [
      '200,000 digits',
      '1'.repeat(200_000),
      'inflationPct: too long for a decimal number (at most 100 characters)',
    ],
    ['41 significant digits', `1.${'1'.repeat(40)}`, 'inflationPct: has more than 40 significant digits'],
    ['1e999999', '1e999999', 'inflationPct: must be at most 50, got 1e999999'],
  ])('%s is refused in one short line', (_label, value, start) => {
    const lines = refused(estimateDoc({ inflationPct: value }));
    expect(lines).toHaveLength(1);
    expect(lines[0]?.startsWith(start)).toBe(true);
    expect(lines[0]?.length).toBeLessThan(250);
  });

  it('accepts 40 significant digits and 50 decimal places', () => {
    expect(parseScenarioDoc(estimateDoc({ inflationPct: `1.${'1'.repeat(39)}` })).ok).toBe(true);
    expect(parseScenarioDoc(estimateDoc({ inflationPct: `0.${'0'.repeat(49)}1` })).ok).toBe(true);
  });

  it('summary.csv writes 1e-50 and 2.5e1 in plain notation', () => {
    const parsed = parseScenarioDoc(
      estimateDoc({ inflationPct: '1e-50', costGrowthPct: '2.5e1', fx: { cadPerUsd: '1.390' } }),
    );
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    const row = summaryCsv([computeScenario(parsed.scenario)]).split('\r\n')[1] ?? '';
    expect(row).toContain(`,25,0.${'0'.repeat(49)}1,0,gdp,`);
    expect(row).toContain(',100,1.39,');
    expect(row).not.toMatch(/e-?\d/);
  });
});

describe('version 1 and ranges', () => {
  const ranges = { costGrowthPct: { low: '0', high: '46', distribution: 'uniform' } };
  it('refuses ranges in a version-1 file, as scenarios/README.md says', () => {
    expect(refused(estimateDoc({ ranges }))).toEqual([
      'ranges: a version-1 file has no ranges: give "schemaVersion": 2 to use them',
    ]);
  });
  it('reads them in a version-2 file', () => {
    expect(parseScenarioDoc(estimateDoc({ schemaVersion: 2, ranges })).ok).toBe(true);
  });
});

describe('keys that name a prototype', () => {
  const start = parseScenarioDoc(estimateDoc({ id: 'trump-175-gdp' }));
  const preset = (id: string) => (start.ok && id === start.scenario.id ? start.scenario : undefined);
  const exercise = (patch: string) => `{
    "schemaVersion": 1, "kind": "exercise", "id": "x", "level": "intro",
    "title": { "en": "T", "fr": "T" }, "goals": { "en": ["g"], "fr": ["g"] }, "presetId": "trump-175-gdp",
    "questions": [{ "id": "q", "prompt": { "en": "p", "fr": "p" }, "hint": { "en": "h", "fr": "h" },
      "answer": { "expr": "year_count", "unit": "YEARS", "tolerance": "0.5" }, "with": ${patch} }]
  }`;

  it.each(['__proto__', 'constructor', 'toString', 'hasOwnProperty'])(
    'an exercise `with` key %s is refused like any unknown key',
    (key) => {
      const parsed = parseExerciseText(exercise(`{ "${key}": { "years": 2 } }`), preset);
      expect(parsed.ok ? [] : parsed.problems).toEqual([
        { path: `questions.0.with.${key}`, message: `unknown field "${key}"` },
      ]);
    },
  );

  it('a scenario file with a __proto__ key is refused like any unknown key', () => {
    expect(
      problems(parseScenarioText(`{"__proto__": {"years": 2}, ${JSON.stringify(estimateDoc()).slice(1)}`)),
    ).toEqual(['__proto__: unknown field "__proto__"']);
  });
});

describe('properties', () => {
  const FIELDS = [
    'id',
    'name',
    'description',
    'profile',
    'inflationPct',
    'costGrowthPct',
    'years',
    'schemaVersion',
  ];
  const hostileText = fc.oneof(
    fc.string({ unit: 'binary', maxLength: 50 }),
    fc
      .tuple(fc.string({ unit: 'binary', minLength: 1, maxLength: 3 }), fc.integer({ min: 100, max: 5000 }))
      .map(([s, n]) => s.repeat(n)),
  );
  const hostileValue = fc.oneof(hostileText, fc.jsonValue({ maxDepth: 3 }), fc.double());

  it('whatever a file holds, every problem is one line of at most 400 characters with nothing unsafe', () => {
    fc.assert(
      fc.property(
        fc.dictionary(fc.oneof(fc.constantFrom(...FIELDS), hostileText), hostileValue, { maxKeys: 30 }),
        fc.dictionary(fc.constantFrom('rule', 'percent', 'coveredPct'), hostileValue, { maxKeys: 3 }),
        (over, share) => {
          const result = parseScenarioDoc(estimateDoc({ ...over, share: { rule: 'gdp', ...share } }));
          const lines = result.ok ? [] : result.problems.map((p) => `${p.path}: ${p.message}`);
          expect(lines.length).toBeLessThanOrEqual(21);
          for (const line of lines) {
            expect(line.length).toBeLessThanOrEqual(400);
            expect(line.match(UNSAFE_CHARS)).toBeNull();
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});
