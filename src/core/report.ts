/**
 * The rounded figures the app reports (CSV, terminal, UI): money to cents and percentages to
 * 4 places. Every money column's years add up exactly to its total, and in every row
 * program = Canada + US exactly; every money figure is its exact value rounded down or up to the
 * cent (program, Canada and US by the controlled rounding of controlledRounding.ts, the other
 * money columns by the largest-remainder rule), totals half-even wherever that allows.
 */
import { allocateRounded } from './allocate';
import { roundSplit, type SplitRounding } from './controlledRounding';
import { canadaSharePct, yearCost, type ScenarioResult } from './compute';
import { cad, usd, type Cad, type Dollars, type Usd } from './units';
import { usdToCad } from './fx';
import { Dec, HUNDRED, ONE, roundHalfEven, sum, ZERO } from './money';
import { outlookOrHeld, outlookYears, type OutlookYear } from './outlook';

export const MONEY_DP = 2;
export const PCT_DP = 4;

export interface YearRow {
  readonly year: number;
  readonly programUsd: Usd;
  readonly canadaUsd: Usd;
  readonly usUsd: Usd;
  readonly canadaCad: Cad;
  readonly canadaCadPerPerson: Cad;
  readonly canadaPctOfDefenceBudget: Dec;
  readonly canadaPctOfGdp: Dec;
  /** The GDP and defence budget this year's shares are of (docs/model.md §12), in the table's dollars. */
  readonly canadaGdpUsd: Usd;
  readonly canadaDefenceBudgetCad: Cad;
  /** The NATO pledge path minus today's budget held: the new money the pledge adds (CAD). */
  readonly pledgeGapCad: Cad;
  /** Canada's cost as % of that new money; undefined when the pledge adds none this year. */
  readonly canadaPctOfPledgeGap: Dec | undefined;
}

export interface ReportTotals {
  readonly programUsd: Usd;
  readonly canadaUsd: Usd;
  readonly usUsd: Usd;
  readonly canadaCad: Cad;
  readonly canadaCadPerPerson: Cad;
  /** Present value of the whole program's nominal cost at the start year, and Canada's part of it. */
  readonly presentValueUsd: Usd;
  readonly canadaPresentValueUsd: Usd;
  /** Canada's effective share of the whole program (%). */
  readonly canadaSharePct: Dec;
  /**
   * Canada's yearly cost, on average and in its peak year, as % of Canada's defence budget. The peak
   * is decided on exact values; on a tie (an even profile in constant dollars) it is the earliest year.
   */
  readonly canadaAvgPctOfDefenceBudget: Dec;
  readonly canadaPeakPctOfDefenceBudget: Dec;
  readonly canadaPeakYear: number;
  /** Canada's cost in its peak year as % of the new money the pledge adds that year (undefined: none). */
  readonly canadaPeakPctOfPledgeGap: Dec | undefined;
  /** The share of the budget the summary watches, and the first year Canada's cost is above it. */
  readonly thresholdPct: Dec;
  readonly firstYearOverThreshold: number | undefined;
  readonly usPerPersonUsd: Usd;
  readonly usAvgPctOfDefenceBudget: Dec;
}

export interface Report {
  readonly dollars: Dollars;
  readonly rows: readonly YearRow[];
  readonly totals: ReportTotals;
}

/**
 * Two exact yearly figures closer than this fraction of the larger are the same figure: the 80-digit
 * arithmetic leaves noise in the last digits (the last year's profile share is 1 minus the others,
 * so an even profile's 1/3 + 1/3 + 1/3 ends …3333 + …3333 + …3334), far below any reported digit.
 */
const TIE = new Dec('1e-30');

/** The index of the largest exact value; of values tied with it, the earliest (the earliest year). */
function peakIndex(values: readonly Dec[]): number {
  let best = 0;
  values.forEach((value, i) => {
    const top = values[best] ?? value;
    if (value.minus(top).gt(top.abs().times(TIE))) best = i;
  });
  return best;
}

