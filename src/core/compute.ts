/**
 * The calculation (docs/model.md §1–6): program cost, its spread over the years,
 * constant and nominal dollars, present value, and Canada's and the US's parts. Exact: nothing
 * here rounds; rounding happens only in report.ts.
 */
import { resolveBaseCost, type BaseCost } from './baseCost';
import { Dec, HUNDRED, ONE, pctToFraction, powers, sum, ZERO } from './money';
import { ScenarioError, type Problem } from './problem';
import { quoteText } from './quote';
import { profileShares } from './profile';
import type { Scenario } from './scenario';
import type { Dollars } from './units';
import { shareFraction } from './share';
import { toUsd } from './fx';

export interface YearResult {
  readonly year: number;
  /** This year's fraction of the whole program. */
  readonly share: Dec;
  readonly constantUsd: Dec;
  readonly nominalUsd: Dec;
  /** Nominal cost discounted to the start year (worked out when first read). */
  readonly presentValueUsd: Dec;
}

export interface ScenarioResult {
  readonly scenario: Scenario;
  readonly base: BaseCost;
  /** Base cost in USD with cost growth, in constant (dollar-year) dollars. */
  readonly programConstantUsd: Dec;
  readonly years: readonly YearResult[];
  readonly totalConstantUsd: Dec;
  readonly totalNominalUsd: Dec;
  /** The sum of the years' present values (worked out when first read). */
  readonly presentValueUsd: Dec;
  /** The share rule's fraction s of the covered cost. */
  readonly ruleFraction: Dec;
  /** Canada's total before any credit, in the credit's dollars (nominal unless `creditDollars` is constant). */
  readonly canadaBeforeCreditUsd: Dec;
  /** The credit actually used, in the same dollars (it cannot take Canada below zero). */
  readonly creditAppliedUsd: Dec;
  /** Canada's fraction of every year's cost: covered × s × (after credit ÷ before credit). */
  readonly canadaFraction: Dec;
}

/** The amount a `dollars` figure is set against: a total in nominal or in constant dollars. */
function inDollars(dollars: Dollars | undefined, totals: { nominal: Dec; constant: Dec }): Dec {
  return dollars === 'constant' ? totals.constant : totals.nominal;
}

/** The covered part of the program's total, in nominal and in constant dollars. */
function coveredTotals(scenario: Scenario, years: readonly YearResult[]): { nominal: Dec; constant: Dec } {
  const covered = pctToFraction(scenario.share.coveredPct);
  return {
    nominal: sum(years.map((y) => y.nominalUsd)).times(covered),
    constant: sum(years.map((y) => y.constantUsd)).times(covered),
  };
}

/** The fixed amount's dollars; undefined for the other rules. */
function fixedDollars(share: Scenario['share']): Dollars | undefined {
  return share.rule === 'fixed' ? share.amountDollars : undefined;
}

/** Everything that stops a scenario from being computed. Empty when it can be. */
export function scenarioProblems(scenario: Scenario): Problem[] {
  const base = resolveBaseCost(scenario.cost, scenario.fx);
  if (!base)
    return [
      {
        path: 'cost.estimateId',
        message: `unknown estimate id ${quoteText(scenario.cost.kind === 'estimate' ? scenario.cost.estimateId : '')}`,
      },
    ];
  const { share } = scenario;
  if (share.rule !== 'fixed') return [];
  const covered = inDollars(share.amountDollars, coveredTotals(scenario, programYears(scenario, base)));
  if (shareFraction(share, scenario.context, scenario.fx, covered) === undefined) {
    const fixedUsd = toUsd(share.amount, share.currency, scenario.fx);
    const dollars = share.amountDollars === 'constant' ? ` (constant ${base.dollarYear} dollars)` : '';
    return [
      {
        path: 'share.amount',
        message: `fixed share US$${fixedUsd.toFixed(2)} is more than the covered cost US$${covered.toFixed(2)}${dollars}`,
      },
    ];
  }
  return [];
}

/** Base cost in USD with cost growth applied, in constant (dollar-year) dollars. */
function programUsd(scenario: Scenario, base: BaseCost): Dec {
  return base.usd.times(ONE.plus(pctToFraction(scenario.costGrowthPct)));
}

function programYears(scenario: Scenario, base: BaseCost): YearResult[] {
  const program = programUsd(scenario, base);
  const inflation = ONE.plus(pctToFraction(scenario.inflationPct));
  const discount = ONE.plus(pctToFraction(scenario.discountRatePct));
  const years = Array.from({ length: scenario.years }, (_, k) => scenario.startYear + k);
  const prices = powers(
    inflation,
    years.map((y) => y - base.dollarYear),
  );
  const discounts = powers(
    discount,
    years.map((y) => y - scenario.startYear),
  );
  return profileShares(scenario.profile, scenario.years).map((share, k) => {
    const constantUsd = program.times(share);
    const nominalUsd = constantUsd.times(prices[k] ?? ONE);
    // Worked out when first read: the simulation's thousands of draws never read it.
    let presentValue: Dec | undefined;
    return {
      year: years[k] ?? scenario.startYear + k,
      share,
      constantUsd,
      nominalUsd,
      get presentValueUsd() {
        return (presentValue ??= nominalUsd.div(discounts[k] ?? ONE));
      },
    };
  });
}

/**
 * Computes a scenario exactly. Throws ScenarioError if scenarioProblems finds any.
 * A fixed amount is set against the covered total in its own dollars (nominal unless
 * `amountDollars` is constant); the credit is taken off Canada's total in its own dollars.
 */
export function computeScenario(scenario: Scenario): ScenarioResult {
  const problems = scenarioProblems(scenario);
  const base = resolveBaseCost(scenario.cost, scenario.fx);
  if (problems.length > 0 || !base) throw new ScenarioError(problems);
  const years = programYears(scenario, base);
  const { share, context, fx } = scenario;
  const coveredTotal = coveredTotals(scenario, years);
  const ruleFraction =
    shareFraction(share, context, fx, inDollars(fixedDollars(share), coveredTotal)) ?? ZERO;
  const canadaBeforeCreditUsd = inDollars(share.creditDollars, coveredTotal).times(ruleFraction);
  const creditUsd = toUsd(share.creditCad, 'CAD', fx);
  const creditAppliedUsd = Dec.min(creditUsd, canadaBeforeCreditUsd);
  const afterCredit = canadaBeforeCreditUsd.minus(creditAppliedUsd);
  const creditFactor = canadaBeforeCreditUsd.isZero() ? ZERO : afterCredit.div(canadaBeforeCreditUsd);
  let presentValue: Dec | undefined;
  return {
    scenario,
    base,
    programConstantUsd: programUsd(scenario, base),
    years,
    totalConstantUsd: sum(years.map((y) => y.constantUsd)),
    totalNominalUsd: sum(years.map((y) => y.nominalUsd)),
    get presentValueUsd() {
      return (presentValue ??= sum(years.map((y) => y.presentValueUsd)));
    },
    ruleFraction,
    canadaBeforeCreditUsd,
    creditAppliedUsd,
    canadaFraction: pctToFraction(share.coveredPct).times(ruleFraction).times(creditFactor),
  };
}

/** A year's program cost in the chosen dollars. */
export function yearCost(year: YearResult, dollars: Dollars): Dec {
  return dollars === 'nominal' ? year.nominalUsd : year.constantUsd;
}

/** Canada's effective share of the whole program, as a percentage (exact). */
export function canadaSharePct(result: ScenarioResult): Dec {
  return result.canadaFraction.times(HUNDRED);
}
