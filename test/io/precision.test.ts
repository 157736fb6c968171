import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildReport, computeScenario, Dec, DOLLARS, type Report, type Scenario } from '../../src/core';
import { parseScenarioText } from '../../src/io';

/** Every reported figure of both reports, as text. */
function figures(s: Scenario): string[] {
  const text = (v: unknown) => (v instanceof Dec ? v.toFixed() : String(v));
  const all = (r: Report): unknown[] => [
    ...r.rows.flatMap((row): unknown[] => Object.values(row)),
    ...(Object.values(r.totals) as unknown[]),
  ];
  return DOLLARS.flatMap((d) => all(buildReport(computeScenario(s), d)).map(text));
}

/** The figures computed again with 200 significant digits instead of the core's. */
function at200Digits(s: Scenario): string[] {
  const precision = Dec.precision;
  Dec.set({ precision: 200 });
  try {
    return figures(s);
  } finally {
    Dec.set({ precision });
  }
}

function parse(doc: object): Scenario {
  const parsed = parseScenarioText(JSON.stringify(doc));
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return parsed.scenario;
}

/** The largest figures a valid file can produce: every limit at its extreme. */
const extreme = {
  schemaVersion: 3,
  id: 'extreme',
  name: 'Every limit at its extreme',
  cost: { amount: '1e14', currency: 'GBP', dollarYear: 1990, label: 'x' },
  startYear: 2100,
  years: 50,
  profile: 'back',
  costGrowthPct: '1000',
  inflationPct: '50',
  discountRatePct: '-10',
  share: { rule: 'percent', percent: '99.99', coveredPct: '99.99' },
  fx: { cadPerUsd: '100', usdPerGbp: '100' },
  context: {
    canadaGdpUsd: '1',
    canadaPopulation: '1',
    usPopulation: '1',
    canadaDefenceBudgetCad: '1',
    usDefenceBudgetUsd: '1',
  },
};

describe('precision', () => {
  it('keeps every cent of a US$100T, +1000 %, 50 %-inflation, 50-year file exact (the same at 200 digits)', () => {
    const s = parse(extreme);
    const ours = figures(s);
    // Canada's 2149 cost as % of a C$1 defence budget: about 4.3 × 10^47, 48 digits and 4 decimals.
    expect(Math.max(...ours.map((f) => f.split('.')[0]?.length ?? 0))).toBe(48);
    expect(ours).toEqual(at200Digits(s));
  });

  it('refuses context figures below one person or one dollar, which would need more digits', () => {
    for (const key of ['canadaPopulation', 'canadaDefenceBudgetCad', 'canadaGdpUsd'])
      expect(parseScenarioText(JSON.stringify({ ...extreme, context: { [key]: '0.5' } })).ok).toBe(false);
  });
});

describe('properties', () => {
  const pct = (min: number, max: number) =>
    fc.integer({ min: min * 100, max: max * 100 }).map((n) => String(n / 100));
  const file = fc.record({
    amount: fc.constantFrom('1e14', '99999999999999.99', '1'),
    currency: fc.constantFrom('USD', 'CAD', 'GBP'),
    dollarYear: fc.integer({ min: 1990, max: 2100 }),
    startYear: fc.integer({ min: 2000, max: 2100 }),
    years: fc.integer({ min: 1, max: 50 }),
    profile: fc.constantFrom('even', 'front', 'back', 'bell'),
    costGrowthPct: pct(-100, 1000),
    inflationPct: pct(-10, 50),
    discountRatePct: pct(-10, 50),
    percent: pct(0, 100),
    coveredPct: pct(0, 100),
    cadPerUsd: pct(0.01, 100),
    usdPerGbp: pct(0.01, 100),
    divisor: fc.constantFrom('1', '1.5', '41528680'),
  });

  it('every figure of a valid file is the same computed with 200 significant digits', () => {
    fc.assert(
      fc.property(file, (f) => {
        const s = parse({
          ...extreme,
          cost: { amount: f.amount, currency: f.currency, dollarYear: f.dollarYear, label: 'x' },
          startYear: f.startYear,
          years: f.years,
          profile: f.profile,
          costGrowthPct: f.costGrowthPct,
          inflationPct: f.inflationPct,
          discountRatePct: f.discountRatePct,
          share: { rule: 'percent', percent: f.percent, coveredPct: f.coveredPct },
          fx: { cadPerUsd: f.cadPerUsd, usdPerGbp: f.usdPerGbp },
          context: {
            canadaGdpUsd: f.divisor,
            canadaPopulation: f.divisor,
            canadaDefenceBudgetCad: f.divisor,
          },
        });
        expect(figures(s)).toEqual(at200Digits(s));
      }),
      { numRuns: 40 },
    );
  });
});
