/**
 * The answer key's worked arithmetic (src/core/exercise/chain.ts) in words and numbers, in either
 * language: each line as a teacher writes it ("175 × 7.1281 % × 1.39 = 17.34", money at the
 * answer's own scale) and each step in words, like the calculator's working.
 */
import {
  CONTEXT_KEYS,
  CONTEXT_RULES,
  dec,
  findEstimate,
  FX_KEYS,
  HUNDRED,
  type Chain,
  type ChainFigure,
  type ChainStep,
  type ChainUnit,
  type Dec,
  type FunctionName,
  type WorkingStep,
} from '../core';
import { estimateLabel } from './catalogText';
import type { Lang } from './lang';
import { formatMoney, formatNumber, formatPct } from './locale';
import { translate } from './translate';
import { workingStepText } from './workingText';

/** Money in the working: whole units, or billions for an answer that is not in dollars. */
export type ChainScale = 'units' | 'billions';

const BILLION = dec('1e9');

const SYMBOL = { plus: '+', minus: '−', times: '×', divide: '÷' } as const;

/** A number with its own decimals, at most `max`. */
function places(value: Dec, max: number, lang: Lang): string {
  return formatNumber(value, Math.min(value.decimalPlaces(), max), lang);
}

/** A value as the compact line shows it: money at the scale to the cent, a share to 4 places. */
function figureText(value: Dec, unit: ChainUnit, scale: ChainScale, lang: Lang): string {
  if (unit === 'number') return places(value, 6, lang);
  if (unit === 'pct') return places(value, 4, lang);
  return places(scale === 'billions' ? value.div(BILLION) : value, 2, lang);
}

/**
 * The value a line ends at, as shown: with `digits` places (the key's answer), or else like a
 * figure (money to the cent at the scale, a share to 4 places); `exact` when nothing was rounded.
 */
function shownValue(value: Dec, unit: ChainUnit, scale: ChainScale, digits: number | undefined, lang: Lang) {
  const money = unit !== 'number' && unit !== 'pct';
  const scaled = money && scale === 'billions' ? value.div(BILLION) : value;
  const dp = digits ?? Math.min(scaled.decimalPlaces(), unit === 'number' ? 6 : unit === 'pct' ? 4 : 2);
  return { text: formatNumber(scaled, dp, lang), exact: scaled.toDecimalPlaces(dp).eq(scaled) };
}

/** How a calculator step appears in the compact line: its operator and operand, or nothing (× 1). */
function workingOperand(step: WorkingStep, scale: ChainScale, lang: Lang): string | undefined {
  const { operand } = step;
  switch (step.kind) {
    case 'base':
    case 'minusCanada':
      return figureText(operand, step.unit, scale, lang);
    case 'credit':
      return step.operation === 'minus'
        ? figureText(operand, 'USD', scale, lang)
        : places(operand.toDecimalPlaces(4), 4, lang);
    case 'covered':
    case 'share':
      return formatPct(operand.times(HUNDRED), Math.min(4, operand.times(HUNDRED).decimalPlaces()), lang);
    case 'ofBudget':
    case 'ofPlannedBudget':
      return figureText(operand, 'CAD', scale, lang);
    case 'years':
    case 'growth':
      return operand.eq(1) ? undefined : places(operand, 6, lang);
    default:
      return places(operand, 6, lang);
  }
}

interface Piece {
  readonly op: '+' | '−' | '×' | '÷' | 'start';
  readonly text: string;
}

function pieces(chain: Chain, steps: readonly ChainStep[], scale: ChainScale, lang: Lang): Piece[] {
  const out: Piece[] = [];
  for (const step of steps) {
    if (step.kind === 'billions') {
      if (scale === 'units') out.push({ op: '÷', text: formatNumber(BILLION, 0, lang) });
      continue;
    }
    if (step.kind === 'negate') {
      out.push({ op: '×', text: '−1' });
      continue;
    }
    if (step.kind === 'working') {
      const text = workingOperand(step.step, scale, lang);
      if (text === undefined) continue;
      const { operation } = step.step;
      if (operation === 'percentOf') {
        out.push({ op: '÷', text }, { op: '×', text: '100' });
        continue;
      }
      out.push({ op: operation === 'start' ? 'start' : SYMBOL[operation], text });
      continue;
    }
    const text =
      step.figure.kind === 'line'
        ? lineValueText(chain, step.figure.line, scale, undefined, lang)
        : figureText(step.operand, step.operandUnit, scale, lang);
    out.push({ op: step.operation === 'start' ? 'start' : SYMBOL[step.operation], text });
  }
  return out;
}

function lineValueText(
  chain: Chain,
  index: number,
  scale: ChainScale,
  digits: number | undefined,
  lang: Lang,
) {
  const line = chain.lines[index];
  return line ? shownValue(line.value, line.unit, scale, digits, lang).text : '';
}

/**
 * One line of the chain as a teacher writes it: "175 × 7.1281 % × 1.39 = 17.34". Left to right;
 * a × or ÷ after a + or − puts what comes before in parentheses. `digits` are the last line's
 * decimal places (the key's answer); other lines are shown to the cent, a share to 4 places.
 */
