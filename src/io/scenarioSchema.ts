/** The zod schema of a scenario file of the current version, 3 (see scenarios/README.md). */
import { z } from 'zod';
import { CURRENCIES, DISTRIBUTIONS, DOLLARS, LIMITS, orderProblems, PROFILES, RANGE_LIMITS } from '../core';
import { decimalField, integerField } from './decimalField';
import { textField } from './textField';
import { CURRENT_SCHEMA_VERSION } from './migrate';

const L = LIMITS;
/** Longest scenario name, in characters. */
export const MAX_NAME_LENGTH = 200;
const currency = z.enum(CURRENCIES, { error: `must be one of ${CURRENCIES.join(', ')}` });
const amount = decimalField(L.amount.min, L.amount.max);
const percent = decimalField(L.percent.min, L.percent.max);
const money = decimalField(0, L.amount.max);
const positive = decimalField(0, L.amount.max, { exclusiveMin: true });
const divisor = decimalField(L.divisor.min, L.divisor.max);

const cost = z
  .strictObject({
    estimateId: z.string({ error: 'must be a catalog id (npm run cli -- list)' }).optional(),
    amount: amount.optional(),
    currency: currency.optional(),
    dollarYear: integerField(L.dollarYear.min, L.dollarYear.max).optional(),
    label: textField(200).optional(),
  })
  .superRefine((c, ctx) => {
    if (c.estimateId !== undefined) {
      for (const key of ['amount', 'currency', 'dollarYear'] as const) {
        if (c[key] !== undefined)
          ctx.addIssue({
            code: 'custom',
            path: [key],
            message: 'give either estimateId or a custom amount, not both',
          });
      }
      return;
    }
    for (const key of ['amount', 'currency', 'dollarYear'] as const) {
      if (c[key] === undefined)
        ctx.addIssue({
          code: 'custom',
          path: [key],
          message: 'required for a custom amount (or give estimateId)',
        });
    }
  });

/** Version 3: which dollars a fixed amount or a credit is in; absent means nominal (as in versions 1–2). */
const dollars = z.enum(DOLLARS, { error: `must be one of ${DOLLARS.join(', ')}` }).optional();
const shareCommon = { coveredPct: percent.optional(), creditCad: money.optional(), creditDollars: dollars };
const share = z.discriminatedUnion(
  'rule',
  [
    z.strictObject({ rule: z.literal('percent'), percent, ...shareCommon }),
    z.strictObject({ rule: z.literal('gdp'), ...shareCommon }),
    z.strictObject({ rule: z.literal('population'), ...shareCommon }),
    z.strictObject({ rule: z.literal('nws'), ...shareCommon }),
    z.strictObject({
      rule: z.literal('fixed'),
      amount: money,
      currency,
      amountDollars: dollars,
      ...shareCommon,
    }),
  ],
  { error: 'rule must be one of percent, gdp, population, nws, fixed' },
);

/** A range in the input's own unit, each bound within the input's limits; low ≤ mostLikely ≤ high. */
function range({ min, max }: { min: number; max: number }) {
  const bound = decimalField(min, max);
  return z
    .strictObject({
      low: bound,
      high: bound,
      mostLikely: bound.optional(),
      distribution: z.enum(DISTRIBUTIONS, { error: `must be one of ${DISTRIBUTIONS.join(', ')}` }),
    })
    .superRefine((r, ctx) => {
      for (const p of orderProblems('', r))
        ctx.addIssue({ code: 'custom', path: [p.path], message: p.message });
    });
}

const ranges = z.strictObject({
  baseCost: range(RANGE_LIMITS.baseCost).optional(),
  costGrowthPct: range(RANGE_LIMITS.costGrowthPct).optional(),
  inflationPct: range(RANGE_LIMITS.inflationPct).optional(),
  cadPerUsd: range(RANGE_LIMITS.cadPerUsd).optional(),
  canadaSharePct: range(RANGE_LIMITS.canadaSharePct).optional(),
});

export const scenarioFileSchema = z.strictObject({
  schemaVersion: z.literal(CURRENT_SCHEMA_VERSION),
  id: z.string({ error: 'must be text' }).regex(/^[a-z0-9][a-z0-9-]{0,63}$/, {
    error: 'must be lowercase letters, digits and dashes (it names the CSV file)',
  }),
  name: textField(MAX_NAME_LENGTH, { nonEmpty: true }),
  description: textField(2000).optional(),
  fr: z
    .strictObject({
      name: textField(MAX_NAME_LENGTH, { nonEmpty: true }),
      description: textField(2000),
    })
    .optional(),
  cost,
  startYear: integerField(L.startYear.min, L.startYear.max).optional(),
  years: integerField(L.years.min, L.years.max).optional(),
  profile: z.enum(PROFILES, { error: `must be one of ${PROFILES.join(', ')}` }).optional(),
  costGrowthPct: decimalField(L.costGrowthPct.min, L.costGrowthPct.max).optional(),
  inflationPct: decimalField(L.inflationPct.min, L.inflationPct.max).optional(),
  discountRatePct: decimalField(L.discountRatePct.min, L.discountRatePct.max).optional(),
  share,
  fx: z
    .strictObject({
      cadPerUsd: decimalField(L.cadPerUsd.min, L.cadPerUsd.max).optional(),
      usdPerGbp: decimalField(L.usdPerGbp.min, L.usdPerGbp.max).optional(),
    })
    .optional(),
  context: z
    .strictObject({
      canadaGdpUsd: divisor.optional(),
      usGdpUsd: positive.optional(),
      canadaPopulation: divisor.optional(),
      usPopulation: divisor.optional(),
      canadaDefenceBudgetCad: divisor.optional(),
      usDefenceBudgetUsd: divisor.optional(),
    })
    .optional(),
  ranges: ranges.optional(),
});

export type ScenarioFileParsed = z.output<typeof scenarioFileSchema>;
