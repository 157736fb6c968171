/**
 * Monte Carlo simulation of a scenario's ranges. Each draw takes, in RANGED_INPUTS order, one
 * number from the seeded generator per ranged input and turns it into a value by the range's
 * inverse CDF. Draws are ranked with the float mirror (floatModel.ts); the draw at each percentile's
 * nearest rank is then recomputed exactly (computeScenario, then buildReport for a total or
 * canadaYears for a year of the fan chart, nominal dollars), so every reported figure is an exact
 * report figure of one draw, rounded like the deterministic report.
 */
import { buildReport, canadaYears, type Report } from '../report';
import { SIMULATION_SETTINGS } from './settings';
import { computeScenario, scenarioProblems, type ScenarioResult } from '../compute';
import { dec, Dec } from '../money';
import { ScenarioError } from '../problem';
import type { Scenario } from '../scenario';
import { inverseCdf, toFloatRange } from './distributions';
import { withInputs, type InputValues } from './drawScenario';
import { evaluateFloat, floatModel, floatYearCanadaUsd, type FloatInputs } from './floatModel';
import { PERCENTILE_KEYS, percentileDraws, type PercentileKey } from './percentile';
import { createRng, MAX_SEED, nextUnit } from './prng';
import { RANGED_INPUTS, type Range, type RangedInput } from './range';
import { rangedInputs, rangeNeedsProblems, rangeProblems } from './ranges';

/** The most draws one simulation may take (memory: about 100 bytes a draw). */
/** The engine takes any number of draws up to the settings' most (the app and the command line offer at least 100). */
const MAX_DRAWS = SIMULATION_SETTINGS.draws.max;

/**
 * The five percentiles of one figure, each an exact report value of one draw (money to the cent,
 * percentages to PCT_DP places, half-even, as the report).
 */
export type Percentiles = Readonly<Record<PercentileKey, Dec>>;

/**
 * The totals the simulation reports, each with its unit: money in nominal US or Canadian dollars, or
 * a percentage. New ones are appended (the CSV and the page keep the older ones' order).
 * - canadaPeakPctOfDefenceBudget: the report's Canada's cost in its peak year, % of that year's
 *   defence budget (docs/model.md §12) — what GDP growth moves when the budget is a share of GDP;
 * - canadaPeakPctOfGdp: the largest of Canada's yearly costs as % of that year's GDP (the report's
 *   yearly canadaPctOfGdp; its year may differ from the budget's peak year).
 */
export const TOTAL_METRIC_UNITS = {
  programTotalUsd: 'USD',
  canadaTotalUsd: 'USD',
  canadaTotalCad: 'CAD',
  canadaCadPerPerson: 'CAD',
  canadaPeakPctOfDefenceBudget: 'pct',
  canadaPeakPctOfGdp: 'pct',
} as const satisfies Record<string, 'USD' | 'CAD' | 'pct'>;
export type TotalMetric = keyof typeof TOTAL_METRIC_UNITS;
export const TOTAL_METRICS = Object.keys(TOTAL_METRIC_UNITS) as readonly TotalMetric[];

/** One year's percentiles of Canada's nominal cost: the fan chart. */
export interface YearPercentiles {
  readonly year: number;
  readonly canadaUsd: Percentiles;
  readonly canadaCad: Percentiles;
}

export interface Simulation {
  readonly draws: number;
  readonly seed: number;
  /** Nominal totals: the program (USD), Canada's total (USD, CAD), per person (CAD), and Canada's peak shares (%). */
  readonly totals: Readonly<Record<TotalMetric, Percentiles>>;
  readonly years: readonly YearPercentiles[];
}

export interface SimulationOptions {
  /** Number of draws, 1 to 1,000,000. */
  readonly draws: number;
  /** Seed of the generator, 0 to 2^32 − 1. */
  readonly seed: number;
}

type CanadaYears = ReturnType<typeof canadaYears>;

