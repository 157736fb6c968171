/** Builders for in-memory scenarios used by the core tests (not a test file itself). */
import fc from 'fast-check';
import {
  dec,
  defaultContext,
  defaultFx,
  DOLLARS,
  PROFILES,
  scenarioProblems,
  ZERO,
  type BudgetPath,
  type Dec,
  type Outlook,
  type Scenario,
  type Share,
  type ShareRule,
} from '../../src/core';

/** A share with the given rule, 100 % covered and no credit unless overridden. */
export function share(rule: ShareRule, extra: { coveredPct?: string; creditCad?: string } = {}): Share {
  return { ...rule, coveredPct: dec(extra.coveredPct ?? '100'), creditCad: dec(extra.creditCad ?? '0') };
}

/** A custom-amount scenario: US$3B in 2026 dollars over 2026–2028, even, GDP rule, no inflation. */
export function scenario(over: Partial<Scenario> = {}): Scenario {
  return {
    id: 'test',
    name: 'Test',
    description: '',
    cost: {
      kind: 'custom',
      amount: dec('3000000000'),
      currency: 'USD',
      dollarYear: 2026,
      label: 'Test amount',
    },
    startYear: 2026,
    years: 3,
    profile: 'even',
    costGrowthPct: ZERO,
    inflationPct: ZERO,
    discountRatePct: ZERO,
    share: share({ rule: 'gdp' }),
    fx: defaultFx(),
    context: defaultContext(),
    ranges: {},
    ...over,
  };
}

/** A custom USD amount in the given dollar-year. */
export function usdCost(amount: string, dollarYear = 2026): Scenario['cost'] {
  return { kind: 'custom', amount: dec(amount), currency: 'USD', dollarYear, label: 'Test amount' };
}

/** `n` hundredths as a Dec: cents(12345) is 123.45. */
export const hundredths = (n: number): Dec => dec(n).div(100);

/** A decimal with two places in [min, max] (inclusive). */
export const decimalArb = (min: number, max: number) =>
  fc.integer({ min: min * 100, max: max * 100 }).map(hundredths);

const ruleArb: fc.Arbitrary<ShareRule> = fc.oneof(
  decimalArb(0, 100).map((percent): ShareRule => ({ rule: 'percent', percent })),
  fc.constant<ShareRule>({ rule: 'gdp' }),
  fc.constant<ShareRule>({ rule: 'population' }),
  fc.constant<ShareRule>({ rule: 'nws' }),
  // A fixed amount up to US$1B: small enough to fit under most covered costs (others are filtered out).
  // Absent, nominal or constant dollars (absent means nominal).
  fc
    .tuple(fc.integer({ min: 0, max: 100_000_000_000 }), fc.constantFrom(undefined, ...DOLLARS))
    .map(([c, dollars]): ShareRule => ({
      rule: 'fixed',
      amount: hundredths(c),
      currency: 'USD',
      ...(dollars ? { amountDollars: dollars } : {}),
    })),
);

const pathArb: fc.Arbitrary<BudgetPath> = fc.oneof(
  fc.constantFrom<BudgetPath>({ path: 'held' }, { path: 'gdpShare' }, { path: 'pledge' }),
  fc
    .record({ pct: decimalArb(0.1, 20), year: fc.integer({ min: 2026, max: 2100 }) })
    .map(({ pct, year }): BudgetPath => ({ path: 'target', targetPct: pct, targetYear: year })),
);

/** No outlook (files before version 4), or any outlook within the file limits. */
export const outlookArb: fc.Arbitrary<Outlook | undefined> = fc.option(
  fc.record({
    canadaGdpGrowthPct: decimalArb(-20, 30),
    usGdpGrowthPct: decimalArb(-20, 30),
    canadaBudget: pathArb,
    usBudget: pathArb,
    thresholdPct: decimalArb(0, 100),
  }),
  { nil: undefined },
);

/** Any valid scenario within the file limits, with amounts from a cent to US$100T. */
export const scenarioArb: fc.Arbitrary<Scenario> = fc
  .record({
    amountCents: fc.oneof(
      fc.integer({ min: 1, max: 1000 }),
      fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER }),
    ),
    currency: fc.constantFrom('USD' as const, 'CAD' as const, 'GBP' as const),
    dollarYear: fc.integer({ min: 2015, max: 2035 }),
    startYear: fc.integer({ min: 2020, max: 2040 }),
    years: fc.integer({ min: 1, max: 50 }),
    profile: fc.constantFrom(...PROFILES),
    costGrowthPct: decimalArb(-100, 1000),
    inflationPct: decimalArb(-10, 50),
    discountRatePct: decimalArb(-10, 50),
    rule: ruleArb,
    coveredPct: decimalArb(0, 100),
    creditCents: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER })),
    cadPerUsd: decimalArb(1, 2),
    creditDollars: fc.constantFrom(undefined, ...DOLLARS),
    outlook: outlookArb,
  })
  .map((r): Scenario =>
    scenario({
      cost: {
        kind: 'custom',
        amount: hundredths(r.amountCents),
        currency: r.currency,
        dollarYear: r.dollarYear,
        label: 'x',
      },
      startYear: r.startYear,
      years: r.years,
      profile: r.profile,
      costGrowthPct: r.costGrowthPct,
      inflationPct: r.inflationPct,
      discountRatePct: r.discountRatePct,
      share: {
        ...r.rule,
        coveredPct: r.coveredPct,
        creditCad: hundredths(r.creditCents),
        ...(r.creditDollars ? { creditDollars: r.creditDollars } : {}),
      },
      fx: { ...defaultFx(), cadPerUsd: r.cadPerUsd },
      ...(r.outlook ? { outlook: r.outlook } : {}),
    }),
  )
  .filter((s) => scenarioProblems(s).length === 0);
