/**
 * The one place the core computes money in plain JavaScript numbers: a float mirror of
 * computeScenario's formulas, used by the simulation only to RANK draws (thousands a second).
 * Every money value the simulation reports is recomputed from the chosen draw with the exact core.
 *
 * Determinism: only + − × ÷ (correctly rounded in IEEE 754) and a fixed order of operations; powers
 * are taken by repeated squaring, never Math.pow, so the ranking is the same in every engine.
 *
 * Tolerance (checked by test/core/uncertaintyModel.test.ts): each float money figure is within
 * FLOAT_TOLERANCE × its scale of the exact, unrounded core value, where the scale is the program's
 * nominal cost in the same unit (the whole program for totals, that year's cost for a year). It is
 * scaled by the program rather than the figure itself because a credit that nearly cancels Canada's
 * share leaves a small difference of two large numbers. The largest error seen over 2,000 random
 * scenarios and draws (inflation up to 50 % a year, growth up to 1,000 %) was 1e-12. As the floats
 * only rank draws, the tolerance matters only for two draws whose exact figures are closer than it:
 * a percentile may then land on the neighbouring draw, whose exact figure is just as close. The peak
 * shares of budget and GDP are held to the same bound, scaled by the program's largest yearly share of
 * the same budget or GDP.
 */
import { computeScenario } from '../compute';
import { Dec, pctToFraction } from '../money';
import { GDP_BASE_YEAR, OUTLOOK_FIGURES, pathSharePct } from '../outlook';
import { profileWeight } from '../profile';
import type { Scenario } from '../scenario';
import type { Currency } from '../units';

/** The documented bound on the float mirror's error, relative to the program's cost (see above). */
export const FLOAT_TOLERANCE = 1e-9;

/**
 * One draw's inputs as numbers. canadaSharePct is NaN when it is not ranged (the share rule decides);
 * canadaGdpGrowthPct is 0 without an outlook (the GDP held).
 */
export interface FloatInputs {
  baseCost: number;
  costGrowthPct: number;
  inflationPct: number;
  cadPerUsd: number;
  canadaSharePct: number;
  canadaGdpGrowthPct: number;
}

/** A draw's results as numbers: totals (nominal) and what a year's figure needs. */
export interface FloatResult {
  readonly programTotalUsd: number;
  readonly canadaTotalUsd: number;
  readonly canadaTotalCad: number;
  readonly canadaCadPerPerson: number;
  /** Canada's yearly cost in its peak year, % of that year's defence budget (nominal, report.ts). */
  readonly canadaPeakPctOfDefenceBudget: number;
  /** Canada's largest yearly cost as % of that year's GDP (its year may differ from the budget's peak). */
  readonly canadaPeakPctOfGdp: number;
  /** Program cost in constant dollars (with cost growth). */
  readonly programUsd: number;
  /** 1 + inflation. */
  readonly growthFactor: number;
  /** Canada's fraction of every year's cost. */
  readonly canadaFraction: number;
  readonly cadPerUsd: number;
}

/** The parts of a scenario that do not change from draw to draw, as numbers. */
export interface FloatModel {
  readonly inputs: Readonly<FloatInputs>;
  readonly currency: Currency;
  readonly usdPerGbp: number;
  /** Each year's share of the program (weight ÷ sum of weights). */
  readonly shares: Float64Array;
  /** Each year's distance from the dollar-year, the power of the inflation factor. */
  readonly exponents: Int32Array;
  readonly covered: number;
  /** The share rule: a constant fraction, or a fixed amount in nominal or constant dollars. */
  readonly rule:
    | { readonly fraction: number }
    | { readonly fixed: number; readonly currency: Currency; readonly constant: boolean };
  readonly creditCad: number;
  /** The credit is in constant (dollar-year) dollars rather than nominal. */
  readonly creditConstant: boolean;
  readonly canadaPopulation: number;
  /** Canada's GDP in GDP_BASE_YEAR (USD) and each year's distance from it, the power of the growth factor. */
  readonly gdpUsd: number;
  readonly gdpExponents: Int32Array;
  /**
   * Canada's nominal defence budget each year: a figure held (CAD), or a share of that year's GDP
   * (% per year) — outlook.ts's outlookYears in the nominal table.
   */
  readonly budget: { readonly heldCad: number } | { readonly sharePct: Float64Array };
}