interface Sampled {
  readonly ranged: readonly (readonly [RangedInput, Range])[];
  /** Draw d's value of ranged input j is at d · ranged.length + j. */
  readonly values: Float64Array;
}

function sample(scenario: Scenario, { draws, seed }: SimulationOptions): Sampled {
  const ranged = RANGED_INPUTS.flatMap((input) => {
    const range = scenario.ranges[input];
    return range ? [[input, range] as const] : [];
  });
  const floats = ranged.map(([, r]) => toFloatRange(r));
  const rng = createRng(seed);
  const values = new Float64Array(draws * ranged.length);
  for (let i = 0; i < values.length; i += 1) {
    const range = floats[i % floats.length];
    if (range) values[i] = inverseCdf(range, nextUnit(rng));
  }
  return { ranged, values };
}

/** Draw d's inputs, exact: a zero-width range gives its own Dec, any other the drawn double's decimal. */
function drawValues({ ranged, values }: Sampled, d: number): InputValues {
  const out: InputValues = {};
  ranged.forEach(([input, range], j) => {
    out[input] = range.low.eq(range.high) ? range.low : dec(values[d * ranged.length + j] ?? Number.NaN);
  });
  return out;
}

/**
 * Runs `draws` draws of the scenario's ranges with the given seed and reports percentiles 5, 25,
 * 50, 75, 95 of the nominal totals and of Canada's cost in each year. Same scenario and options →
 * same result in every engine. A scenario without ranges (or with zero-width ones) gives the
 * deterministic report's figures at every percentile. The percentiles are ordered (p5 ≤ … ≤ p95)
 * except, in principle, by a cent or so when two chosen draws are closer than the float tolerance
 * or a cent apart (the years are rounded by largest remainder). Throws ScenarioError for a scenario
 * with problems and RangeError for draws or a seed out of range.
 */
export function simulate(scenario: Scenario, options: SimulationOptions): Simulation {
  const { draws, seed } = options;
  if (!Number.isInteger(draws) || draws < 1 || draws > MAX_DRAWS) {
    throw new RangeError(`draws must be a whole number from 1 to ${MAX_DRAWS}, got ${draws}`);
  }
  if (!Number.isInteger(seed) || seed < 0 || seed > MAX_SEED) {
    throw new RangeError(`seed must be a whole number from 0 to ${MAX_SEED}, got ${seed}`);
  }
  const problems = [
    ...scenarioProblems(scenario),
    ...rangeProblems(scenario.ranges),
    ...rangeNeedsProblems(scenario, rangedInputs(scenario)),
  ];
  if (problems.length > 0) throw new ScenarioError(problems);
  const sampled = sample(scenario, options);
  const ranks = new FloatRanks(scenario, sampled, draws);
  const exact = new ExactDraws(scenario, sampled);
  const pick = (drawsAt: number[], value: (d: number) => Dec): Percentiles =>
    Object.fromEntries(PERCENTILE_KEYS.map((key, i) => [key, value(drawsAt[i] ?? 0)])) as Percentiles;
  const totals = Object.fromEntries(
    TOTAL_METRICS.map((m) => [m, pick(percentileDraws(ranks.totals[m]), (d) => totalOf(exact.report(d), m))]),
  ) as Record<TotalMetric, Percentiles>;
  const years = Array.from({ length: scenario.years }, (_, k): YearPercentiles => {
    const usd = ranks.yearCanadaUsd(k);
    const cad = usd.map((v, d) => v * (ranks.cadPerUsd[d] ?? 0));
    return {
      year: scenario.startYear + k,
      canadaUsd: pick(percentileDraws(usd), (d) => exact.years(d).usd[k] ?? dec(0)),
      canadaCad: pick(percentileDraws(cad), (d) => exact.years(d).cad[k] ?? dec(0)),
    };
  });
  return { draws, seed, totals, years };
}

