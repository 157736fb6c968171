import { describe, expect, it } from 'vitest';
import { buildReport, computeScenario, SHARE_RULES, type Problem } from '../../src/core';
import {
  parseScenarioDoc,
  parseScenarioText,
  scenarioToDoc,
  scenarioToText,
  type JsonObject,
} from '../../src/io';
import { customDoc, estimateDoc } from './docs';

function problemsOf(doc: unknown): Problem[] {
  const r = typeof doc === 'string' ? parseScenarioText(doc) : parseScenarioDoc(doc);
  if (r.ok) throw new Error('expected the document to be refused');
  return r.problems;
}
const withShare = (share: JsonObject) => estimateDoc({ share });

describe('bad files: each problem names the field path and what is wrong', () => {
  it.each<[string, unknown, string, string]>([
    ['not JSON', '{ "schemaVersion": 1, ', '', 'not valid JSON'],
    ['years as "abc"', estimateDoc({ years: 'abc' }), 'years', 'must be a whole number'],
    ['years 2.5', estimateDoc({ years: 2.5 }), 'years', 'must be a whole number'],
    ['years 0', estimateDoc({ years: 0 }), 'years', 'must be at least 1'],
    ['years 51', estimateDoc({ years: 51 }), 'years', 'must be at most 50'],
    [
      'unknown estimate id',
      estimateDoc({ cost: { estimateId: 'cbo-2099' } }),
      'cost.estimateId',
      'unknown estimate id "cbo-2099"',
    ],
    [
      'share percent 101',
      withShare({ rule: 'percent', percent: '101' }),
      'share.percent',
      'must be at most 100, got 101',
    ],
    [
      'coveredPct -1',
      withShare({ rule: 'gdp', coveredPct: -1 }),
      'share.coveredPct',
      'must be at least 0, got -1',
    ],
    [
      'fixed share above the covered cost',
      withShare({ rule: 'fixed', amount: '176000000000', currency: 'USD' }),
      'share.amount',
      'fixed share US$176000000000.00 is more than the covered cost US$175000000000.00',
    ],
    [
      'negative custom amount',
      customDoc({ cost: { amount: '-5', currency: 'USD', dollarYear: 2025 } }),
      'cost.amount',
      'must be at least 0, got -5',
    ],
    [
      'negative credit',
      withShare({ rule: 'gdp', creditCad: '-38600000000' }),
      'share.creditCad',
      'must be at least 0',
    ],
    [
      'negative fixed amount',
      withShare({ rule: 'fixed', amount: '-1', currency: 'USD' }),
      'share.amount',
      'must be at least 0',
    ],
    [
      'newer schemaVersion',
      estimateDoc({ schemaVersion: 5 }),
      'schemaVersion',
      'version 5 is newer than this app understands',
    ],
    [
      'missing schemaVersion',
      { id: 'x', name: 'X', cost: { estimateId: 'trump-total-2025' }, share: { rule: 'gdp' } },
      'schemaVersion',
      'missing',
    ],
    ['unknown top-level field', estimateDoc({ inflation: '2' }), 'inflation', 'unknown field "inflation"'],
    [
      'unknown share field',
      withShare({ rule: 'gdp', percent: '10' }),
      'share.percent',
      'unknown field "percent"',
    ],
    [
      'unknown share rule',
      withShare({ rule: 'half' }),
      'share.rule',
      `rule must be one of ${SHARE_RULES.join(', ')}`,
    ],
    [
      'unknown currency',
      customDoc({ cost: { amount: '5', currency: 'EUR', dollarYear: 2025 } }),
      'cost.currency',
      'must be one of USD, CAD, GBP',
    ],
    [
      'a decimal that is not a number',
      estimateDoc({ inflationPct: '2%' }),
      'inflationPct',
      'must be a decimal number such as "1.39", got "2%"',
    ],
    [
      'an exponent too large for any number',
      estimateDoc({ inflationPct: '1e99999999999999999' }),
      'inflationPct',
      'must be a finite decimal number',
    ],
    [
      'a zero population',
      estimateDoc({ context: { canadaPopulation: '0' } }),
      'context.canadaPopulation',
      'must be at least 1',
    ],
    [
      'an id that cannot name a file',
      estimateDoc({ id: 'My Scenario' }),
      'id',
      'lowercase letters, digits and dashes',
    ],
    [
      'both an estimate and an amount',
      estimateDoc({ cost: { estimateId: 'trump-total-2025', amount: '5' } }),
      'cost.amount',
      'give either estimateId or a custom amount',
    ],
    [
      'a custom amount without its period',
      customDoc({ startYear: undefined }),
      'startYear',
      'required for a custom amount',
    ],
    ['a document that is not an object', '[1, 2]', '', 'must be a JSON object'],
    [
      'a fixed amount in unknown dollars',
      estimateDoc({ share: { rule: 'fixed', amount: '1', currency: 'USD', amountDollars: 'real' } }),
      'share.amountDollars',
      'must be one of nominal, constant',
    ],
    [
      'a credit in unknown dollars',
      estimateDoc({ share: { rule: 'gdp', creditDollars: 2025 } }),
      'share.creditDollars',
      'must be one of nominal, constant',
    ],
  ])('%s', (_label, doc, path, fragment) => {
    const problems = problemsOf(doc);
    expect(problems.map((p) => p.path)).toContain(path);
    expect(problems.find((p) => p.path === path)?.message).toContain(fragment);
  });

  it('reports every problem in a file, not just the first', () => {
    const paths = problemsOf(estimateDoc({ years: 0, profile: 'zigzag', inflationPct: 'x' })).map(
      (p) => p.path,
    );
    expect(paths.sort()).toEqual(['inflationPct', 'profile', 'years']);
  });
});

