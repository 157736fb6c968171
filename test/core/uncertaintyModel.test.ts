import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  computeScenario,
  dec,
  evaluateFloat,
  FLOAT_TOLERANCE,
  floatModel,
  floatYearCanadaUsd,
  powInt,
  withInputs,
  type Dec,
  type FloatInputs,
  type InputValues,
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
  /** Values for the five inputs within their limits; the share drawn or left to the rule. */
  const inputsArb = fc.record({
    baseCost: fc.integer({ min: 0, max: 1e14 }).map(dec),
    costGrowthPct: decimalArb(-100, 1000),
    inflationPct: decimalArb(-10, 50),
    cadPerUsd: decimalArb(1, 2),
    canadaSharePct: fc.option(decimalArb(0, 100), { nil: undefined }),
  });

  it(`agrees with the exact core within FLOAT_TOLERANCE (${FLOAT_TOLERANCE}) of the program’s cost, for random scenarios and draws`, () => {
    fc.assert(
      fc.property(scenarioArb, inputsArb, (s, v) => {
        const values: InputValues = v;
        const exact = computeScenario(withInputs(s, values));
        const model = floatModel(s);
        const x: FloatInputs = {
          baseCost: v.baseCost.toNumber(),
          costGrowthPct: v.costGrowthPct.toNumber(),
          inflationPct: v.inflationPct.toNumber(),
          cadPerUsd: v.cadPerUsd.toNumber(),
          canadaSharePct: v.canadaSharePct?.toNumber() ?? Number.NaN,
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
      }),
      { numRuns: 300 },
    );
  });
});
