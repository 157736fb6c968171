/**
 * The scenario as the editor holds it: every input as the text a person typed, amounts in billions,
 * and the values of the share rules not in use kept so switching rules back loses nothing.
 * formToDoc gives the scenario-file form that src/io validates; docToForm goes the other way.
 */
import {
  CONTEXT_KEYS,
  Dec,
  ownValue,
  RANGED_INPUTS,
  type ContextKey,
  type Currency,
  type Distribution,
  type Dollars,
  type Profile,
  type RangedInput,
  type Scenario,
  type ShareRuleName,
} from '../core';
import { CURRENT_SCHEMA_VERSION, type JsonObject } from '../io';
import { outlookFormToDoc, outlookToForm, type OutlookForm } from './outlookForm';

const BILLION = new Dec('1e9');

export interface ScenarioForm {
  readonly id: string;
  readonly name: string;
  readonly description: string;
  /** The French name and description of a preset; dropped when the user names the scenario. */
  readonly fr?: { readonly name: string; readonly description: string } | undefined;
  readonly costMode: 'estimate' | 'custom';
  readonly estimateId: string;
  readonly customAmountBillions: string;
  readonly customCurrency: Currency;
  readonly customDollarYear: string;
  readonly customLabel: string;
  readonly startYear: string;
  readonly years: string;
  readonly profile: Profile;
  readonly costGrowthPct: string;
  readonly inflationPct: string;
  readonly discountRatePct: string;
  readonly shareRule: ShareRuleName;
  readonly sharePercent: string;
  readonly fixedAmountBillions: string;
  readonly fixedCurrency: Currency;
  /** Which dollars the fixed amount and the credit are in (docs/model.md). */
  readonly fixedAmountDollars: Dollars;
  readonly coveredPct: string;
  readonly creditCadBillions: string;
  readonly creditDollars: Dollars;
  readonly cadPerUsd: string;
  readonly usdPerGbp: string;
  readonly context: Readonly<Record<ContextKey, string>>;
  /** Ranges for the simulation: present means on. The base cost's bounds are in billions. */
  readonly ranges: Readonly<Partial<Record<RangedInput, RangeForm>>>;
  /** GDP and defence budgets year by year: as given (no outlook) or projected (outlookForm.ts). */
  readonly outlook: OutlookForm;
}

export interface RangeForm {
  readonly low: string;
  readonly high: string;
  /** Empty: the scenario's own value (it follows the slider). */
  readonly mostLikely: string;
  readonly distribution: Distribution;
}

/** The scale a range input is shown in: the base cost in billions, the others as they are. */
export function rangeScale(input: RangedInput): Dec {
  return input === 'baseCost' ? BILLION : new Dec(1);
}

function rangesToForm(s: Scenario): ScenarioForm['ranges'] {
  const out: Partial<Record<RangedInput, RangeForm>> = {};
  for (const input of RANGED_INPUTS) {
    const r = s.ranges[input];
    if (!r) continue;
    const scale = rangeScale(input);
    const own = ownValue(s, input);
    out[input] = {
      low: r.low.div(scale).toString(),
      high: r.high.div(scale).toString(),
      mostLikely: own?.eq(r.mostLikely) ? '' : r.mostLikely.div(scale).toString(),
      distribution: r.distribution,
    };
  }
  return out;
}

function rangesToDoc(ranges: ScenarioForm['ranges']): JsonObject | undefined {
  const entries = RANGED_INPUTS.flatMap((input) => {
    const r = ranges[input];
    if (!r) return [];
    const scale = (v: string) => (input === 'baseCost' ? units(v) : v);
    const doc = { low: scale(r.low), high: scale(r.high), distribution: r.distribution };
    return [[input, r.mostLikely.trim() === '' ? doc : { ...doc, mostLikely: scale(r.mostLikely) }] as const];
  });
  return entries.length > 0 ? Object.fromEntries(entries) : undefined;
}

/** An amount in units (a decimal string or Dec) in billions, as the form shows it. */
export const billions = (units: Dec | string): string => {
  try {
    return new Dec(units).div(BILLION).toString();
  } catch {
    return String(units);
  }
};
const units = (b: string) => {
  try {
    return new Dec(b).times(BILLION).toString();
  } catch {
    return b; // not a number: left as typed, so the validator reports it
  }
};
const int = (s: string): number | string => (/^-?\d+$/.test(s.trim()) ? Number(s) : s);