/** The exact (unrounded) yearly figures the report rounds; the working (explain/) sums the same ones. */
export interface ExactColumns {
  readonly program: readonly Dec[];
  readonly canada: readonly Dec[];
  readonly canadaCad: readonly Dec[];
  readonly canadaCadPerPerson: readonly Dec[];
  /** Canada's cost in CAD as % of Canada's defence budget that year. */
  readonly canadaPctOfDefenceBudget: readonly Dec[];
  /** Canada's cost in USD as % of Canada's GDP that year. */
  readonly canadaPctOfGdp: readonly Dec[];
  /** The year's GDP and budgets the shares are of, in the same dollars. */
  readonly outlook: readonly OutlookYear[];
}

/** Each year's program cost and Canada's part of it, in US and Canadian dollars: the money the report rounds. */
function moneyColumns(
  result: ScenarioResult,
  dollars: Dollars,
): Pick<ExactColumns, 'program' | 'canada' | 'canadaCad'> {
  const program = result.years.map((y) => yearCost(y, dollars));
  const canada = program.map((p) => p.times(result.canadaFraction));
  const canadaCad = canada.map((c) => usdToCad(c, result.scenario.fx));
  return { program, canada, canadaCad };
}

/** Each year's exact figures in nominal or constant dollars: the program, Canada's part (USD, CAD, per person, % of budget). */
export function exactColumns(result: ScenarioResult, dollars: Dollars): ExactColumns {
  const { scenario } = result;
  const { context } = scenario;
  const { program, canada, canadaCad } = moneyColumns(result, dollars);
  const outlook = outlookYears(
    scenario,
    result.years.map((y) => y.year),
    dollars,
    result.base.dollarYear,
  );
  // Each ratio is a factor times the year's cost: multiply by it rather than divide by the figure.
  const perPersonFactor = ONE.div(context.canadaPopulation);
  // A figure that does not move is the same object every year (outlook.ts): its factor is worked once.
  const pctOf = (values: readonly Dec[], of: (o: OutlookYear) => Dec) => {
    let last: { of: Dec; factor: Dec } | undefined;
    return values.map((v, i) => {
      const figure = of(outlook[i] as OutlookYear);
      if (last?.of !== figure) last = { of: figure, factor: HUNDRED.div(figure) };
      return v.times(last.factor);
    });
  };
  return {
    program,
    canada,
    canadaCad,
    canadaCadPerPerson: canadaCad.map((c) => c.times(perPersonFactor)),
    canadaPctOfDefenceBudget: pctOf(canadaCad, (o) => o.canadaBudgetCad),
    canadaPctOfGdp: pctOf(canada, (o) => o.canadaGdpUsd),
    outlook,
  };
}

/** The program and Canada's part, every cell and total rounded to the cent by controlled rounding. */
function roundProgram(exact: Pick<ExactColumns, 'program' | 'canada'>): SplitRounding {
  return roundSplit(exact.program, exact.canada, MONEY_DP);
}

/** Canada's yearly cost in C$, rounded to the cent by the largest-remainder rule. */
function roundCanadaCad(exact: Pick<ExactColumns, 'canadaCad'>): { total: Dec; parts: Dec[] } {
  return allocateRounded(exact.canadaCad, MONEY_DP);
}

/**
 * Canada's yearly cost (US$ and C$) exactly as the report's rows give it, without the rest of the
 * report: the simulation's fan chart reads only these, for up to 200 draws a run.
 */
export function canadaYears(result: ScenarioResult, dollars: Dollars): { usd: Dec[]; cad: Dec[] } {
  const money = moneyColumns(result, dollars);
  return { usd: roundProgram(money).rows.map((r) => r.part), cad: roundCanadaCad(money).parts };
}

/**
 * The US's yearly cost on average as % of its defence budget. Without an outlook the budget is one
 * figure, and this is the old formula exactly (US total ÷ years ÷ budget); with one, each year's
 * cost is set against that year's budget.
 */
function usAvgPctOfBudget(
  result: ScenarioResult,
  program: readonly Dec[],
  outlook: readonly OutlookYear[],
): Dec {
  const usFraction = ONE.minus(result.canadaFraction);
  const n = program.length;
  if (result.scenario.outlook === undefined)
    return sum(program)
      .times(usFraction)
      .div(n)
      .div(result.scenario.context.usDefenceBudgetUsd)
      .times(HUNDRED);
  const shares = program.map((p, i) =>
    p
      .times(usFraction)
      .times(HUNDRED)
      .div((outlook[i] as OutlookYear).usBudgetUsd),
  );
  return sum(shares).div(n);
}

