import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  buildReport,
  computeScenario,
  dec,
  ScenarioError,
  scenarioProblems,
  type Scenario,
  type ShareRule,
} from '../../src/core';
import { scenario, scenarioArb, share } from './fixtures';

const trump175: Scenario['cost'] = { kind: 'estimate', estimateId: 'trump-total-2025' };
const cbo542: Scenario['cost'] = { kind: 'estimate', estimateId: 'cbo-sbi-2025-high' };
const totals = (s: Scenario) => buildReport(computeScenario(s), 'nominal').totals;
const with175 = (rule: ShareRule, extra: Parameters<typeof share>[1] = {}) =>
  scenario({ cost: trump175, share: share(rule, extra) });

describe('share rules', () => {
  it('gdp: Canada pays 2.24 / (2.24 + 29.18489) = 0.0712810769… of the covered cost', () => {
    const r = computeScenario(with175({ rule: 'gdp' }));
    expect(r.ruleFraction.times('31.42489').minus('2.24').abs().lt('1e-35')).toBe(true);
    expect(r.ruleFraction.toFixed(10)).toBe('0.0712810769');
    const t = buildReport(r, 'nominal').totals;
    expect(t.canadaSharePct.toFixed(4)).toBe('7.1281');
    expect(t.canadaUsd.toFixed(2)).toBe('12474188453.80');
    expect(t.usUsd.toFixed(2)).toBe('162525811546.20');
  });

  it('population: 41,528,680 / (41,528,680 + 340,110,988) = 10.8816 %', () => {
    const r = computeScenario(with175({ rule: 'population' }));
    expect(
      r.ruleFraction
        .times(41528680 + 340110988)
        .minus(41528680)
        .abs()
        .lt('1e-28'),
    ).toBe(true);
    expect(buildReport(r, 'nominal').totals.canadaSharePct.toFixed(4)).toBe('10.8816');
  });

  it('nws: 40 % of US$175B is US$70B, the US pays US$105B', () => {
    const t = totals(with175({ rule: 'nws' }));
    expect([t.canadaSharePct.toFixed(4), t.canadaUsd.toFixed(2), t.usUsd.toFixed(2)]).toEqual([
      '40.0000',
      '70000000000.00',
      '105000000000.00',
    ]);
  });

  it('area: 8,788,702.80 / (8,788,702.80 + 9,147,593.07) km² = 8,788,702.80 / 17,936,295.87 = 0.4899954184…', () => {
    const r = computeScenario(with175({ rule: 'area' }));
    expect(r.ruleFraction.times('17936295.87').minus('8788702.80').abs().lt('1e-30')).toBe(true);
    expect(r.ruleFraction.toFixed(10)).toBe('0.4899954184');
    const t = buildReport(r, 'nominal').totals;
    expect(t.canadaSharePct.toFixed(4)).toBe('48.9995');
    // 175,000,000,000 × 0.48999541843530… = 85,749,198,226.18; the US pays the rest.
    expect([t.canadaUsd.toFixed(2), t.usUsd.toFixed(2)]).toEqual(['85749198226.18', '89250801773.82']);
  });

  it('area follows the scenario’s land areas: equal areas split 50/50', () => {
    const base = with175({ rule: 'area' });
    const equal = { ...base, context: { ...base.context, usLandAreaKm2: base.context.canadaLandAreaKm2 } };
    expect(computeScenario(equal).ruleFraction.toFixed()).toBe('0.5');
  });

  it('percent: 25 % of US$3B is US$750M', () => {
    const t = totals(scenario({ share: share({ rule: 'percent', percent: dec(25) }) }));
    expect([t.canadaUsd.toFixed(2), t.usUsd.toFixed(2)]).toEqual(['750000000.00', '2250000000.00']);
  });

  it('fixed: Trump’s US$61B of US$175B is a 34.8571 % share and exactly US$61B in total', () => {
    const r = computeScenario(with175({ rule: 'fixed', amount: dec('61000000000'), currency: 'USD' }));
    expect(r.ruleFraction.times(175).minus(61).abs().lt('1e-35')).toBe(true);
    const t = buildReport(r, 'nominal').totals;
    expect(t.canadaSharePct.toFixed(4)).toBe('34.8571');
    expect(t.canadaUsd.toFixed(2)).toBe('61000000000.00');
    expect(t.usUsd.toFixed(2)).toBe('114000000000.00');
  });

  it('fixed: the total stays US$61B in nominal dollars when prices rise 2 % a year', () => {
    const s = {
      ...with175({ rule: 'fixed', amount: dec('61000000000'), currency: 'USD' }),
      inflationPct: dec(2),
    };
    expect(totals(s).canadaUsd.toFixed(2)).toBe('61000000000.00');
  });

  it('fixed: a share above the covered cost is a problem at share.amount, and computing it throws', () => {
    const s = with175({ rule: 'fixed', amount: dec('61000000000'), currency: 'USD' }, { coveredPct: '30' });
    const problems = scenarioProblems(s);
    expect(problems).toHaveLength(1);
    expect(problems[0]?.path).toBe('share.amount');
    expect(problems[0]?.message).toContain(
      'US$61000000000.00 is more than the covered cost US$52500000000.00',
    );
    expect(() => computeScenario(s)).toThrow(ScenarioError);
  });

  it('coveredPct 50 halves Canada’s part: 25 % of half of US$3B is US$375M', () => {
    const t = totals(scenario({ share: share({ rule: 'percent', percent: dec(25) }, { coveredPct: '50' }) }));
    expect([t.canadaUsd.toFixed(2), t.usUsd.toFixed(2), t.canadaSharePct.toFixed(4)]).toEqual([
      '375000000.00',
      '2625000000.00',
      '12.5000',
    ]);
    const full = computeScenario(with175({ rule: 'gdp' }));
    const half = computeScenario(with175({ rule: 'gdp' }, { coveredPct: '50' }));
    expect(half.canadaFraction.times(2).toFixed(30)).toBe(full.canadaFraction.toFixed(30));
  });
});

