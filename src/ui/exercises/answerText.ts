/**
 * Answers and the teacher key's worked arithmetic in words and numbers, in either language. Pure:
 * core values in, text out. Numbers are formatted per language (fr-CA: "1 234,56").
 */
import { type AnswerUnit, type Dec, type WorkedAnswer, type WorkedToken } from '../../core';
import {
  callInWords,
  formatNumber,
  formatPct,
  isSingular,
  type Lang,
  type MessageKey,
  translate,
} from '../../i18n';

type NumericWorked = Extract<WorkedAnswer, { kind: 'numeric' }>;

/** Most decimal places shown for a value in the working (a share like 7.128108… is cut, not the result). */
const MAX_PLACES = 6;

const OPERATOR = { '+': '+', '-': '−', '*': '×', '/': '÷' } as const;

/** A number in the working: its own decimals (at most six), grouped per language. */
function workedNumber(value: Dec, lang: Lang): string {
  return formatNumber(value, Math.min(value.decimalPlaces(), MAX_PLACES), lang);
}

const SINGULAR: Partial<Record<AnswerUnit, MessageKey>> = {
  CAD_BILLIONS: 'exercises.valueOne.CAD_BILLIONS',
  USD_BILLIONS: 'exercises.valueOne.USD_BILLIONS',
  YEARS: 'exercises.valueOne.YEARS',
};

/** A value with its unit: "C$243.25 billion" / "243,25 milliards $ CA", `digits` decimal places. */
function valueWithUnit(value: Dec, unit: AnswerUnit, digits: number, lang: Lang): string {
  const n = formatNumber(value, digits, lang);
  // French "0,01 milliard", "1,5 an"; English "1 year" (the language's plural rules).
  const one = isSingular(value, lang);
  return translate(lang, (one ? SINGULAR[unit] : undefined) ?? `exercises.value.${unit}`, { n });
}

/**
 * Decimal places of the key's answer: as many as an absolute tolerance implies ("18.70" for ±0.01,
 * not "18.7"), or those of the rounded value for a relative one.
 */
export function answerDigits(w: NumericWorked): number {
  const own = w.rounded.decimalPlaces();
  return w.toleranceKind === 'absolute' ? Math.max(own, w.tolerance.decimalPlaces()) : own;
}

/** The answer as the key gives it: rounded as finely as the tolerance needs, with its unit. */
export function answerText(w: NumericWorked, lang: Lang): string {
  return valueWithUnit(w.rounded, w.unit, answerDigits(w), lang);
}

/**
 * What is accepted: "within ±C$0.01 billion of the answer" (and of the answer worked from the
 * question's rounded figures, when it has some) or "within 1% of the answer".
 */
export function toleranceText(w: NumericWorked, lang: Lang): string {
  if (w.toleranceKind === 'relative') {
    const pct = w.tolerance.times(100);
    return translate(lang, 'exercises.key.toleranceRelative', {
      pct: formatPct(pct, pct.decimalPlaces(), lang),
    });
  }
  const tolerance = valueWithUnit(w.tolerance, w.unit, w.tolerance.decimalPlaces(), lang);
  if (w.stated === undefined) return translate(lang, 'exercises.key.toleranceAbsolute', { tolerance });
  return translate(lang, 'exercises.key.toleranceStated', {
    tolerance,
    stated: valueWithUnit(w.stated, w.unit, answerDigits(w), lang),
  });
}

/** Money outputs are reported to the cent: shown with both decimals ("218.20", not "218.2"). */
const isMoney = (name: string) => /_(usd|cad)$|_cad_/.test(name);

function tokenText(token: WorkedToken, lang: Lang): string {
  switch (token.kind) {
    case 'output':
      return isMoney(token.name) ? formatNumber(token.value, 2, lang) : workedNumber(token.value, lang);
    case 'number':
    case 'call':
      return workedNumber(token.value, lang);
    case 'operator':
      return ` ${OPERATOR[token.op]} `;
    case 'negate':
      return '−';
    case 'open':
      return '(';
    case 'close':
      return ')';
  }
}

/**
 * The expression with every name replaced by its value, and the result:
 * "175,000,000,000 × 1.39 ÷ 1,000,000,000 = 243.25" (≈ when the result shown is rounded).
 */
export function workedLine(w: NumericWorked, lang: Lang): string {
  const left = w.tokens.map((token) => tokenText(token, lang)).join('');
  const sign = w.rounded.eq(w.value) ? '=' : '≈';
  return `${left} ${sign} ${formatNumber(w.rounded, answerDigits(w), lang)}`;
}

/** What one name in the expression stands for, in words. */
function describeToken(token: Extract<WorkedToken, { kind: 'output' | 'call' }>, lang: Lang): string {
  if (token.kind === 'output') return translate(lang, `exercises.output.${token.name}`);
  return callInWords(token.fn, token.arg, lang);
}

export interface LegendEntry {
  readonly value: string;
  readonly name: string;
  readonly meaning: string;
}

/** Where each number of the working comes from: value, name as written, meaning (each name once). */
export function workedLegend(w: NumericWorked, lang: Lang): LegendEntry[] {
  const seen = new Set<string>();
  const entries: LegendEntry[] = [];
  for (const token of w.tokens) {
    if (token.kind !== 'output' && token.kind !== 'call') continue;
    const name = token.kind === 'output' ? token.name : `${token.fn}("${token.arg}")`;
    if (seen.has(name)) continue;
    seen.add(name);
    entries.push({ value: tokenText(token, lang), name, meaning: describeToken(token, lang) });
  }
  return entries;
}
