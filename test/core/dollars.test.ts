import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  buildReport,
  computeScenario,
  dec,
  scenarioProblems,
  usd,
  type Dec,
  type Scenario,
} from '../../src/core';
import { decimalArb, scenario, scenarioArb, usdCost } from './fixtures';

const cbo542: Scenario['cost'] = { kind: 'estimate', estimateId: 'cbo-sbi-2025-high' };
/** US$300 in 2025 dollars over 2026–2028: US$100 a year in constant dollars. */
const small = (over: Partial<Scenario> = {}) =>
  computeScenario(scenario({ cost: usdCost('300', 2025), ...over }));
const strings = (values: readonly { toFixed(dp: number): string }[], dp = 2) =>
  values.map((v) => v.toFixed(dp));

describe('constant dollars', () => {
  it('spreads $542B (CBO 2025 high) evenly over 20 years as exactly $27.1B a year', () => {
    const r = computeScenario(scenario({ cost: cbo542, years: 20 }));
    expect(r.years).toHaveLength(20);
    expect(r.years.every((y) => y.constantUsd.eq('27100000000') && y.nominalUsd.eq('27100000000'))).toBe(
      true,
    );
    expect(buildReport(r, 'nominal').rows.map((row) => row.programUsd.toFixed(2))).toEqual(
      Array<string>(20).fill('27100000000.00'),
    );
    expect(r.years.map((y) => y.year)).toEqual(Array.from({ length: 20 }, (_, k) => 2026 + k));
  });

  it('applies cost growth to the base: $300 with 26% growth is $378, $126 a year', () => {
    const r = small({ costGrowthPct: dec(26) });
    expect(r.programConstantUsd.toFixed(2)).toBe('378.00');
    expect(strings(r.years.map((y) => y.constantUsd))).toEqual(['126.00', '126.00', '126.00']);
  });

  it('converts a CAD estimate first: C$243B over 3 years is US$174,820,143,884.89', () => {
    const r = computeScenario(scenario({ cost: { kind: 'estimate', estimateId: 'ctv-cad-2025' } }));
    expect(buildReport(r, 'constant').totals.programUsd.toFixed(2)).toBe('174820143884.89');
  });

  it('converts a GBP estimate: £18.7bn at 1.3369 is US$25,000,030,000', () => {
    const r = computeScenario(
      scenario({ cost: { kind: 'estimate', estimateId: 'trump-initial-gbp-2025' }, years: 1 }),
    );
    expect(r.totalConstantUsd.toFixed(2)).toBe('25000030000.00');
  });
});

describe('nominal dollars and present value', () => {
  it('inflates each year from the dollar-year: $100 at 10% is 110, 121, 133.10 in 2026–2028 (2025 dollars)', () => {
    const r = small({ inflationPct: dec(10) });
    expect(strings(r.years.map((y) => y.nominalUsd))).toEqual(['110.00', '121.00', '133.10']);
    expect(r.totalNominalUsd.toFixed(2)).toBe('364.10');
    expect(r.totalConstantUsd.toFixed(2)).toBe('300.00');
  });

  it('deflates years before the dollar-year: 2026 in 2027 dollars at 10% is 100 / 1.1 = 90.91', () => {
    const r = small({ cost: usdCost('300', 2027), inflationPct: dec(10) });
    expect(
      strings(
        r.years.map((y) => y.nominalUsd),
        4,
      ),
    ).toEqual(['90.9091', '100.0000', '110.0000']);
  });

  it('discounts to the start year: 110 + 121/1.1 + 133.1/1.1² = 330', () => {
    const r = small({ inflationPct: dec(10), discountRatePct: dec(10) });
    expect(strings(r.years.map((y) => y.presentValueUsd))).toEqual(['110.00', '110.00', '110.00']);
    expect(r.presentValueUsd.toFixed(2)).toBe('330.00');
    expect(buildReport(r, 'nominal').totals.presentValueUsd.toFixed(2)).toBe('330.00');
  });

  it('has present value equal to the nominal total when the discount rate is 0', () => {
    const r = small({ inflationPct: dec(2) });
    expect(r.presentValueUsd.eq(r.totalNominalUsd)).toBe(true);
  });
});

describe('properties', () => {
  const delta = decimalArb(0, 500);
  // Exact means 40 significant digits: a fixed total of 0.17 may come out as 0.16999…9 (39 nines) in one run
  // and 0.17 in the next, so "never lower" allows a difference far below a billionth of a cent.
  const notLower = (after: Dec, before: Dec) =>
    after.minus(before).gte(before.abs().times('-1e-30').minus('1e-20'));
  const exactCosts = (s: Scenario) => {
    const r = computeScenario(s);
    return r.years.map((y) => {
      const canada = y.nominalUsd.times(r.canadaFraction);
      return {
        year: y.year,
        constant: y.constantUsd,
        nominal: y.nominalUsd,
        pv: y.presentValueUsd,
        canada,
        us: y.nominalUsd.minus(canada),
      };
    });
  };

  it('more cost growth never lowers any cost (program, Canada, US, present value, every year)', () => {
    fc.assert(
      fc.property(scenarioArb, delta, (s, d) => {
        const more = { ...s, costGrowthPct: s.costGrowthPct.plus(d) };
        const [a, b] = [exactCosts(s), exactCosts(more)];
        a.forEach((x, i) => {
          const y = b[i];
          if (!y) throw new Error('missing year');
          for (const k of ['constant', 'nominal', 'pv', 'canada', 'us'] as const)
            expect(notLower(y[k], x[k])).toBe(true);
        });
        const [ta, tb] = [
          buildReport(computeScenario(s), 'nominal').totals,
          buildReport(computeScenario(more), 'nominal').totals,
        ];
        // Rounded totals too; the US total is program − Canada after rounding, so it may lose a cent (see report.test.ts).
        expect(tb.programUsd.gte(ta.programUsd) && tb.canadaUsd.gte(ta.canadaUsd)).toBe(true);
        expect(tb.usUsd.gte(ta.usUsd.minus(usd('0.01')))).toBe(true);
      }),
    );
  });

  it('more inflation never lowers any year’s cost after the dollar-year', () => {
    fc.assert(
      fc.property(scenarioArb, delta, (s, d) => {
        const more = { ...s, inflationPct: s.inflationPct.plus(d) };
        fc.pre(scenarioProblems(more).length === 0);
        const dollarYear = computeScenario(s).base.dollarYear;
        const [a, b] = [exactCosts(s), exactCosts(more)];
        a.forEach((x, i) => {
          const y = b[i];
          if (!y || x.year <= dollarYear) return;
          expect(notLower(y.nominal, x.nominal) && notLower(y.pv, x.pv)).toBe(true);
          expect(y.constant.eq(x.constant)).toBe(true);
          // A fixed share or a credit is a fixed total spread in proportion to the yearly costs: more inflation moves
          // part of it toward the later years, so an early year's Canada or US part may fall. With neither, both rise.
          if (s.share.rule !== 'fixed' && s.share.creditCad.isZero()) {
            expect(notLower(y.canada, x.canada) && notLower(y.us, x.us)).toBe(true);
          }
        });
      }),
    );
  });
});