describe('credit for spending Canada already makes', () => {
  it('takes the C$38.6B NORAD credit (US$27,769,784,172.66) off Canada’s GDP share of US$542B', () => {
    const r = computeScenario(
      scenario({ cost: cbo542, years: 20, share: share({ rule: 'gdp' }, { creditCad: '38600000000' }) }),
    );
    expect(r.canadaBeforeCreditUsd.toFixed(2)).toBe('38634343668.35');
    expect(r.creditAppliedUsd.toFixed(2)).toBe('27769784172.66');
    const t = buildReport(r, 'nominal').totals;
    // 38,634,343,668.3470 − 27,769,784,172.6619 = 10,864,559,495.6851
    expect(t.canadaUsd.toFixed(2)).toBe('10864559495.69');
    expect(t.usUsd.toFixed(2)).toBe('531135440504.31');
    expect(t.canadaSharePct.toFixed(4)).toBe('2.0045');
  });

  it('never takes Canada below zero: a C$1T credit leaves Canada at 0 and the US paying all', () => {
    const r = computeScenario(with175({ rule: 'gdp' }, { creditCad: '1000000000000' }));
    expect(r.creditAppliedUsd.eq(r.canadaBeforeCreditUsd)).toBe(true);
    const report = buildReport(r, 'nominal');
    expect(report.rows.every((row) => row.canadaUsd.isZero() && row.usUsd.eq(row.programUsd))).toBe(true);
    expect([report.totals.canadaUsd.toFixed(2), report.totals.usUsd.toFixed(2)]).toEqual([
      '0.00',
      '175000000000.00',
    ]);
  });

  it('spreads the credit in proportion to Canada’s yearly cost (front profile keeps its 3:2:1 shape)', () => {
    const s = scenario({
      profile: 'front',
      share: share({ rule: 'percent', percent: dec(50) }, { creditCad: '417000000' }),
    });
    // Canada before credit: 750M, 500M, 250M; the C$417M credit is US$300M, a fifth of 1.5B.
    const rows = buildReport(computeScenario(s), 'nominal').rows;
    expect(rows.map((row) => row.canadaUsd.toFixed(2))).toEqual([
      '600000000.00',
      '400000000.00',
      '200000000.00',
    ]);
  });
});

describe('properties', () => {
  it('Canada’s fraction is between 0 and 1, and its total is covered × rule − credit (in the credit’s dollars), never below zero', () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        const r = computeScenario(s);
        expect(r.canadaFraction.gte(0) && r.canadaFraction.lte(1)).toBe(true);
        const total = s.share.creditDollars === 'constant' ? r.totalConstantUsd : r.totalNominalUsd;
        const covered = total.times(s.share.coveredPct).div(100);
        const expected = covered.times(r.ruleFraction).minus(r.creditAppliedUsd);
        // Equal up to the 40-digit working precision (relative to the program total, which can reach 10^20).
        const tolerance = r.totalNominalUsd.abs().plus(total.abs()).times('1e-30').plus('1e-20');
        expect(total.times(r.canadaFraction).minus(expected).abs().lte(tolerance)).toBe(true);
        expect(r.creditAppliedUsd.lte(r.canadaBeforeCreditUsd)).toBe(true);
      }),
    );
  });

  it('a credit never raises Canada’s cost', () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        const without = { ...s, share: { ...s.share, creditCad: dec(0) } };
        expect(computeScenario(s).canadaFraction.lte(computeScenario(without).canadaFraction)).toBe(true);
      }),
    );
  });
});
