/**
 * Reading and writing scenario files: text → JSON → migrated → validated (zod) → checked by the
 * core → Scenario; and Scenario → canonical file JSON. Never throws on bad input: every problem
 * comes back with the field path and what is wrong.
 */
import {
  capProblems,
  contextOf,
  defaultContext,
  defaultFx,
  dec,
  findEstimate,
  ownValue,
  quoteText,
  RANGED_INPUTS,
  resolveRanges,
  scenarioProblems,
  ZERO,
  type CostSpec,
  type Problem,
  type RangeSpecs,
  type Scenario,
  type Share,
} from '../core';
import { CURRENT_SCHEMA_VERSION, migrateScenarioDoc, type JsonObject } from './migrate';
import { parseJsonText } from './jsonText';
import { scenarioFileSchema, type ScenarioFileParsed } from './scenarioSchema';
import { outlookToDoc, toOutlook } from './outlookFile';
import { zodProblems } from './zodProblems';

export type ParseResult = { ok: true; scenario: Scenario } | { ok: false; problems: Problem[] };

/** Parses the text of a scenario file. */
export function parseScenarioText(text: string): ParseResult {
  const json = parseJsonText(text);
  return json.ok ? parseScenarioDoc(json.doc) : json;
}

/** Validates an already-parsed JSON value as a scenario document of any supported version. */
export function parseScenarioDoc(doc: unknown): ParseResult {
  const result = validateScenarioDoc(doc);
  return result.ok ? result : { ok: false, problems: capProblems(result.problems) };
}

function validateScenarioDoc(doc: unknown): ParseResult {
  const migrated = migrateScenarioDoc(doc);
  if (!migrated.ok) return migrated;
  const parsed = scenarioFileSchema.safeParse(migrated.doc);
  if (!parsed.success) return { ok: false, problems: zodProblems(parsed.error) };
  const built = toScenario(parsed.data);
  if (!built.ok) return built;
  const problems = scenarioProblems(built.scenario);
  if (problems.length > 0) return { ok: false, problems };
  // Ranges last: a most likely value left out defaults to the scenario's own, which needs a computable scenario.
  const resolved = resolveRanges(built.scenario, rangeSpecs(parsed.data.ranges));
  if (resolved.problems.length > 0) return { ok: false, problems: resolved.problems };
  return { ok: true, scenario: { ...built.scenario, ranges: resolved.ranges } };
}

function rangeSpecs(ranges: ScenarioFileParsed['ranges']): RangeSpecs {
  const specs: RangeSpecs = {};
  for (const input of RANGED_INPUTS) {
    const r = ranges?.[input];
    if (r)
      specs[input] = { low: r.low, high: r.high, mostLikely: r.mostLikely, distribution: r.distribution };
  }
  return specs;
}

function toScenario(f: ScenarioFileParsed): ParseResult {
  let cost: CostSpec;
  let period: { startYear?: number; years?: number } = {};
  if (f.cost.estimateId !== undefined) {
    const estimate = findEstimate(f.cost.estimateId);
    if (!estimate)
      return {
        ok: false,
        problems: [
          {
            path: 'cost.estimateId',
            message: `unknown estimate id ${quoteText(f.cost.estimateId)} (see npm run cli -- list)`,
          },
        ],
      };
    cost = { kind: 'estimate', estimateId: estimate.id };
    period = { startYear: estimate.defaultStartYear, years: estimate.defaultYears };
  } else {
    const { amount, currency, dollarYear } = f.cost;
    if (amount === undefined || currency === undefined || dollarYear === undefined)
      return { ok: false, problems: [{ path: 'cost', message: 'incomplete custom amount' }] };
    cost = { kind: 'custom', amount, currency, dollarYear, label: f.cost.label ?? 'Custom amount' };
  }
  const startYear = f.startYear ?? period.startYear;
  const years = f.years ?? period.years;
  const missing = [startYear === undefined && 'startYear', years === undefined && 'years'].filter(
    (p): p is string => p !== false,
  );
  if (startYear === undefined || years === undefined) {
    return {
      ok: false,
      problems: missing.map((path) => ({ path, message: 'required for a custom amount' })),
    };
  }
  const fx = defaultFx();
  const context = defaultContext();
  const { rule, coveredPct, creditCad, creditDollars } = f.share;
  const common = {
    coveredPct: coveredPct ?? dec(100),
    creditCad: creditCad ?? ZERO,
    ...(creditDollars ? { creditDollars } : {}),
  };
  const share: Share =
    rule === 'percent'
      ? { rule, percent: f.share.percent, ...common }
      : rule === 'fixed'
        ? {
            rule,
            amount: f.share.amount,
            currency: f.share.currency,
            ...(f.share.amountDollars ? { amountDollars: f.share.amountDollars } : {}),
            ...common,
          }
        : { rule, ...common };
  return {
    ok: true,
    scenario: {
      id: f.id,
      name: f.name,
      description: f.description ?? '',
      ...(f.fr ? { fr: f.fr } : {}),
      cost,
      startYear,
      years,
      profile: f.profile ?? 'even',
      costGrowthPct: f.costGrowthPct ?? ZERO,
      inflationPct: f.inflationPct ?? ZERO,
      discountRatePct: f.discountRatePct ?? ZERO,
      share,
      fx: { cadPerUsd: f.fx?.cadPerUsd ?? fx.cadPerUsd, usdPerGbp: f.fx?.usdPerGbp ?? fx.usdPerGbp },
      context: contextOf((key) => f.context?.[key] ?? context[key]),
      ranges: {},
      ...(f.outlook ? { outlook: toOutlook(f.outlook) } : {}),
    },
  };
}