describe('good files', () => {
  it('fills the defaults: the estimate’s own period, even profile, no growth, 100 % covered, 1.39 CAD/USD', () => {
    const r = parseScenarioDoc(estimateDoc());
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    const s = r.scenario;
    expect([s.startYear, s.years, s.profile, s.description]).toEqual([2026, 3, 'even', '']);
    expect(
      [s.costGrowthPct, s.inflationPct, s.discountRatePct, s.share.coveredPct, s.share.creditCad].map(String),
    ).toEqual(['0', '0', '0', '100', '0']);
    expect([
      s.fx.cadPerUsd.toString(),
      s.fx.usdPerGbp.toString(),
      s.context.canadaPopulation.toString(),
    ]).toEqual(['1.39', '1.3369', '41528680']);
  });

  it('accepts plain JSON numbers for decimals and a leading BOM', () => {
    const text = `\uFEFF${JSON.stringify(estimateDoc({ inflationPct: 2.5, fx: { cadPerUsd: 1.4 } }))}`;
    const r = parseScenarioText(text);
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    expect([r.scenario.inflationPct.toString(), r.scenario.fx.cadPerUsd.toString()]).toEqual(['2.5', '1.4']);
  });

  it('writes every field out and reads it back to the same scenario', () => {
    const r = parseScenarioDoc(
      customDoc({
        profile: 'bell',
        inflationPct: '2',
        share: { rule: 'fixed', amount: '100000000', currency: 'CAD', creditCad: '5' },
      }),
    );
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    const again = parseScenarioText(scenarioToText(r.scenario));
    if (!again.ok) throw new Error(JSON.stringify(again.problems));
    expect(scenarioToDoc(again.scenario)).toEqual(scenarioToDoc(r.scenario));
    expect(scenarioToDoc(r.scenario)['share']).toEqual({
      rule: 'fixed',
      amount: '100000000',
      currency: 'CAD',
      coveredPct: '100',
      creditCad: '5',
    });
  });
});

describe('the land-area rule and the land areas in a scenario file', () => {
  it('reads rule "area" with no land areas: the sourced defaults, 8,788,702.80 ÷ 17,936,295.87 = 48.9995 %', () => {
    const r = parseScenarioDoc(estimateDoc({ share: { rule: 'area' } }));
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    expect(r.scenario.share.rule).toBe('area');
    expect(r.scenario.context.canadaLandAreaKm2.toFixed(2)).toBe('8788702.80');
    expect(r.scenario.context.usLandAreaKm2.toFixed(2)).toBe('9147593.07');
    const totals = buildReport(computeScenario(r.scenario), 'nominal').totals;
    expect(totals.canadaSharePct.toFixed(4)).toBe('48.9995');
  });

  it('reads the scenario’s own land areas: 1 ÷ (1 + 3) = 25 %, and writes them back', () => {
    const r = parseScenarioDoc(
      customDoc({ share: { rule: 'area' }, context: { canadaLandAreaKm2: '1', usLandAreaKm2: 3 } }),
    );
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    const totals = buildReport(computeScenario(r.scenario), 'nominal').totals;
    expect([totals.canadaSharePct.toFixed(4), totals.canadaUsd.toFixed(2)]).toEqual([
      '25.0000',
      '750000000.00',
    ]);
    const context = scenarioToDoc(r.scenario)['context'] as JsonObject;
    expect([context['canadaLandAreaKm2'], context['usLandAreaKm2']]).toEqual(['1', '3']);
  });

  it('refuses a land area of zero or less (each only enters a ratio: any positive area)', () => {
    expect(problemsOf(estimateDoc({ context: { usLandAreaKm2: '0' } }))).toEqual([
      { path: 'context.usLandAreaKm2', message: 'must be more than 0, got 0' },
    ]);
  });

  it('an older file (schema version 1, no land areas, another rule) reads as before', () => {
    const r = parseScenarioDoc(estimateDoc());
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    expect(buildReport(computeScenario(r.scenario), 'nominal').totals.canadaSharePct.toFixed(4)).toBe(
      '7.1281',
    );
  });
});
