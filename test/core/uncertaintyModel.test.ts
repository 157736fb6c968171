import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  computeScenario,
  dec,
  defaultOutlook,
  exactColumns,
  evaluateFloat,
  FLOAT_TOLERANCE,
  floatModel,
  floatYearCanadaUsd,
  powInt,
  withInputs,
  type Dec,
  type FloatInputs,
  type InputValues,
  type Outlook,
  type Scenario,
} from '../../src/core';
import { decimalArb, scenario, scenarioArb, share } from './fixtures';

describe('powInt', () => {
  it('takes whole powers by squaring: 1.5^4 = 5.0625, 2^-3 = 0.125, x^0 = 1', () => {
    expect([powInt(1.5, 4), powInt(2, -3), powInt(1.02, 0)]).toEqual([5.0625, 0.125, 1]);
  });
});

describe('the float mirror', () => {
  it('gives the hand-checkable figures: US$3B, 10 %, 1.39 → Canada C$417M, C$41.70 for 10 million people', () => {
    const s = scenario({
      share: share({ rule: 'percent', percent: dec(10) }),
      context: { ...scenario().context, canadaPopulation: dec(1e7) },
    });
    const model = floatModel(s);
    const r = evaluateFloat(model, { ...model.inputs });
    expect(r.programTotalUsd).toBe(3e9);
    expect(r.canadaTotalUsd).toBeCloseTo(3e8, 3);
    expect(r.canadaTotalCad).toBeCloseTo(4.17e8, 3);
    expect(r.canadaCadPerPerson).toBeCloseTo(41.7, 10);
  });

  it('caps a fixed share above the covered cost at all of it, as the exact core does', () => {
    const s = scenario({ share: share({ rule: 'fixed', amount: dec('2000000000'), currency: 'USD' }) });
    const model = floatModel(s);
    expect(evaluateFloat(model, { ...model.inputs, baseCost: 1e9 }).canadaTotalUsd).toBe(1e9);
  });
});

describe('properties', () => {
  /** Values for the six inputs within their limits; the share drawn or left to the rule. */
  const inputsArb = fc.record({
    baseCost: fc.integer({ min: 0, max: 1e14 }).map(dec),
    costGrowthPct: decimalArb(-100, 1000),
    inflationPct: decimalArb(-10, 50),
    cadPerUsd: decimalArb(1, 2),
    canadaSharePct: fc.option(decimalArb(0, 100), { nil: undefined }),
    canadaGdpGrowthPct: decimalArb(-20, 30),
  });

  /** An outlook on each of Canada's budget paths (a target share above 0, so the budget is too), or none. */
  const outlookArb: fc.Arbitrary<Outlook | undefined> = fc.option(
    fc
      .record({
        growth: decimalArb(-20, 30),
        path: fc.oneof(
          fc.constantFrom('held' as const, 'gdpShare' as const, 'pledge' as const).map((path) => ({ path })),
          fc
            .record({ targetPct: decimalArb(0.5, 20), targetYear: fc.integer({ min: 2026, max: 2100 }) })
            .map((t) => ({ path: 'target' as const, ...t })),
        ),
      })
      .map(({ growth, path }) => ({ ...defaultOutlook(), canadaGdpGrowthPct: growth, canadaBudget: path })),
    { nil: undefined },
  );
  const withOutlookArb = fc
    .tuple(scenarioArb, outlookArb)
    .map(([s, outlook]): Scenario => (outlook ? { ...s, outlook } : s));

  it(`agrees with the exact core within FLOAT_TOLERANCE (${FLOAT_TOLERANCE}) of the program’s cost, for random scenarios and draws`, () => {
    fc.assert(
      fc.property(withOutlookArb, inputsArb, (s, v) => {
        const values: InputValues = v;
        const drawn = withInputs(s, values);
        const exact = computeScenario(drawn);
        const model = floatModel(s);
        const x: FloatInputs = {
          baseCost: v.baseCost.toNumber(),
          costGrowthPct: v.costGrowthPct.toNumber(),
          inflationPct: v.inflationPct.toNumber(),
          cadPerUsd: v.cadPerUsd.toNumber(),
          canadaSharePct: v.canadaSharePct?.toNumber() ?? Number.NaN,
          canadaGdpGrowthPct: s.outlook ? v.canadaGdpGrowthPct.toNumber() : 0,
        };
        const r = evaluateFloat(model, x);
        const cad = v.cadPerUsd;
        const close = (float: number, value: Dec, scale: Dec) =>
          expect(Math.abs(float - value.toNumber())).toBeLessThanOrEqual(
            FLOAT_TOLERANCE * scale.toNumber() + 1e-300,
          );
        const program = exact.totalNominalUsd;
        const canada = program.times(exact.canadaFraction);
        close(r.programTotalUsd, program, program);
        close(r.canadaTotalUsd, canada, program);
        close(r.canadaTotalCad, canada.times(cad), program.times(cad));
        const perPerson = (d: Dec) => d.times(cad).div(s.context.canadaPopulation);
        close(r.canadaCadPerPerson, perPerson(canada), perPerson(program));
        exact.years.forEach((y, k) => {
          const year = floatYearCanadaUsd(model, k, r.programUsd, r.growthFactor, r.canadaFraction);
          close(year, y.nominalUsd.times(exact.canadaFraction), y.nominalUsd);
        });
        // The peak shares, scaled by the program's largest yearly share of the same budget or GDP.
        const columns = exactColumns(exact, 'nominal');
        const largest = (values: readonly Dec[]) => values.reduce((a, b) => (b.gt(a) ? b : a));
        const programPct = (of: (k: number) => Dec, inCad: boolean) =>
          largest(
            exact.years.map((y, k) =>
              y.nominalUsd
                .times(inCad ? cad : 1)
                .times(100)
                .div(of(k)),
            ),
          );
        close(
          r.canadaPeakPctOfDefenceBudget,
          largest(columns.canadaPctOfDefenceBudget),
          programPct((k) => columns.outlook[k]?.canadaBudgetCad ?? dec(1), true),
        );
        close(
          r.canadaPeakPctOfGdp,
          largest(columns.canadaPctOfGdp),
          programPct((k) => columns.outlook[k]?.canadaGdpUsd ?? dec(1), false),
        );
      }),
      { numRuns: 300 },
    );
  });
});
