/** The zod schema of a scenario file of the current version, 4 (see scenarios/README.md). */
import { z } from 'zod';
import {
  CONTEXT_FIGURES,
  CONTEXT_KEYS,
  CONTEXT_RULES,
  CURRENCIES,
  DISTRIBUTIONS,
  DOLLARS,
  LIMITS,
  orderProblems,
  PROFILES,
  RANGE_LIMITS,
  RANGED_INPUTS,
  type RangedInput,
  SHARE_RULE_SPECS,
  SHARE_RULES,
  type ContextKey,
  type RuleParam,
} from '../core';
import { decimalField, integerField } from './decimalField';
import { textField } from './textField';
import { CURRENT_SCHEMA_VERSION } from './migrate';
import { outlookSchema } from './outlookFile';

const L = LIMITS;
/** Longest scenario name, in characters. */
export const MAX_NAME_LENGTH = 200;
const currency = z.enum(CURRENCIES, { error: `must be one of ${CURRENCIES.join(', ')}` });
const amount = decimalField(L.amount.min, L.amount.max);
const percent = decimalField(L.percent.min, L.percent.max);
const money = decimalField(0, L.amount.max);

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

type ParamField<P extends RuleParam> = P extends { kind: 'decimal' }
  ? ReturnType<typeof decimalField>
  : P extends { kind: 'currency' }
    ? typeof currency
    : typeof dollars;

/** The file fields of a share rule's parameters (core's SHARE_RULE_SPECS), each within its limits. */
function ruleParams<P extends Readonly<Record<string, RuleParam>>>(
  params: P,
): { [K in keyof P]: ParamField<P[K]> } {
  const field = (p: RuleParam) =>
    p.kind === 'decimal' ? decimalField(p.min, p.max) : p.kind === 'currency' ? currency : dollars;
  return Object.fromEntries(Object.entries(params).map(([k, p]) => [k, field(p)])) as {
    [K in keyof P]: ParamField<P[K]>;
  };
}

const { percent: percentRule, fixed: fixedRule } = SHARE_RULE_SPECS;

/** One member per rule with parameters; the rules given by context figures alone share one. */
const share = z.discriminatedUnion(
  'rule',
  [
    z.strictObject({ rule: z.literal('percent'), ...ruleParams(percentRule.params), ...shareCommon }),
    z.strictObject({ rule: z.enum(CONTEXT_RULES), ...shareCommon }),
    z.strictObject({ rule: z.literal('fixed'), ...ruleParams(fixedRule.params), ...shareCommon }),
  ],
  { error: `rule must be one of ${SHARE_RULES.join(', ')}` },
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

/** One optional range per ranged input (core's RANGED_INPUTS), within its limits. */
const ranges = z.strictObject(
  Object.fromEntries(RANGED_INPUTS.map((input) => [input, range(RANGE_LIMITS[input]).optional()])) as Record<
    RangedInput,
    z.ZodOptional<ReturnType<typeof range>>
  >,
);

/** Each context figure (core's CONTEXT_FIGURES), optional, within its limits. */
function contextShape() {
  const field = (key: ContextKey) => {
    const l: { min: number; max: number; exclusiveMin?: boolean } = CONTEXT_FIGURES[key].limits;
    return decimalField(l.min, l.max, { exclusiveMin: l.exclusiveMin ?? false }).optional();
  };
  return Object.fromEntries(CONTEXT_KEYS.map((k) => [k, field(k)])) as Record<
    ContextKey,
    ReturnType<typeof field>
  >;
}

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
  context: z.strictObject(contextShape()).optional(),
  ranges: ranges.optional(),
  /** Version 4: GDP and defence budgets year by year; absent, the context's figures every year. */
  outlook: outlookSchema.optional(),
});

export type ScenarioFileParsed = z.output<typeof scenarioFileSchema>;