/** The editable form of a valid scenario. */
export function docToForm(s: Scenario, previous?: ScenarioForm): ScenarioForm {
  const { cost, share } = s;
  return {
    id: s.id,
    name: s.name,
    description: s.description,
    fr: s.fr,
    costMode: cost.kind,
    estimateId: cost.kind === 'estimate' ? cost.estimateId : (previous?.estimateId ?? 'trump-total-2025'),
    customAmountBillions:
      cost.kind === 'custom' ? billions(cost.amount) : (previous?.customAmountBillions ?? '175'),
    customCurrency: cost.kind === 'custom' ? cost.currency : (previous?.customCurrency ?? 'USD'),
    customDollarYear:
      cost.kind === 'custom' ? String(cost.dollarYear) : (previous?.customDollarYear ?? '2025'),
    customLabel: cost.kind === 'custom' ? cost.label : (previous?.customLabel ?? 'My estimate'),
    startYear: String(s.startYear),
    years: String(s.years),
    profile: s.profile,
    costGrowthPct: s.costGrowthPct.toString(),
    inflationPct: s.inflationPct.toString(),
    discountRatePct: s.discountRatePct.toString(),
    shareRule: share.rule,
    sharePercent: share.rule === 'percent' ? share.percent.toString() : (previous?.sharePercent ?? '10'),
    fixedAmountBillions:
      share.rule === 'fixed' ? billions(share.amount) : (previous?.fixedAmountBillions ?? '61'),
    fixedCurrency: share.rule === 'fixed' ? share.currency : (previous?.fixedCurrency ?? 'USD'),
    fixedAmountDollars:
      share.rule === 'fixed'
        ? (share.amountDollars ?? 'nominal')
        : (previous?.fixedAmountDollars ?? 'nominal'),
    coveredPct: share.coveredPct.toString(),
    creditCadBillions: billions(share.creditCad),
    creditDollars: share.creditDollars ?? 'nominal',
    cadPerUsd: s.fx.cadPerUsd.toString(),
    usdPerGbp: s.fx.usdPerGbp.toString(),
    context: Object.fromEntries(
      CONTEXT_KEYS.map((k) => [k, s.context[k].toString()]),
    ) as ScenarioForm['context'],
    ranges: rangesToForm(s),
    outlook: outlookToForm(s.outlook, previous?.outlook),
  };
}

/** The scenario-file document of a form (the current schemaVersion), for src/io to validate. */
export function formToDoc(f: ScenarioForm): JsonObject {
  const cost =
    f.costMode === 'estimate'
      ? { estimateId: f.estimateId }
      : {
          amount: units(f.customAmountBillions),
          currency: f.customCurrency,
          dollarYear: int(f.customDollarYear),
          label: f.customLabel,
        };
  const rule =
    f.shareRule === 'percent'
      ? { rule: 'percent', percent: f.sharePercent }
      : f.shareRule === 'fixed'
        ? {
            rule: 'fixed',
            amount: units(f.fixedAmountBillions),
            currency: f.fixedCurrency,
            // Nominal is what a file without the field means: written only when constant.
            ...(f.fixedAmountDollars === 'constant' ? { amountDollars: 'constant' } : {}),
          }
        : { rule: f.shareRule };
  const ranges = rangesToDoc(f.ranges);
  const outlook = outlookFormToDoc(f.outlook);
  return {
    schemaVersion: CURRENT_SCHEMA_VERSION,
    id: f.id,
    name: f.name,
    description: f.description,
    ...(f.fr ? { fr: f.fr } : {}),
    cost,
    startYear: int(f.startYear),
    years: int(f.years),
    profile: f.profile,
    costGrowthPct: f.costGrowthPct,
    inflationPct: f.inflationPct,
    discountRatePct: f.discountRatePct,
    share: {
      ...rule,
      coveredPct: f.coveredPct,
      creditCad: units(f.creditCadBillions),
      ...(f.creditDollars === 'constant' ? { creditDollars: 'constant' } : {}),
    },
    fx: { cadPerUsd: f.cadPerUsd, usdPerGbp: f.usdPerGbp },
    context: { ...f.context },
    ...(ranges ? { ranges } : {}),
    ...(outlook ? { outlook } : {}),
  };
}
