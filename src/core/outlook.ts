/**
 * The outlook (docs/model.md §12): Canada's and the US's GDP and defence budgets year by year, so a
 * Golden Dome cost can be set against the budget planned for the year it is spent. The table every
 * list of budget paths is built from (the file schema, the form's choices, the docs), and the
 * sourced figures the paths start from. Exact: nothing here rounds.
 */
import type { Context } from './context';
import type { FxRates } from './fx';
import { Dec, HUNDREDTH, ONE, pctToFraction, powers, ZERO } from './money';
import { NATO_TARGETS_PCT, src, withFr, type ReferenceFigure } from './reference';
import type { Dollars } from './units';

/** The year of the GDP figures (context: canadaGdpUsd, usGdpUsd). */
export const GDP_BASE_YEAR = 2024;
/** The year of the defence budgets (Canada's 2025-26, the US's FY2025) and of the latest actual shares. */
export const BUDGET_BASE_YEAR = 2025;
/** The Hague pledge: 3.5 % of GDP on core defence by 2035 (NATO, 2025-06-25). */
export const PLEDGE_YEAR = 2035;

function natoTarget(value: string): ReferenceFigure {
  const figure = NATO_TARGETS_PCT.find((t) => t.value === value);
  if (!figure) throw new Error(`no NATO target of ${value} %`);
  return figure;
}
export const PLEDGE_PCT: ReferenceFigure = natoTarget('3.5');

/**
 * The NATO targets a defence budget can be set against: those up to the pledge (2 % and 3.5 %). The
 * 5 % adds resilience spending, which is not in the defence budget.
 */
export const CORE_DEFENCE_TARGETS_PCT: readonly ReferenceFigure[] = NATO_TARGETS_PCT.filter((t) =>
  new Dec(t.value).lte(PLEDGE_PCT.value),
);

/** The sourced figures the outlook starts from (docs/sources.md). */
export const OUTLOOK_FIGURES = {
  /** Canada's defence spending as % of GDP in 2025-26, where every Canadian path starts. */
  canadaLatestPct: {
    value: '2',
    unit: '% of GDP',
    label: 'Canada defence spending, 2025-26, % of GDP',
    labelFr: 'Dépenses de défense du Canada, 2025-2026, en % du PIB',
    short: 'Canada 2025-26',
    shortFr: 'Canada 2025-2026',
    source: withFr(
      'Gouvernement du Canada',
      src('Government of Canada', 'Canada to meet NATO 2% target in 2025-26', '2025-06-09'),
    ),
  },
  /** The US's defence spending as % of GDP in 2025 (NATO's estimate), where every US path starts. */
  usLatestPct: {
    value: '3.22',
    unit: '% of GDP',
    label: 'US defence expenditure, 2025 estimate, % of GDP',
    labelFr: 'Dépenses de défense des États-Unis, estimation 2025, en % du PIB',
    short: 'US 2025',
    shortFr: 'É.-U. 2025',
    source: withFr(
      'OTAN',
      src('NATO', 'Defence Expenditure of NATO Countries (2014-2025)', '2025-08-28', 'H'),
    ),
  },
} as const satisfies Record<string, ReferenceFigure>;

/**
 * The default growth of nominal GDP, % a year, from 2027 on. Neither projection's nominal row could be
 * read here, so each is worked from the real growth and the inflation the same official sources state:
 * (1 + real) × (1 + inflation) − 1.
 */
export const GROWTH_FIGURES = {
  canadaGdpGrowthPct: {
    value: '4.04',
    unit: '% a year',
    label:
      'Canada nominal GDP growth: real growth “around 2 per cent by 2027 and beyond” (Budget 2025, private-sector average) and 2 % inflation (Bank of Canada target): 1.02 × 1.02 − 1',
    labelFr:
      'Croissance du PIB nominal du Canada : croissance réelle d’environ 2 % à partir de 2027 (Budget 2025, moyenne du secteur privé) et inflation de 2 % (cible de la Banque du Canada) : 1,02 × 1,02 − 1',
    short: 'Budget 2025',
    shortFr: 'Budget 2025',
    source: withFr(
      'Ministère des Finances Canada',
      src(
        'Department of Finance Canada',
        'Budget 2025, Annex 1: Details of economic and fiscal projections',
        '2025-11-04',
      ),
      'Budget 2025, annexe 1 : Détails des projections économiques et budgétaires',
    ),
  },
  usGdpGrowthPct: {
    value: '3.836',
    unit: '% a year',
    label:
      'US nominal GDP growth: real growth “roughly 1.8 percent a year from 2027 to 2035” and inflation at 2 percent from 2027 (CBO): 1.018 × 1.02 − 1',
    labelFr:
      'Croissance du PIB nominal des États-Unis : croissance réelle d’environ 1,8 % par an de 2027 à 2035 et inflation de 2 % à partir de 2027 (CBO) : 1,018 × 1,02 − 1',
    short: 'CBO',
    shortFr: 'CBO',
    source: src(
      'Congressional Budget Office',
      'Additional Information About the Economic Outlook: 2025 to 2035',
      '2025-01-30',
      'M',
      'https://www.cbo.gov/publication/61189',
    ),
  },
} as const satisfies Record<string, ReferenceFigure>;
export type GrowthKey = keyof typeof GROWTH_FIGURES;
export const GROWTH_KEYS = Object.keys(GROWTH_FIGURES) as readonly GrowthKey[];

