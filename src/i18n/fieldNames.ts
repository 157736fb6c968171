/**
 * The name of each scenario-file field as the form labels it ("Years" / "Années"), for messages
 * about a field and for the description of an edited scenario.
 */
import { CONTEXT_KEYS, RANGED_INPUTS } from '../core';
import type { MessageKey } from './messages';
import { translate } from './translate';
import type { Lang } from './lang';

/** A Map, not an object: a path such as `constructor` or `__proto__` must not find a built-in. */
const FIELD_NAMES: ReadonlyMap<string, MessageKey> = new Map([
  ...Object.entries({
    'share.amount': 'calculator.field.fixedAmount',
    'share.percent': 'calculator.field.sharePercent',
    'share.coveredPct': 'calculator.field.coveredPct',
    'share.creditCad': 'calculator.field.creditCad',
    'cost.amount': 'calculator.field.amount',
    'cost.currency': 'calculator.estimate.customCurrency',
    'share.currency': 'calculator.share.fixedCurrency',
    'share.amountDollars': 'explain.fixedDollars.legend',
    'share.creditDollars': 'explain.creditDollars.legend',
    'cost.dollarYear': 'calculator.field.dollarYear',
    'cost.label': 'calculator.field.customLabel',
    'cost.estimateId': 'calculator.field.estimate',
    'share.rule': 'calculator.share.ruleLegend',
    profile: 'calculator.profile.legend',
    startYear: 'calculator.field.startYear',
    years: 'calculator.field.years',
    costGrowthPct: 'calculator.field.costGrowthPct',
    inflationPct: 'calculator.field.inflationPct',
    discountRatePct: 'calculator.field.discountRatePct',
    'fx.cadPerUsd': 'calculator.field.cadPerUsd',
    'fx.usdPerGbp': 'calculator.field.usdPerGbp',
  } satisfies Record<string, MessageKey>),
  // The outlook's fields (a budget's path and target under the budget's name when not named).
  ...Object.entries({
    outlook: 'calculator.outlook.field',
    'outlook.canadaGdpGrowthPct': 'calculator.outlook.canadaGdpGrowthPct',
    'outlook.usGdpGrowthPct': 'calculator.outlook.usGdpGrowthPct',
    'outlook.thresholdPct': 'calculator.outlook.thresholdPct',
    ...Object.fromEntries(
      (['canadaBudget', 'usBudget'] as const).flatMap((b) => [
        [`outlook.${b}`, `calculator.outlook.${b}`],
        [`outlook.${b}.targetPct`, `calculator.outlook.${b}.targetPct`],
        [`outlook.${b}.targetYear`, `calculator.outlook.${b}.targetYear`],
      ]),
    ),
  } satisfies Record<string, MessageKey>),
  // Each context figure under its label (core's table; the labels in messages/context.ts).
  ...CONTEXT_KEYS.map((key) => [`context.${key}`, `calculator.field.${key}`] as const),
  // Each range under its checkbox's label (core's RANGED_INPUTS).
  ...RANGED_INPUTS.map((input) => [`ranges.${input}`, `calculator.range.${input}`] as const),
]);

/** The label of the field at `path` (a range's bounds under the range's name), or undefined. */
export function fieldLabel(path: string, lang: Lang): string | undefined {
  const key = FIELD_NAMES.get(path) ?? FIELD_NAMES.get(path.split('.').slice(0, 2).join('.'));
  return key ? translate(lang, key) : undefined;
}