export function chainLineText(
  chain: Chain,
  index: number,
  scale: ChainScale,
  digits: number,
  lang: Lang,
): string {
  const line = chain.lines[index];
  if (!line) return '';
  let text = '';
  let additive = false;
  for (const piece of pieces(chain, line.steps, scale, lang)) {
    if (piece.op === 'start') {
      text = piece.text;
      continue;
    }
    const multiplicative = piece.op === '×' || piece.op === '÷';
    if (multiplicative && additive) text = `(${text})`;
    additive = multiplicative ? false : true;
    text = `${text} ${piece.op} ${piece.text}`;
  }
  const last = index === chain.lines.length - 1;
  const shown = shownValue(line.value, line.unit, scale, last ? digits : undefined, lang);
  return `${text} ${shown.exact ? '=' : '≈'} ${shown.text}`;
}

const includes = <T extends string>(list: readonly T[], value: string): value is T =>
  (list as readonly string[]).includes(value);

/** What a figure of the chain stands for, in words (undefined for a number written in the formula). */
export function figureMeaning(figure: ChainFigure, lang: Lang): string | undefined {
  switch (figure.kind) {
    case 'number':
      return undefined;
    case 'line':
      return translate(lang, 'chain.line', { n: figure.line + 1 });
    case 'fixedAmount':
      return translate(lang, 'chain.fixedAmount');
    case 'output':
      return translate(lang, `exercises.output.${figure.name}`);
    case 'call':
      return callInWords(figure.fn, figure.arg, lang);
    case 'latestShare':
      return translate(lang, 'chain.latestShare');
    case 'targetShare':
      return translate(lang, 'chain.targetShare', { year: String(figure.year) });
    case 'yearCount':
      return translate(lang, 'chain.yearCount', { from: String(figure.from), to: String(figure.to) });
    case 'gdpGrowth': {
      const factor = HUNDRED.plus(figure.growthPct).div(HUNDRED);
      return translate(lang, 'chain.gdpGrowth', {
        years: figure.years,
        pct: formatPct(figure.growthPct, Math.min(4, figure.growthPct.decimalPlaces()), lang),
        factor: places(factor, 6, lang),
      });
    }
  }
}

/** What a function of an answer's formula stands for, in words: `context("canadaGdpUsd")` is Canada's GDP. */
export function callInWords(fn: FunctionName, arg: string, lang: Lang): string {
  switch (fn) {
    case 'estimate':
    case 'amount':
    case 'years': {
      const e = findEstimate(arg);
      return translate(lang, `exercises.fn.${fn}`, { label: e ? estimateLabel(e, lang) : arg });
    }
    case 'context':
      return includes(CONTEXT_KEYS, arg) ? translate(lang, `exercises.context.${arg}`) : arg;
    case 'fx':
      return includes(FX_KEYS, arg) ? translate(lang, `exercises.fx.${arg}`) : arg;
    case 'rule_share_pct':
      return includes(CONTEXT_RULES, arg) ? translate(lang, `exercises.ruleShare.${arg}`) : arg;
    default:
      return translate(lang, `exercises.fn.${fn}`, { year: arg });
  }
}

/** A value in a worded step: money in scaled words ("US$12.47 billion"), a share, a number. */
function valueWords(value: Dec, unit: ChainUnit, lang: Lang): string {
  if (unit === 'pct') return formatPct(value, Math.min(4, value.decimalPlaces()), lang);
  if (unit === 'number') return places(value, 6, lang);
  return formatMoney(value, unit, lang);
}

/** What one step does, in words: "× 1.39 (C$ for one US$)", "÷ US$542.00 billion: CBO 2025…". */
export function chainStepText(step: ChainStep, lang: Lang): string {
  switch (step.kind) {
    case 'working':
      return workingStepText(step.step, lang);
    case 'billions':
      return translate(lang, 'chain.billions', { n: formatNumber(BILLION, 0, lang) });
    case 'negate':
      return translate(lang, 'chain.negate');
    case 'figure': {
      const what = figureMeaning(step.figure, lang);
      // A percentage multiplied or divided by is a number here ("× 7.1281", then "÷ 100").
      const asNumber = step.operandUnit === 'pct' && step.operation !== 'start';
      const operand = valueWords(step.operand, asNumber ? 'number' : step.operandUnit, lang);
      if (step.operation === 'start') return translate(lang, 'chain.start', { what: what ?? operand });
      const op = SYMBOL[step.operation];
      return what === undefined
        ? translate(lang, 'chain.plain', { op, operand })
        : translate(lang, 'chain.op', { op, operand, what });
    }
  }
}

/** The steps of a line shown in words: all but the change to billions when money is shown in billions. */
export function chainWordedSteps(steps: readonly ChainStep[], scale: ChainScale): readonly ChainStep[] {
  return scale === 'billions' ? steps.filter((step) => step.kind !== 'billions') : steps;
}

/** The value after a step, in words. */
export function chainStepValueText(step: ChainStep, lang: Lang): string {
  return valueWords(step.value, step.unit, lang);
}