/** Limits of the outlook's inputs (the file schema and the form's sliders). */
export const OUTLOOK_LIMITS = {
  growthPct: { min: -20, max: 30 },
  // A target above zero: every path's budget stays above zero, so every share of it exists.
  targetPct: { min: 0.1, max: 20 },
  targetYear: { min: BUDGET_BASE_YEAR + 1, max: 2100 },
  thresholdPct: { min: 0, max: 100 },
} as const;

/** The ways a defence budget may move, in the order the file format and the form list them. */
export const BUDGET_PATHS = ['held', 'gdpShare', 'pledge', 'target'] as const;
export type BudgetPathName = (typeof BUDGET_PATHS)[number];

/** A defence budget's path: its share of GDP moves from the latest actual share to a target. */
export type BudgetPath =
  | { readonly path: 'held' | 'gdpShare' | 'pledge' }
  | { readonly path: 'target'; readonly targetPct: Dec; readonly targetYear: number };

/** The outlook a scenario file gives (version 4). Growth rates are of nominal GDP, % a year. */
export interface Outlook {
  readonly canadaGdpGrowthPct: Dec;
  readonly usGdpGrowthPct: Dec;
  readonly canadaBudget: BudgetPath;
  readonly usBudget: BudgetPath;
  /** The share of Canada's planned budget whose first crossing the summary names. */
  readonly thresholdPct: Dec;
}

export const DEFAULT_THRESHOLD_PCT = '5';

/** The outlook a file gets when it asks for one without saying more: the sourced growth, the pledge. */
export function defaultOutlook(): Outlook {
  return {
    canadaGdpGrowthPct: new Dec(GROWTH_FIGURES.canadaGdpGrowthPct.value),
    usGdpGrowthPct: new Dec(GROWTH_FIGURES.usGdpGrowthPct.value),
    canadaBudget: { path: 'pledge' },
    usBudget: { path: 'pledge' },
    thresholdPct: new Dec(DEFAULT_THRESHOLD_PCT),
  };
}

/**
 * The outlook of a scenario without one (every file before version 4): GDP and budgets held at the
 * context's figures, in whichever dollars the table is in — exactly what the report did before.
 */
export function heldOutlook(): Outlook {
  return {
    canadaGdpGrowthPct: ZERO,
    usGdpGrowthPct: ZERO,
    canadaBudget: { path: 'held' },
    usBudget: { path: 'held' },
    thresholdPct: new Dec(DEFAULT_THRESHOLD_PCT),
  };
}

/**
 * A path's share of GDP (%) in `year`: the latest actual share up to the base year, then a straight
 * line to the target share in the target year, held after it. Undefined for `held` (not a share).
 */
export function pathSharePct(path: BudgetPath, latestPct: Dec, year: number): Dec | undefined {
  return sharePath(path, latestPct)(year);
}

/** pathSharePct of one path as a function of the year (its target looked up once). */
function sharePath(path: BudgetPath, latestPct: Dec): (year: number) => Dec | undefined {
  if (path.path === 'held') return () => undefined;
  if (path.path === 'gdpShare') return () => latestPct;
  const { targetPct, targetYear } =
    path.path === 'target' ? path : { targetPct: new Dec(PLEDGE_PCT.value), targetYear: PLEDGE_YEAR };
  const diff = targetPct.minus(latestPct);
  const span = targetYear - BUDGET_BASE_YEAR;
  return (year) => {
    if (year <= BUDGET_BASE_YEAR) return latestPct;
    if (year >= targetYear) return targetPct;
    return latestPct.plus(diff.times(year - BUDGET_BASE_YEAR).div(span));
  };
}