/** x^n for a whole n by repeated squaring (n < 0: 1 ÷ x^−n). Deterministic: × and ÷ only. */
export function powInt(x: number, n: number): number {
  let result = 1;
  let base = x;
  for (let e = Math.abs(n); e > 0; e = Math.floor(e / 2)) {
    if (e % 2 === 1) result *= base;
    base *= base;
  }
  return n < 0 ? 1 / result : result;
}

function toUsd(amount: number, currency: Currency, cadPerUsd: number, usdPerGbp: number): number {
  return currency === 'USD' ? amount : currency === 'CAD' ? amount / cadPerUsd : amount * usdPerGbp;
}

/** Prepares the float mirror of a computable scenario (its own values as the default inputs). */
export function floatModel(scenario: Scenario): FloatModel {
  const result = computeScenario(scenario);
  const { base } = result;
  const n = scenario.years;
  const weights = Array.from({ length: n }, (_, k) => profileWeight(scenario.profile, k + 1, n));
  const weightSum = weights.reduce((a, w) => a + w, 0);
  const { share, outlook, context } = scenario;
  const years = weights.map((_, k) => scenario.startYear + k);
  const latestPct = new Dec(OUTLOOK_FIGURES.canadaLatestPct.value);
  const path = outlook?.canadaBudget;
  const sharePcts = path && years.map((y) => pathSharePct(path, latestPct, y));
  return {
    inputs: {
      baseCost: base.amount.toNumber(),
      costGrowthPct: scenario.costGrowthPct.toNumber(),
      inflationPct: scenario.inflationPct.toNumber(),
      cadPerUsd: scenario.fx.cadPerUsd.toNumber(),
      canadaSharePct: Number.NaN,
      canadaGdpGrowthPct: outlook?.canadaGdpGrowthPct.toNumber() ?? 0,
    },
    currency: base.currency,
    usdPerGbp: scenario.fx.usdPerGbp.toNumber(),
    shares: Float64Array.from(weights, (w) => w / weightSum),
    exponents: Int32Array.from(weights, (_, k) => scenario.startYear + k - base.dollarYear),
    covered: pctToFraction(share.coveredPct).toNumber(),
    rule:
      share.rule === 'fixed'
        ? {
            fixed: share.amount.toNumber(),
            currency: share.currency,
            constant: share.amountDollars === 'constant',
          }
        : { fraction: result.ruleFraction.toNumber() },
    creditCad: share.creditCad.toNumber(),
    creditConstant: share.creditDollars === 'constant',
    canadaPopulation: context.canadaPopulation.toNumber(),
    gdpUsd: context.canadaGdpUsd.toNumber(),
    gdpExponents: Int32Array.from(years, (y) => y - GDP_BASE_YEAR),
    budget:
      sharePcts && sharePcts.every((p) => p !== undefined)
        ? { sharePct: Float64Array.from(sharePcts, (p) => p.toNumber()) }
        : { heldCad: context.canadaDefenceBudgetCad.toNumber() },
  };
}

/**
 * The share fraction s of a draw: the drawn canadaSharePct if ranged; else the rule's fraction; for
 * `fixed`, the fixed amount over the covered cost, capped at 1 (a draw whose covered cost is below
 * the fixed amount has Canada pay all of it — the exact core does the same, see drawScenario.ts).
 */
function ruleFraction(model: FloatModel, x: FloatInputs, covered: CoveredFloat): number {
  if (!Number.isNaN(x.canadaSharePct)) return x.canadaSharePct / 100;
  const { rule } = model;
  if ('fraction' in rule) return rule.fraction;
  const coveredUsd = rule.constant ? covered.constant : covered.nominal;
  const fixedUsd = toUsd(rule.fixed, rule.currency, x.cadPerUsd, model.usdPerGbp);
  if (fixedUsd === 0) return 0;
  return fixedUsd >= coveredUsd ? 1 : fixedUsd / coveredUsd;
}

