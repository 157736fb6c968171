import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dec, sensitivity, type Range, type Scenario } from '../../src/core';
import { scenario, share, usdCost } from './fixtures';

const range = (low: string, mostLikely: string, high: string): Range => ({
  low: dec(low),
  mostLikely: dec(mostLikely),
  high: dec(high),
  distribution: 'triangular',
});

/** US$3B over 3 years, Canada pays 10 %, 1.39 CAD per USD: C$417M at the most likely values. */
const tenPercent = (ranges: Scenario['ranges']) =>
  scenario({ share: share({ rule: 'percent', percent: dec(10) }), ranges });

describe('sensitivity', () => {
  it('moves one input at a time: a US$2B–US$4B cost moves Canada from C$278M to C$556M', () => {
    const [row] = sensitivity(tenPercent({ baseCost: range('2000000000', '3000000000', '4000000000') }));
    expect(row).toMatchObject({ input: 'baseCost', unit: 'USD' });
    expect(
      [row?.canadaTotalCadAtLow, row?.canadaTotalCadAtHigh, row?.swingCad].map((d) => d?.toFixed(2)),
    ).toEqual([
      '278000000.00', // 2B × 10 % × 1.39
      '556000000.00',
      '278000000.00',
    ]);
  });

  it('keeps the other inputs at their most likely values, not the scenario’s own', () => {
    const rows = sensitivity(
      tenPercent({ canadaSharePct: range('5', '20', '25'), cadPerUsd: range('1', '1.39', '2') }),
    );
    const fx = rows.find((r) => r.input === 'cadPerUsd');
    // At 1 CAD per USD with the share at its most likely 20 %: 3B × 20 % × 1 = C$600M; at 2, C$1.2B.
    expect([fx?.canadaTotalCadAtLow.toFixed(2), fx?.canadaTotalCadAtHigh.toFixed(2)]).toEqual([
      '600000000.00',
      '1200000000.00',
    ]);
  });

  it('ranks the widest range first when inputs are independent: cost ±50 % beats growth ±10 % and the rate ±3 %', () => {
    const rows = sensitivity(
      tenPercent({
        costGrowthPct: range('-10', '0', '10'),
        cadPerUsd: range('1.35', '1.39', '1.43'),
        baseCost: range('1500000000', '3000000000', '4500000000'),
      }),
    );
    expect(rows.map((r) => r.input)).toEqual(['baseCost', 'costGrowthPct', 'cadPerUsd']);
    expect(rows.map((r) => r.unit)).toEqual(['USD', 'pct', 'cad_per_usd']);
  });

  it('is empty for a scenario without ranges; a zero-width range has no swing', () => {
    expect(sensitivity(scenario())).toEqual([]);
    expect(sensitivity(tenPercent({ inflationPct: range('0', '0', '0') }))[0]?.swingCad.toFixed(2)).toBe(
      '0.00',
    );
  });
  it('every swing is |at high − at low|, and the rows are sorted by it', () => {
    const rows = sensitivity(
      tenPercent({
        baseCost: range('1000000000', '3000000000', '9000000000'),
        inflationPct: range('0', '0', '9'),
      }),
    );
    for (const r of rows)
      expect(r.swingCad.eq(r.canadaTotalCadAtHigh.minus(r.canadaTotalCadAtLow).abs())).toBe(true);
    expect(rows.every((r, i) => i === 0 || (rows[i - 1] ?? r).swingCad.gte(r.swingCad))).toBe(true);
  });
});

describe('properties', () => {
  it('the largest bar is the input with the widest relative range (cost, growth, rate: multiplicative and independent)', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 1, max: 40 }), { minLength: 3, maxLength: 3 }),
        ([a = 1, b = 2, c = 3]) => {
          // Half-widths a, b, c % of the most likely value.
          const rel = (v: number, pct: number) =>
            range(String(v * (1 - pct / 100)), String(v), String(v * (1 + pct / 100)));
          const s = scenario({
            cost: usdCost('3000000000'),
            share: share({ rule: 'percent', percent: dec(10) }),
            ranges: {
              baseCost: rel(3e9, a),
              costGrowthPct: range(String(-b), '0', String(b)), // 1 + g/100 spans ± b %
              cadPerUsd: rel(1.39, c),
            },
          });
          const widest = a > b && a > c ? 'baseCost' : b > c ? 'costGrowthPct' : 'cadPerUsd';
          expect(sensitivity(s)[0]?.input).toBe(widest);
        },
      ),
      { numRuns: 60 },
    );
  });
});