/** Rounds a scenario's results for output in nominal or constant dollars. */
export function buildReport(result: ScenarioResult, dollars: Dollars): Report {
  const { context } = result.scenario;
  const exact = exactColumns(result, dollars);
  const outlook = exact.outlook;
  const exactProgram = exact.program;
  const exactCad = exact.canadaCad;
  const exactCadPerPerson = exact.canadaCadPerPerson;
  const split = roundProgram(exact);
  const canadaCad = roundCanadaCad(exact);
  const perPerson = allocateRounded(exactCadPerPerson, MONEY_DP);
  const pctOfBudget = exact.canadaPctOfDefenceBudget;
  const pct = (x: Dec) => roundHalfEven(x, PCT_DP);
  const pctOfGap = outlook.map((o, i) =>
    o.pledgeGapCad.gt(ZERO) ? (exactCad[i] ?? ZERO).times(HUNDRED).div(o.pledgeGapCad) : undefined,
  );
  const rows = result.years.map((y, i) => {
    const cell = split.rows[i];
    return {
      year: y.year,
      programUsd: usd(cell?.whole ?? ZERO),
      canadaUsd: usd(cell?.part ?? ZERO),
      usUsd: usd(cell?.rest ?? ZERO),
      canadaCad: cad(canadaCad.parts[i] ?? ZERO),
      canadaCadPerPerson: cad(perPerson.parts[i] ?? ZERO),
      canadaPctOfDefenceBudget: pct(pctOfBudget[i] ?? ZERO),
      canadaPctOfGdp: pct(exact.canadaPctOfGdp[i] ?? ZERO),
      canadaGdpUsd: usd(roundHalfEven(outlook[i]?.canadaGdpUsd ?? ZERO, MONEY_DP)),
      canadaDefenceBudgetCad: cad(roundHalfEven(outlook[i]?.canadaBudgetCad ?? ZERO, MONEY_DP)),
      pledgeGapCad: cad(roundHalfEven(outlook[i]?.pledgeGapCad ?? ZERO, MONEY_DP)),
      canadaPctOfPledgeGap: pctOfGap[i] === undefined ? undefined : pct(pctOfGap[i]),
    };
  });
  const peak = peakIndex(pctOfBudget);
  const { thresholdPct } = outlookOrHeld(result.scenario);
  const over = pctOfBudget.findIndex((p) => p.gt(thresholdPct));
  const n = result.years.length;
  const exactProgramTotal = sum(exactProgram);
  const exactUsTotal = exactProgramTotal.times(ONE.minus(result.canadaFraction));
  return {
    dollars,
    rows,
    totals: {
      programUsd: usd(split.whole),
      canadaUsd: usd(split.part),
      usUsd: usd(split.rest),
      canadaCad: cad(canadaCad.total),
      canadaCadPerPerson: cad(perPerson.total),
      presentValueUsd: usd(roundHalfEven(result.presentValueUsd, MONEY_DP)),
      canadaPresentValueUsd: usd(
        roundHalfEven(result.presentValueUsd.times(result.canadaFraction), MONEY_DP),
      ),
      canadaSharePct: pct(canadaSharePct(result)),
      canadaAvgPctOfDefenceBudget: pct(sum(pctOfBudget).div(n)),
      canadaPeakPctOfDefenceBudget: pct(pctOfBudget[peak] ?? ZERO),
      canadaPeakYear: result.years[peak]?.year ?? result.scenario.startYear,
      canadaPeakPctOfPledgeGap: pctOfGap[peak] === undefined ? undefined : pct(pctOfGap[peak]),
      thresholdPct,
      firstYearOverThreshold: over < 0 ? undefined : result.years[over]?.year,
      usPerPersonUsd: usd(roundHalfEven(exactUsTotal.div(context.usPopulation), MONEY_DP)),
      usAvgPctOfDefenceBudget: pct(usAvgPctOfBudget(result, exactProgram, outlook)),
    },
  };
}