/** The covered part of a draw's program total, in nominal and in constant dollars. */
interface CoveredFloat {
  readonly nominal: number;
  readonly constant: number;
}

/** One draw through the float mirror of computeScenario and the report's nominal totals. */
export function evaluateFloat(model: FloatModel, x: FloatInputs): FloatResult {
  const programUsd =
    toUsd(x.baseCost, model.currency, x.cadPerUsd, model.usdPerGbp) * (1 + x.costGrowthPct / 100);
  const growthFactor = 1 + x.inflationPct / 100;
  let nominalShare = 0;
  let constantShare = 0;
  for (let k = 0; k < model.shares.length; k += 1) {
    nominalShare += (model.shares[k] ?? 0) * powInt(growthFactor, model.exponents[k] ?? 0);
    constantShare += model.shares[k] ?? 0;
  }
  const programTotalUsd = programUsd * nominalShare;
  const covered = {
    nominal: programTotalUsd * model.covered,
    constant: programUsd * constantShare * model.covered,
  };
  const s = ruleFraction(model, x, covered);
  const before = (model.creditConstant ? covered.constant : covered.nominal) * s;
  const credit = Math.min(model.creditCad / x.cadPerUsd, before);
  const creditFactor = before === 0 ? 0 : (before - credit) / before;
  const canadaFraction = model.covered * s * creditFactor;
  const canadaTotalUsd = programTotalUsd * canadaFraction;
  const canadaTotalCad = canadaTotalUsd * x.cadPerUsd;
  const peaks = peakPcts(model, x, programUsd, growthFactor, canadaFraction);
  return {
    programTotalUsd,
    canadaTotalUsd,
    canadaTotalCad,
    canadaCadPerPerson: canadaTotalCad / model.canadaPopulation,
    canadaPeakPctOfDefenceBudget: peaks.budget,
    canadaPeakPctOfGdp: peaks.gdp,
    programUsd,
    growthFactor,
    canadaFraction,
    cadPerUsd: x.cadPerUsd,
  };
}

/** Canada's nominal cost in year k (0-based) of a draw, in US dollars. */
export function floatYearCanadaUsd(
  model: FloatModel,
  k: number,
  programUsd: number,
  growthFactor: number,
  canadaFraction: number,
): number {
  return programUsd * (model.shares[k] ?? 0) * powInt(growthFactor, model.exponents[k] ?? 0) * canadaFraction;
}

/**
 * The largest of Canada's yearly costs as % of that year's defence budget and as % of that year's
 * GDP: the GDP grows by the drawn rate from GDP_BASE_YEAR, and a budget on a path is its share of it.
 */
function peakPcts(
  model: FloatModel,
  x: FloatInputs,
  programUsd: number,
  growthFactor: number,
  canadaFraction: number,
): { budget: number; gdp: number } {
  const gdpGrowth = 1 + x.canadaGdpGrowthPct / 100;
  let [budget, gdp] = [-Infinity, -Infinity];
  for (let k = 0; k < model.shares.length; k += 1) {
    const canadaUsd = floatYearCanadaUsd(model, k, programUsd, growthFactor, canadaFraction);
    const gdpUsd = model.gdpUsd * powInt(gdpGrowth, model.gdpExponents[k] ?? 0);
    const budgetCad =
      'heldCad' in model.budget
        ? model.budget.heldCad
        : (gdpUsd * x.cadPerUsd * (model.budget.sharePct[k] ?? 0)) / 100;
    budget = Math.max(budget, (canadaUsd * x.cadPerUsd * 100) / budgetCad);
    gdp = Math.max(gdp, (canadaUsd * 100) / gdpUsd);
  }
  return { budget, gdp };
}