function totalOf(report: Report, metric: TotalMetric): Dec {
  const t = report.totals;
  switch (metric) {
    case 'programTotalUsd':
      return t.programUsd;
    case 'canadaTotalUsd':
      return t.canadaUsd;
    case 'canadaTotalCad':
      return t.canadaCad;
    case 'canadaCadPerPerson':
      return t.canadaCadPerPerson;
    case 'canadaPeakPctOfDefenceBudget':
      return t.canadaPeakPctOfDefenceBudget;
    case 'canadaPeakPctOfGdp':
      // Rounding is monotone, so the largest rounded year is the largest exact year rounded.
      return Dec.max(...report.rows.map((r) => r.canadaPctOfGdp));
  }
}

/** Every draw through the float mirror: the figures the draws are ranked by. */
class FloatRanks {
  readonly totals: Record<TotalMetric, Float64Array>;
  readonly cadPerUsd: Float64Array;
  private readonly programUsd: Float64Array;
  private readonly growth: Float64Array;
  private readonly fraction: Float64Array;
  private readonly model: ReturnType<typeof floatModel>;

  constructor(scenario: Scenario, { ranged, values }: Sampled, draws: number) {
    this.model = floatModel(scenario);
    const column = () => new Float64Array(draws);
    this.totals = Object.fromEntries(TOTAL_METRICS.map((m) => [m, column()])) as Record<
      TotalMetric,
      Float64Array
    >;
    [this.cadPerUsd, this.programUsd, this.growth, this.fraction] = [column(), column(), column(), column()];
    const x: FloatInputs = { ...this.model.inputs };
    for (let d = 0; d < draws; d += 1) {
      ranged.forEach(([input], j) => {
        x[input] = values[d * ranged.length + j] ?? Number.NaN;
      });
      const r = evaluateFloat(this.model, x);
      for (const m of TOTAL_METRICS) this.totals[m][d] = r[m];
      this.cadPerUsd[d] = r.cadPerUsd;
      this.programUsd[d] = r.programUsd;
      this.growth[d] = r.growthFactor;
      this.fraction[d] = r.canadaFraction;
    }
  }

  /** Canada's cost in year k (0-based) of every draw, nominal USD. */
  yearCanadaUsd(k: number): Float64Array {
    return this.programUsd.map((p, d) =>
      floatYearCanadaUsd(this.model, k, p, this.growth[d] ?? 0, this.fraction[d] ?? 0),
    );
  }
}

/**
 * Exact figures of chosen draws, each worked out once: the whole report for the totals, and for the
 * fan chart only Canada's yearly cost, rounded exactly as the report's rows are (canadaYears).
 */
class ExactDraws {
  private readonly cache = new Map<
    string,
    { result: ScenarioResult; report?: Report; years?: CanadaYears }
  >();
  constructor(
    private readonly scenario: Scenario,
    private readonly sampled: Sampled,
  ) {}

  private draw(d: number) {
    const values = drawValues(this.sampled, d);
    // Keyed by the values, not the index: draws with the same inputs (zero-width ranges) share one.
    const key = Object.values(values).map(String).join(' ');
    let draw = this.cache.get(key);
    if (!draw) {
      draw = { result: computeScenario(withInputs(this.scenario, values)) };
      this.cache.set(key, draw);
    }
    return draw;
  }

  report(d: number): Report {
    const draw = this.draw(d);
    draw.report ??= buildReport(draw.result, 'nominal');
    return draw.report;
  }

  /** Canada's nominal cost in each year, US$ and C$, as the draw's report rows give it. */
  years(d: number): CanadaYears {
    const draw = this.draw(d);
    draw.years ??= draw.report
      ? {
          usd: draw.report.rows.map((r) => r.canadaUsd),
          cad: draw.report.rows.map((r) => r.canadaCad),
        }
      : canadaYears(draw.result, 'nominal');
    return draw.years;
  }
}
