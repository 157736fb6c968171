/**
 * Canada's share rules (docs/model.md §5) — the table every list of them is built from: the
 * ShareRule type, the file schema (src/io), the choices on screen and the formulas their hints show
 * (src/ui), the "why" reconciliation's rule steps, the exercise function `rule_share_pct`, and the
 * sources an exercise cites. A rule's words live in one message area, typed by these names
 * (src/i18n/messages/shareRules.ts), so adding a rule here makes the type-check name that file too.
 */
import type { Context, ContextKey } from './context';
import { toUsd, type FxRates } from './fx';
import { dec, HUNDRED, ZERO, type Dec } from './money';
import { NWS_SHARE_PCT, type ReferenceFigure } from './reference';
import type { Currency, Dollars } from './units';

/** Rules whose share follows from the context and reference figures alone: no parameter of their own. */
export const CONTEXT_RULES = ['gdp', 'population', 'nws', 'area'] as const;
export type ContextRuleName = (typeof CONTEXT_RULES)[number];

/** Every share rule, in the order the file format lists them. */
export const SHARE_RULES = ['percent', ...CONTEXT_RULES, 'fixed'] as const;
export type ShareRuleName = (typeof SHARE_RULES)[number];

/** The rule that gives Canada's share s of the covered part of the program. */
export type ShareRule =
  | { readonly rule: 'percent'; readonly percent: Dec }
  | { readonly rule: ContextRuleName }
  /**
   * Canada's total, in whole units of `currency`: in nominal (then-year) dollars, or with
   * `amountDollars: 'constant'` in the cost's dollar-year prices (docs/model.md). Absent: nominal.
   */
  | {
      readonly rule: 'fixed';
      readonly amount: Dec;
      readonly currency: Currency;
      readonly amountDollars?: Dollars;
    };

/** The rule object of one rule name. */
export type RuleOf<N extends ShareRuleName> = N extends ContextRuleName
  ? { readonly rule: N }
  : Extract<ShareRule, { readonly rule: N }>;

/** A parameter of a rule in a scenario file: a decimal within limits, a currency, or which dollars (optional). */
export type RuleParam =
  | { readonly kind: 'decimal'; readonly min: number; readonly max: number }
  | { readonly kind: 'currency' }
  | { readonly kind: 'dollars' };

export interface ShareRuleSpec<N extends ShareRuleName> {
  /** Canada's fraction s of the covered cost under the rule (see shareFraction). */
  readonly fraction: (rule: RuleOf<N>, context: Context, fx: FxRates, coveredUsd: Dec) => Dec | undefined;
  /** The rule's own fields in a scenario file, in the order they are written, with their limits. */
  readonly params: { readonly [field: string]: RuleParam };
  /** The context figures s is computed from (cited with the rule). */
  readonly context: readonly ContextKey[];
  /**
   * For a rule that is Canada's part of two context figures, those figures (Canada's, the US's):
   * s = Canada's ÷ (Canada's + the US's). The worked steps and the hint's formula show them.
   */
  readonly ratio?: readonly [ContextKey, ContextKey];
  /** The published figure the rule stands on, with its source (cited with the rule). */
  readonly reference?: ReferenceFigure;
}

/** Canada's part of the sum of two context figures. */
const partOf = (canada: Dec, us: Dec) => canada.div(canada.plus(us));

/** A rule that is Canada's part of two context figures (Canada's, the US's): s = Canada's ÷ (both). */
function ratioRule<C extends ContextKey, U extends ContextKey>(canada: C, us: U) {
  return {
    fraction: (_r: unknown, c: Context) => partOf(c[canada], c[us]),
    params: {},
    context: [canada, us],
    ratio: [canada, us],
  } as const;
}

export const SHARE_RULE_SPECS = {
  percent: {
    fraction: (r) => r.percent.div(HUNDRED),
    params: { percent: { kind: 'decimal', min: 0, max: 100 } },
    context: [],
  },
  gdp: ratioRule('canadaGdpUsd', 'usGdpUsd'),
  population: ratioRule('canadaPopulation', 'usPopulation'),
  nws: {
    fraction: () => dec(NWS_SHARE_PCT.value).div(HUNDRED),
    params: {},
    context: [],
    reference: NWS_SHARE_PCT,
  },
  // Land area, not total area, for both (context.ts): what a shield over the continent would cover.
  area: ratioRule('canadaLandAreaKm2', 'usLandAreaKm2'),
  fixed: {
    // s is the fixed amount (in USD) over the covered total in the amount's own dollars.
    fraction: (r, _c, fx, coveredUsd) => {
      const fixedUsd = toUsd(r.amount, r.currency, fx);
      if (fixedUsd.isZero()) return ZERO;
      if (coveredUsd.isZero() || fixedUsd.gt(coveredUsd)) return undefined;
      return fixedUsd.div(coveredUsd);
    },
    params: {
      amount: { kind: 'decimal', min: 0, max: 1e14 },
      currency: { kind: 'currency' },
      amountDollars: { kind: 'dollars' },
    },
    context: [],
  },
} as const satisfies { readonly [N in ShareRuleName]: ShareRuleSpec<N> };

/** True when `name` is a rule given by the context and reference figures alone. */
export function isContextRule(name: string): name is ContextRuleName {
  return (CONTEXT_RULES as readonly string[]).includes(name);
}

/**
 * The fraction s of the covered cost that Canada pays under a rule. For `fixed`, s is the fixed
 * amount (in USD) over the covered total in the amount's own dollars (nominal, or constant with
 * `amountDollars: 'constant'` — the caller passes that total), so Canada's total in those dollars is
 * exactly that amount. Returns undefined when a fixed amount exceeds the covered total (or it is zero).
 * Exact; no rounding.
 */
export function shareFraction(
  rule: ShareRule,
  context: Context,
  fx: FxRates,
  coveredUsd: Dec,
): Dec | undefined {
  // One rule's spec takes that rule's object: the union of specs cannot say so, hence the cast.
  const spec = SHARE_RULE_SPECS[rule.rule] as ShareRuleSpec<ShareRuleName> as {
    fraction: (r: ShareRule, c: Context, f: FxRates, u: Dec) => Dec | undefined;
  };
  return spec.fraction(rule, context, fx, coveredUsd);
}

/** Canada's share (%) under a rule given by context and reference figures alone. Exact. */
export function contextRuleSharePct(rule: ContextRuleName, context: Context, fx: FxRates): Dec {
  return (shareFraction({ rule }, context, fx, ZERO) ?? ZERO).times(HUNDRED);
}

/** What a rule's share stands on, for citing it: the context figures it reads and its published figure. */
export function ruleBasis(rule: ShareRuleName): Pick<ShareRuleSpec<ShareRuleName>, 'context' | 'reference'> {
  return SHARE_RULE_SPECS[rule];
}

/** The two context figures (Canada's, the US's) of a rule that is Canada's part of them, or undefined. */
export function ruleRatio(rule: ShareRuleName): readonly [ContextKey, ContextKey] | undefined {
  const spec: Pick<ShareRuleSpec<ShareRuleName>, 'context' | 'ratio'> = SHARE_RULE_SPECS[rule];
  return spec.ratio;
}
