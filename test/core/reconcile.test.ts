import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  dec,
  defaultContext,
  defaultFx,
  findEstimate,
  reconcile,
  RECONCILIATION_IDS,
  type Dec,
  type ReconcileStep,
  type Reconciliation,
} from '../../src/core';

const all = reconcile(defaultFx(), defaultContext());
const byId = (id: Reconciliation['id']): Reconciliation => {
  const r = all.find((x) => x.id === id);
  if (!r) throw new Error(`no reconciliation ${id}`);
  return r;
};
type Kind = ReconcileStep['kind'];
const stepsOf = <K extends Kind>(id: Reconciliation['id'], kind: K) =>
  byId(id).steps.filter((s): s is Extract<ReconcileStep, { kind: K }> => s.kind === kind);
const only = <K extends Kind>(id: Reconciliation['id'], kind: K) => {
  const [step, ...rest] = stepsOf(id, kind);
  if (!step || rest.length > 0) throw new Error(`expected one ${kind} step in ${id}`);
  return step;
};
/** A Dec rounded half-even to `dp` places, as text. */
const at = (d: Dec, dp: number) => d.toFixed(dp);
const billions = (d: Dec, dp = 2) => d.div(1e9).toFixed(dp);

describe('reconcile', () => {
  it('returns the six reconciliations in order, each naming catalog figures', () => {
    expect(all.map((r) => r.id)).toEqual([...RECONCILIATION_IDS]);
    for (const r of all) {
      expect(r.steps.length).toBeGreaterThan(0);
      for (const id of r.figureIds) expect(findEstimate(id), id).toBeDefined();
    }
  });

  it('opens only presets that exist in scenarios/', () => {
    const dir = fileURLToPath(new URL('../../scenarios/', import.meta.url));
    const presets = new Set(readdirSync(dir).map((f) => f.replace(/\.json$/, '')));
    for (const r of all) for (const id of r.presetIds) expect(presets.has(id), `${r.id}: ${id}`).toBe(true);
  });

  it('$175B vs C$243B: 175 × 1.39 = 243.25, reported as 243 (rate 243 ÷ 175 = 1.3886)', () => {
    const s = only('currency-175-243', 'convert');
    expect([s.fromId, s.reportedId, s.fromCurrency, s.resultCurrency]).toEqual([
      'trump-total-2025',
      'ctv-cad-2025',
      'USD',
      'CAD',
    ]);
    expect([s.rateName, s.operation, s.rate.toString()]).toEqual(['cadPerUsd', 'multiply', '1.39']);
    expect(s.from.eq('175000000000')).toBe(true);
    expect(s.result.eq('243250000000')).toBe(true);
    expect(s.reported.eq('243000000000')).toBe(true);
    expect(s.roundingGap.eq('250000000')).toBe(true);
    expect(at(s.impliedRate, 4)).toBe('1.3886');
  });

  it('$25B vs £18.7bn: 25 ÷ 1.3369 = 18.70 (18.69998); 25 ÷ 18.7 = 1.3369', () => {
    const s = only('currency-25-gbp', 'convert');
    expect([s.fromCurrency, s.resultCurrency, s.rateName, s.operation]).toEqual([
      'USD',
      'GBP',
      'usdPerGbp',
      'divide',
    ]);
    expect(billions(s.result)).toBe('18.70');
    expect(billions(s.result, 5)).toBe('18.69998');
    // Exact: result × 1.3369 gives back the 25 billion.
    expect(s.result.times('1.3369').minus('25000000000').abs().lt('1e-25')).toBe(true);
    expect(at(s.impliedRate, 4)).toBe('1.3369');
  });

  it('$524B vs $542B: a misprint, digits 2 and 3 swapped, 18 billion apart (2 × 9)', () => {
    const s = only('misprint-524', 'misprint');
    expect([s.printedId, s.correctId]).toEqual(['independent-524', 'cbo-sbi-2025-high']);
    expect(s.difference.eq('18000000000')).toBe(true);
    expect(s.swappedDigits).toEqual([2, 3]);
    expect(s.differenceDivisibleBy9).toBe(true);
  });

  it('$542B vs $1.2T: SBI layer 743 of 1,191 = 62.38 %; 542 of 1,191 = 45.51 %; 2025 vs 2026 dollars', () => {
    const [layer, sbi2025] = stepsOf('scope-542-1200', 'scope');
    expect(layer && [layer.partId, layer.wholeId]).toEqual(['cbo-nmd-2026-sbi', 'cbo-nmd-2026']);
    expect(layer && at(layer.partPctOfWhole, 2)).toBe('62.38');
    expect(sbi2025 && at(sbi2025.partPctOfWhole, 2)).toBe('45.51');
    expect(sbi2025 && at(sbi2025.wholeTimesPart, 3)).toBe('2.197'); // 1191 ÷ 542
    const coverage = stepsOf('scope-542-1200', 'coverage').map((c) => [c.id, c.coverage]);
    expect(coverage).toEqual([
      ['cbo-sbi-2025-high', 'space-interceptors'],
      ['cbo-nmd-2026', 'four-layer-system'],
    ]);
    const y = only('scope-542-1200', 'dollarYear');
    expect([y.dollarYear, y.otherDollarYear, y.yearsApart]).toEqual([2025, 2026, 1]);
    expect(y.restated).toBeUndefined();
  });

  it('restates $542B in 2026 dollars only when given an inflation rate: 542 × 1.02 = 552.84', () => {
    const r = reconcile(defaultFx(), defaultContext(), { inflationPct: dec(2) });
    const y = r[3]?.steps.find((s) => s.kind === 'dollarYear');
    expect(y?.kind === 'dollarYear' && y.restated?.eq('552840000000')).toBe(true);
    expect(y?.kind === 'dollarYear' && y.inflationPct?.eq(2)).toBe(true);
  });

  it('period: 175 ÷ 3 = 58.33; 161 ÷ 20 = 8.05; 542 ÷ 20 = 27.10; 252 ÷ 20 = 12.60; 3,600 ÷ 20 = 180.00', () => {
    const perYear = stepsOf('period-scope', 'perYear').map((s) => [s.id, s.years, billions(s.perYear)]);
    expect(perYear).toEqual([
      ['trump-total-2025', 3, '58.33'],
      ['cbo-sbi-2025-low', 20, '8.05'],
      ['cbo-sbi-2025-high', 20, '27.10'],
      ['aei-2025-low', 20, '12.60'],
      ['aei-2025-high', 20, '180.00'],
    ]);
    // Exact: 175 ÷ 3 is 58.333… with 40 significant digits, and × 3 gives 175 back to within that precision.
    const first = stepsOf('period-scope', 'perYear')[0];
    expect(first?.perYear.times(3).minus('175000000000').abs().lt('1e-25')).toBe(true);
  });

  it('scope of the period figures: only AEI leaves out programs already funded', () => {
    const excluded = stepsOf('period-scope', 'coverage')
      .filter((c) => c.excludesFunded)
      .map((c) => c.id);
    expect(excluded).toEqual(['aei-2025-low', 'aei-2025-high']);
  });

  it('$61B vs $71B: 10 billion more (+16.39 %), and what share of each estimate they imply', () => {
    const c = only('asks-61-71', 'change');
    expect([c.difference.eq('10000000000'), at(c.changePct, 2)]).toEqual([true, '16.39']);
    const shares = stepsOf('asks-61-71', 'impliedShare').map((s) => [
      s.askId,
      s.estimateId,
      at(s.sharePct, 2),
    ]);
    expect(shares).toEqual([
      ['trump-canada-61', 'trump-total-2025', '34.86'], // 61 ÷ 175
      ['trump-canada-61', 'dod-2026', '32.97'], // 61 ÷ 185
      ['trump-canada-61', 'cbo-sbi-2025-high', '11.25'], // 61 ÷ 542
      ['trump-canada-61', 'cbo-nmd-2026', '5.12'], // 61 ÷ 1191
      ['trump-canada-71', 'trump-total-2025', '40.57'], // 71 ÷ 175
      ['trump-canada-71', 'dod-2026', '38.38'], // 71 ÷ 185
      ['trump-canada-71', 'cbo-sbi-2025-high', '13.10'], // 71 ÷ 542
      ['trump-canada-71', 'cbo-nmd-2026', '5.96'], // 71 ÷ 1191
    ]);
  });

  it('rule shares with the default context: GDP 2.24 ÷ 31.42489 = 7.13 %, population 10.88 %, NWS 40 %, land 8.79 ÷ 17.94 = 49.00 %', () => {
    const rules = stepsOf('asks-61-71', 'ruleShare').map((s) => [s.rule, at(s.sharePct, 2)]);
    expect(rules).toEqual([
      ['gdp', '7.13'],
      ['population', '10.88'],
      ['nws', '40.00'],
      ['area', '49.00'], // 8,788,702.80 ÷ (8,788,702.80 + 9,147,593.07) km² = 0.48999…
    ]);
  });

  it('follows the scenario’s rates and context: at 1.40 CAD per USD, 175 × 1.40 = 245', () => {
    const context = {
      ...defaultContext(),
      canadaGdpUsd: dec('2000000000000'),
      usGdpUsd: dec('18000000000000'),
    };
    const r = reconcile({ ...defaultFx(), cadPerUsd: dec('1.40') }, context);
    const convert = r[0]?.steps[0];
    expect(convert?.kind === 'convert' && convert.result.eq('245000000000')).toBe(true);
    const gdp = r[5]?.steps.find((s) => s.kind === 'ruleShare' && s.rule === 'gdp');
    expect(gdp?.kind === 'ruleShare' && gdp.sharePct.eq(10)).toBe(true);
  });
});

describe('properties', () => {
  const rate = fc.integer({ min: 1, max: 100_000 }).map((n) => dec(n).div(1000));

  it('a conversion times (or divided by) its rate gives back the original amount', () => {
    fc.assert(
      fc.property(rate, rate, (cadPerUsd, usdPerGbp) => {
        const r = reconcile({ cadPerUsd, usdPerGbp }, defaultContext());
        for (const step of r.flatMap((x) => x.steps)) {
          if (step.kind !== 'convert') continue;
          const back =
            step.operation === 'multiply' ? step.result.div(step.rate) : step.result.times(step.rate);
          expect(back.minus(step.from).abs().lte(step.from.times('1e-35'))).toBe(true);
        }
      }),
    );
  });

  it('implied shares and per-year amounts multiply back to the figures they came from', () => {
    const r = reconcile(defaultFx(), defaultContext());
    for (const s of r.flatMap((x) => x.steps)) {
      if (s.kind === 'impliedShare')
        expect(s.estimate.times(s.sharePct).div(100).minus(s.ask).abs().lt('1e-20')).toBe(true);
      if (s.kind === 'perYear') expect(s.perYear.times(s.years).minus(s.total).abs().lt('1e-20')).toBe(true);
    }
  });
});
