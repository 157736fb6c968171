/** Builders for reconciliation steps: each computes its numbers from the catalog and the rates. */
import { findEstimate, type Estimate } from '../catalog';
import { fromUsd, toUsd, type FxRates } from '../fx';
import { dec, HUNDRED, ONE, type Dec } from '../money';
import type { Context } from '../context';
import { contextRuleSharePct, type ContextRuleName } from '../share';
import type { Coverage, ReconcileStep } from './types';

/** A catalog entry that the reconciliations rely on; its absence is a programming error. */
function estimate(id: string): Estimate {
  const e = findEstimate(id);
  if (!e) throw new RangeError(`catalog has no estimate "${id}"`);
  return e;
}

const amountOf = (id: string): Dec => dec(estimate(id).amount);
const usdOf = (id: string, fx: FxRates): Dec => toUsd(amountOf(id), estimate(id).currency, fx);

/** A figure converted with one of the scenario's rates, against the converted figure as reported. */
export function convertStep(fromId: string, reportedId: string, fx: FxRates): ReconcileStep {
  const from = estimate(fromId);
  const reported = estimate(reportedId);
  const fromAmount = dec(from.amount);
  const reportedAmount = dec(reported.amount);
  const result = fromUsd(toUsd(fromAmount, from.currency, fx), reported.currency, fx);
  const toGbp = reported.currency === 'GBP';
  return {
    kind: 'convert',
    fromId,
    from: fromAmount,
    fromCurrency: from.currency,
    rateName: toGbp ? 'usdPerGbp' : 'cadPerUsd',
    rate: toGbp ? fx.usdPerGbp : fx.cadPerUsd,
    operation: toGbp ? 'divide' : 'multiply',
    result,
    resultCurrency: reported.currency,
    reportedId,
    reported: reportedAmount,
    roundingGap: result.minus(reportedAmount),
    impliedRate: toGbp ? fromAmount.div(reportedAmount) : reportedAmount.div(fromAmount),
  };
}

/** 1-based positions of two digits swapped between a and b, if that is the only change. */
function swappedDigits(a: Dec, b: Dec): readonly [number, number] | undefined {
  const [x, y] = [a.toFixed(0), b.toFixed(0)];
  if (x.length !== y.length) return undefined;
  const diff = [...x].flatMap((ch, i) => (ch === y[i] ? [] : [i]));
  const [i, j] = diff;
  if (diff.length !== 2 || i === undefined || j === undefined) return undefined;
  return x[i] === y[j] && x[j] === y[i] ? [i + 1, j + 1] : undefined;
}

/** A misprinted figure against the correct one. */
export function misprintStep(printedId: string, correctId: string): ReconcileStep {
  const printed = amountOf(printedId);
  const correct = amountOf(correctId);
  const difference = correct.minus(printed);
  const swapped = swappedDigits(printed, correct);
  const base = { kind: 'misprint', printedId, correctId, printed, correct, difference } as const;
  const divisibleBy9 = difference.mod(9).isZero();
  return swapped
    ? { ...base, swappedDigits: swapped, differenceDivisibleBy9: divisibleBy9 }
    : { ...base, differenceDivisibleBy9: divisibleBy9 };
}

/** A figure as a part of a larger one (both in US dollars). */
export function scopeStep(partId: string, wholeId: string, fx: FxRates): ReconcileStep {
  const part = usdOf(partId, fx);
  const whole = usdOf(wholeId, fx);
  return {
    kind: 'scope',
    partId,
    wholeId,
    part,
    whole,
    partPctOfWhole: part.div(whole).times(HUNDRED),
    wholeTimesPart: whole.div(part),
  };
}

/** What a catalog figure covers (a code the UI names), and whether it leaves out funded programs. */
export function coverageStep(id: string, coverage: Coverage, excludesFunded = false): ReconcileStep {
  estimate(id);
  return { kind: 'coverage', id, coverage, excludesFunded };
}

/** Two figures' dollar-years; restated in the other's prices when an inflation rate is given. */
export function dollarYearStep(id: string, otherId: string, inflationPct?: Dec): ReconcileStep {
  const [e, other] = [estimate(id), estimate(otherId)];
  const yearsApart = other.dollarYear - e.dollarYear;
  const base = {
    kind: 'dollarYear',
    id,
    dollarYear: e.dollarYear,
    otherId,
    otherDollarYear: other.dollarYear,
    yearsApart,
  } as const;
  if (inflationPct === undefined) return base;
  const restated = dec(e.amount).times(ONE.plus(inflationPct.div(HUNDRED)).pow(yearsApart));
  return { ...base, inflationPct, restated };
}

/** A figure spread evenly over the period it covers (the catalog's period for it). */
export function perYearStep(id: string): ReconcileStep {
  const e = estimate(id);
  const total = dec(e.amount);
  return { kind: 'perYear', id, total, years: e.defaultYears, perYear: total.div(e.defaultYears) };
}

/** From one statement of a figure to a later one. */
export function changeStep(fromId: string, toId: string, fx: FxRates): ReconcileStep {
  const from = usdOf(fromId, fx);
  const to = usdOf(toId, fx);
  const difference = to.minus(from);
  return {
    kind: 'change',
    fromId,
    toId,
    from,
    to,
    difference,
    changePct: difference.div(from).times(HUNDRED),
  };
}

/** The share of an estimate that an ask for Canada amounts to. */
export function impliedShareStep(askId: string, estimateId: string, fx: FxRates): ReconcileStep {
  const ask = usdOf(askId, fx);
  const total = usdOf(estimateId, fx);
  return {
    kind: 'impliedShare',
    askId,
    estimateId,
    ask,
    estimate: total,
    sharePct: ask.div(total).times(HUNDRED),
  };
}

/** The share a rule gives Canada with these context figures. */
export function ruleShareStep(rule: ContextRuleName, context: Context, fx: FxRates): ReconcileStep {
  return { kind: 'ruleShare', rule, sharePct: contextRuleSharePct(rule, context, fx) };
}