/** One year's GDP and defence budgets, in the table's dollars. */
export interface OutlookYear {
  readonly year: number;
  readonly canadaGdpUsd: Dec;
  readonly canadaBudgetCad: Dec;
  readonly usGdpUsd: Dec;
  readonly usBudgetUsd: Dec;
  /** What the NATO pledge path would spend minus today's budget held (CAD): the new money. */
  readonly pledgeGapCad: Dec;
}

/** What the outlook's years need from a scenario. */
export interface OutlookInputs {
  readonly outlook?: Outlook | undefined;
  readonly context: Context;
  readonly fx: FxRates;
  readonly inflationPct: Dec;
}

/**
 * Each year's GDP and budgets in `dollars`. With an outlook the paths are nominal (as spent) and the
 * constant table deflates them to the dollar-year's prices by the scenario's inflation, so a share is
 * the same in both tables. Without one (files before version 4), every year is the context's figure
 * in either table, as before.
 */
export function outlookYears(
  inputs: OutlookInputs,
  years: readonly number[],
  dollars: Dollars,
  dollarYear: number,
): OutlookYear[] {
  const { context, fx } = inputs;
  const outlook = inputs.outlook ?? heldOutlook();
  const deflate = inputs.outlook !== undefined && dollars === 'constant' && !inputs.inflationPct.isZero();
  const inflation = ONE.plus(pctToFraction(inputs.inflationPct));
  const canadaLatest = new Dec(OUTLOOK_FIGURES.canadaLatestPct.value);
  const usLatest = new Dec(OUTLOOK_FIGURES.usLatestPct.value);
  // Each path looked up once; a figure that does not move is the same object every year (no growth:
  // the context's figure itself), so the report divides by it once (report.ts).
  const canadaPath = sharePath(outlook.canadaBudget, canadaLatest);
  const usPath = sharePath(outlook.usBudget, usLatest);
  const pledgePath = sharePath({ path: 'pledge' }, canadaLatest);
  const sinceBase = years.map((year) => year - GDP_BASE_YEAR);
  const growth = (pct: Dec) => (pct.isZero() ? [] : powers(ONE.plus(pctToFraction(pct)), sinceBase));
  const [canadaGrowth, usGrowth] = [growth(outlook.canadaGdpGrowthPct), growth(outlook.usGdpGrowthPct)];
  const prices = deflate
    ? powers(
        inflation,
        years.map((year) => year - dollarYear),
      )
    : [];
  const grown = (base: Dec, pct: Dec, factors: readonly Dec[], k: number) =>
    pct.isZero() ? base : base.times(factors[k] ?? ONE);
  const ofGdp = (gdp: Dec, pct: Dec | undefined, held: Dec) =>
    pct === undefined ? held : gdp.times(pct).times(HUNDREDTH);
  return years.map((year, k) => {
    const deflator = deflate ? ONE.div(prices[k] ?? ONE) : undefined;
    const toTable = (x: Dec) => (deflator ? x.times(deflator) : x);
    const canadaGdpUsd = grown(context.canadaGdpUsd, outlook.canadaGdpGrowthPct, canadaGrowth, k);
    const usGdpUsd = grown(context.usGdpUsd, outlook.usGdpGrowthPct, usGrowth, k);
    const canadaGdpCad = canadaGdpUsd.times(fx.cadPerUsd);
    const pledgeCad = ofGdp(canadaGdpCad, pledgePath(year), context.canadaDefenceBudgetCad);
    return {
      year,
      canadaGdpUsd: toTable(canadaGdpUsd),
      canadaBudgetCad: toTable(ofGdp(canadaGdpCad, canadaPath(year), context.canadaDefenceBudgetCad)),
      usGdpUsd: toTable(usGdpUsd),
      usBudgetUsd: toTable(ofGdp(usGdpUsd, usPath(year), context.usDefenceBudgetUsd)),
      pledgeGapCad: toTable(pledgeCad.minus(context.canadaDefenceBudgetCad)),
    };
  });
}

/** A scenario's outlook, or the held one (the context's figures) when it has none. */
export function outlookOrHeld(scenario: { readonly outlook?: Outlook | undefined }): Outlook {
  return scenario.outlook ?? heldOutlook();
}