/**
 * The file form of the ranges: decimals as strings; a most likely value equal to the scenario's own
 * is left out (so it keeps following the scenario's value). Undefined when there are no ranges.
 */
function rangesToDoc(s: Scenario): JsonObject | undefined {
  const doc: JsonObject = {};
  for (const input of RANGED_INPUTS) {
    const r = s.ranges[input];
    if (!r) continue;
    const mostLikely = ownValue(s, input)?.eq(r.mostLikely) ? {} : { mostLikely: r.mostLikely.toString() };
    doc[input] = {
      low: r.low.toString(),
      high: r.high.toString(),
      ...mostLikely,
      distribution: r.distribution,
    };
  }
  return Object.keys(doc).length > 0 ? doc : undefined;
}

/**
 * The canonical file form of a scenario: every field written out, decimals as strings; `ranges` only
 * when there are some, `amountDollars`/`creditDollars` only when the scenario names them, and
 * `outlook` only when it has one.
 */
export function scenarioToDoc(s: Scenario): JsonObject {
  const cost =
    s.cost.kind === 'estimate'
      ? { estimateId: s.cost.estimateId }
      : {
          amount: s.cost.amount.toString(),
          currency: s.cost.currency,
          dollarYear: s.cost.dollarYear,
          label: s.cost.label,
        };
  const { share } = s;
  const rule =
    share.rule === 'percent'
      ? { rule: share.rule, percent: share.percent.toString() }
      : share.rule === 'fixed'
        ? {
            rule: share.rule,
            amount: share.amount.toString(),
            currency: share.currency,
            ...(share.amountDollars ? { amountDollars: share.amountDollars } : {}),
          }
        : { rule: share.rule };
  const credit = {
    creditCad: share.creditCad.toString(),
    ...(share.creditDollars ? { creditDollars: share.creditDollars } : {}),
  };
  const ranges = rangesToDoc(s);
  return {
    schemaVersion: CURRENT_SCHEMA_VERSION,
    id: s.id,
    name: s.name,
    description: s.description,
    ...(s.fr ? { fr: { name: s.fr.name, description: s.fr.description } } : {}),
    cost,
    startYear: s.startYear,
    years: s.years,
    profile: s.profile,
    costGrowthPct: s.costGrowthPct.toString(),
    inflationPct: s.inflationPct.toString(),
    discountRatePct: s.discountRatePct.toString(),
    share: { ...rule, coveredPct: share.coveredPct.toString(), ...credit },
    fx: { cadPerUsd: s.fx.cadPerUsd.toString(), usdPerGbp: s.fx.usdPerGbp.toString() },
    context: Object.fromEntries(
      Object.entries(s.context).map(([k, v]) => [k, (v as { toString(): string }).toString()]),
    ),
    ...(ranges ? { ranges } : {}),
    ...(s.outlook ? { outlook: outlookToDoc(s.outlook) } : {}),
  };
}

/** The scenario as pretty-printed file text (what "Save as JSON" writes). */
export function scenarioToText(s: Scenario): string {
  return `${JSON.stringify(scenarioToDoc(s), null, 2)}\n`;
}
