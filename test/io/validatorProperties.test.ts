import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  buildReport,
  CATALOG,
  computeScenario,
  CURRENCIES,
  Dec,
  DOLLARS,
  PROFILES,
  type Report,
} from '../../src/core';
import { parseScenarioDoc, parseScenarioText, type JsonObject, type ParseResult } from '../../src/io';

/** Decimal strings and numbers a file might hold: plain, exponent, signed, blank, or not numbers at all. */
const decimalish: fc.Arbitrary<unknown> = fc.oneof(
  fc.integer({ min: -1000, max: 1000 }).map(String),
  fc.tuple(fc.integer(), fc.integer({ min: -60, max: 60 })).map(([m, e]) => `${m}e${e}`),
  fc.double(),
  fc.constantFrom(
    '1e99999999999999999',
    '-1e99999999999999999',
    '1e-99999999999999999',
    '-0',
    '.5',
    '5.',
    ' 2 ',
    '',
    'NaN',
    'Infinity',
    '0x10',
    '1_000',
    '1,5',
  ),
);
const anyValue: fc.Arbitrary<unknown> = fc.oneof(fc.jsonValue(), decimalish);

const pctIn = (min: number, max: number) =>
  fc.integer({ min: min * 100, max: max * 100 }).map((n) => String(n / 100));
/** A document within every limit (a fixed share may still exceed the covered cost). */
const validDoc: fc.Arbitrary<JsonObject> = fc.record(
  {
    schemaVersion: fc.constant(1),
    id: fc.constantFrom('a', 'cbo-2025', 'x1'),
    name: fc.string({ minLength: 1, maxLength: 20 }),
    description: fc.string({ maxLength: 20 }),
    cost: fc.oneof(
      fc.record({ estimateId: fc.constantFrom(...CATALOG.map((e) => e.id)) }),
      fc.record({
        amount: fc.oneof(fc.integer({ min: 0, max: 1e14 }).map(String), fc.constant(1e14)),
        currency: fc.constantFrom(...CURRENCIES),
        dollarYear: fc.integer({ min: 1990, max: 2100 }),
        label: fc.string({ maxLength: 10 }),
      }),
    ),
    startYear: fc.integer({ min: 2000, max: 2100 }),
    years: fc.integer({ min: 1, max: 50 }),
    profile: fc.constantFrom(...PROFILES),
    costGrowthPct: pctIn(-100, 1000),
    inflationPct: pctIn(-10, 50),
    discountRatePct: pctIn(-10, 50),
    share: fc.oneof(
      fc.record({ rule: fc.constant('percent'), percent: pctIn(0, 100), coveredPct: pctIn(0, 100) }),
      fc.record({
        rule: fc.constantFrom('gdp', 'population', 'nws'),
        creditCad: fc.integer({ min: 0 }).map(String),
      }),
      fc.record({
        rule: fc.constant('fixed'),
        amount: fc.integer({ min: 0 }).map(String),
        currency: fc.constantFrom(...CURRENCIES),
      }),
    ),
    fx: fc.record({ cadPerUsd: pctIn(0.01, 100), usdPerGbp: pctIn(0.01, 100) }, { requiredKeys: [] }),
    context: fc.record(
      { canadaPopulation: fc.integer({ min: 1 }).map(String), usGdpUsd: pctIn(0.01, 1000) },
      { requiredKeys: [] },
    ),
  },
  { requiredKeys: ['schemaVersion', 'id', 'name', 'cost', 'share', 'startYear', 'years'] },
);

const FIELDS = [
  ['schemaVersion'],
  ['id'],
  ['name'],
  ['cost'],
  ['startYear'],
  ['years'],
  ['profile'],
  ['costGrowthPct'],
  ['inflationPct'],
  ['share'],
  ['fx'],
  ['context'],
  ['surprise'],
  ['cost', 'estimateId'],
  ['cost', 'amount'],
  ['cost', 'currency'],
  ['cost', 'dollarYear'],
  ['share', 'rule'],
  ['share', 'percent'],
  ['share', 'amount'],
  ['share', 'coveredPct'],
  ['share', 'creditCad'],
  ['fx', 'cadPerUsd'],
  ['context', 'canadaPopulation'],
  ['context', 'canadaGdpUsd'],
] as const;

/** Sets (or with `undefined`, deletes) one field of a copy of the document. */
function mutate(doc: JsonObject, path: readonly string[], value: unknown): JsonObject {
  const [head = '', ...rest] = path;
  const copy: JsonObject = { ...doc };
  if (rest.length === 0) {
    if (value === undefined) delete copy[head];
    else copy[head] = value;
    return copy;
  }
  const inner = copy[head];
  copy[head] = mutate(
    typeof inner === 'object' && inner !== null && !Array.isArray(inner) ? (inner as JsonObject) : {},
    rest,
    value,
  );
  return copy;
}

const mutation = fc.tuple(fc.constantFrom(...FIELDS), fc.option(anyValue, { nil: undefined }));
const nearValidDoc = fc
  .tuple(validDoc, fc.array(mutation, { minLength: 1, maxLength: 3 }))
  .map(([doc, ms]) => ms.reduce((d, [path, value]) => mutate(d, path, value), doc));

/** Every Dec in a report's rows and totals (the years and the peak year are plain numbers). */
const decsOf = (r: Report): Dec[] =>
  [
    ...r.rows.flatMap((row): unknown[] => Object.values(row)),
    ...(Object.values(r.totals) as unknown[]),
  ].filter((v): v is Dec => v instanceof Dec);

/** Accepted documents compute to finite numbers; refused ones come back with problems. Never throws. */
function checkOutcome(result: ParseResult): void {
  if (!result.ok) {
    expect(result.problems.length).toBeGreaterThan(0);
    for (const p of result.problems) {
      expect(typeof p.path).toBe('string');
      expect(p.message.length).toBeGreaterThan(0);
    }
    return;
  }
  const computed = computeScenario(result.scenario);
  for (const dollars of DOLLARS) {
    const decs = decsOf(buildReport(computed, dollars));
    expect(decs.length).toBeGreaterThan(0);
    expect(decs.every((d) => d.isFinite())).toBe(true);
  }
}

describe('properties', () => {
  it('any JSON value: accepted ones compute without NaN or Infinity, refused ones get problems', () => {
    fc.assert(fc.property(fc.jsonValue(), (doc) => checkOutcome(parseScenarioDoc(doc))));
  });

  it('any text: parseScenarioText never throws', () => {
    fc.assert(fc.property(fc.oneof(fc.string(), fc.json()), (text) => checkOutcome(parseScenarioText(text))));
  });

  it('documents within the limits are accepted, except a fixed share above the covered cost', () => {
    fc.assert(
      fc.property(validDoc, (doc) => {
        const result = parseScenarioDoc(doc);
        if (!result.ok) expect(result.problems.map((p) => p.path)).toEqual(['share.amount']);
        checkOutcome(result);
      }),
    );
  });

  it('near-valid documents with one to three fields changed, removed or added: never an exception', () => {
    fc.assert(
      fc.property(nearValidDoc, (doc) => checkOutcome(parseScenarioDoc(doc))),
      { numRuns: 500 },
    );
  });
});
