/**
 * The teacher key's worked arithmetic as a chain from the scenario's inputs to the answer: the
 * answer expression with every output replaced by the steps that produce it (the calculator's
 * working, src/core/explain) and every share rule by its ratio of context figures. Structured data
 * (src/i18n/chainText.ts words it). A chain is a list of lines; each line starts from a figure
 * and applies one operation per step, left to right; a step may use an earlier line's result.
 * Exact: every value is the exact result of its step, except that a line ending at an output
 * ends at the output's reported figure (as the report rounds it), which is what the expression uses.
 */
import { findEstimate } from '../catalog';
import { computeScenario } from '../compute';
import { workingFor, type WorkingTarget } from '../explain';
import { dec, HUNDRED, type Dec } from '../money';
import type { Scenario } from '../scenario';
import { isContextRule, ruleRatio } from '../share';
import type { Currency, Dollars } from '../units';
import type { FunctionName, OutputName } from './names';
import type { BinaryOp, Expr } from './parser';
import type { Chain, ChainFigure, ChainLine, ChainOperation, ChainStep, ChainUnit } from './chainTypes';
import { functionValue, scenarioOutputs } from './scenarioEnv';
import { yearSteps } from './yearChain';
import { isYearFunction, YEAR_FIGURES } from './yearFigures';

export type { Chain, ChainFigure, ChainLine, ChainOperation, ChainStep, ChainUnit } from './chainTypes';

/** The outputs that are a report total: their chain is the calculator's working of that total. */
const OUTPUT_WORKING: Partial<Record<OutputName, readonly [WorkingTarget, Dollars]>> = {
  program_total_usd: ['programUsd', 'nominal'],
  program_total_constant_usd: ['programUsd', 'constant'],
  canada_total_usd: ['canadaUsd', 'nominal'],
  canada_total_constant_usd: ['canadaUsd', 'constant'],
  canada_total_cad: ['canadaCad', 'nominal'],
  us_total_usd: ['usUsd', 'nominal'],
  canada_cad_per_person: ['canadaCadPerPerson', 'nominal'],
  canada_avg_pct_of_defence_budget: ['canadaAvgPctOfDefenceBudget', 'nominal'],
};

const BILLION = dec('1e9');

/** The two context figures of a share rule given by their ratio (core's SHARE_RULE_SPECS), or undefined. */
const ratioOf = (rule: string) => (isContextRule(rule) ? ruleRatio(rule) : undefined);

function outputUnit(name: OutputName): ChainUnit {
  if (name.endsWith('_pct') || name.includes('_pct_')) return 'pct';
  if (name.endsWith('_usd')) return 'USD';
  if (name.endsWith('_cad') || name.startsWith('canada_cad')) return 'CAD';
  return 'number';
}

function callUnit(fn: FunctionName, arg: string): ChainUnit {
  switch (fn) {
    case 'estimate':
      return 'USD';
    case 'amount':
      return findEstimate(arg)?.currency ?? 'number';
    case 'context':
      return arg.endsWith('Usd') ? 'USD' : arg.endsWith('Cad') ? 'CAD' : 'number';
    case 'rule_share_pct':
      return 'pct';
    case 'years':
    case 'fx':
      return 'number';
    default:
      return YEAR_FIGURES[fn];
  }
}

const isMoney = (u: ChainUnit): u is Currency => u !== 'pct' && u !== 'number';

/**
 * The unit after `left op right`: money stays money (an exchange rate changes its currency, a
 * ratio of two amounts is a number), and a number × 100 is a percentage.
 */
function resultUnit(
  op: BinaryOp,
  left: ChainUnit,
  right: ChainUnit,
  figure: ChainFigure,
  operand: Dec,
): ChainUnit {
  const fx = figure.kind === 'call' && figure.fn === 'fx' ? figure.arg : undefined;
  switch (op) {
    case '+':
    case '-':
      return left === 'number' ? right : left;
    case '*':
      if (left === 'USD' && fx === 'cadPerUsd') return 'CAD';
      if (left === 'GBP' && fx === 'usdPerGbp') return 'USD';
      if (isMoney(left)) return left;
      if (isMoney(right)) return right;
      return figure.kind === 'number' && operand.eq(HUNDRED) ? 'pct' : left;
    case '/':
      if (left === 'CAD' && fx === 'cadPerUsd') return 'USD';
      if (left === 'USD' && fx === 'usdPerGbp') return 'GBP';
      if (isMoney(left)) return isMoney(right) ? 'number' : left;
      if (left === 'pct' && (right === 'pct' || operand.eq(HUNDRED))) return 'number';
      return left;
  }
}

const OPERATION: Record<BinaryOp, ChainOperation> = {
  '+': 'plus',
  '-': 'minus',
  '*': 'times',
  '/': 'divide',
};

function apply(op: BinaryOp, left: Dec, right: Dec): Dec {
  switch (op) {
    case '+':
      return left.plus(right);
    case '-':
      return left.minus(right);
    case '*':
      return left.times(right);
    case '/':
      return left.div(right);
  }
}

const unwrap = (expr: Expr): Expr => (expr.kind === 'group' ? unwrap(expr.inner) : expr);
const isBillion = (expr: Expr) => expr.kind === 'number' && expr.value.eq(BILLION);

/**
 * True for a name whose value is worked out from inputs: a report total, Canada's share, a ratio
 * rule, a year figure of the outlook (all but Canada's yearly cost, a figure of its own).
 */
function isWorkedOut(e: Expr): boolean {
  if (e.kind === 'output') return OUTPUT_WORKING[e.name] !== undefined || e.name === 'canada_share_pct';
  if (e.kind === 'call' && isYearFunction(e.fn)) return e.fn !== 'year_canada_cad';
  return e.kind === 'call' && e.fn === 'rule_share_pct' && ratioOf(e.arg) !== undefined;
}

/** The last step of a share: the fraction × 100, giving `value` in percent. */
function percentStep(value: Dec): ChainStep {
  return {
    kind: 'figure',
    operation: 'times',
    figure: { kind: 'number' },
    operand: HUNDRED,
    operandUnit: 'number',
    value,
    unit: 'pct',
  };
}
class ChainBuilder {
  readonly lines: ChainLine[] = [];
  constructor(private readonly scenario: Scenario) {}

  private addLine(steps: ChainStep[]): number {
    const last = steps[steps.length - 1];
    if (!last) throw new Error('empty line');
    this.lines.push({ steps, value: last.value, unit: last.unit });
    return this.lines.length - 1;
  }

  /** The start of a line from an earlier line of these steps. */
  private startLine(steps: ChainStep[]): ChainStep {
    const line = this.addLine(steps);
    const { value, unit } = this.lines[line] ?? { value: dec(0), unit: 'number' };
    return this.start({ kind: 'line', line }, value, unit);
  }

  private start(figure: ChainFigure, value: Dec, unit: ChainUnit): ChainStep {
    return { kind: 'figure', operation: 'start', figure, operand: value, operandUnit: unit, value, unit };
  }

  /** The steps of an output that is a report total, ending at its reported figure. */
  private outputSteps(name: OutputName): ChainStep[] | undefined {
    const reported = scenarioOutputs(this.scenario)[name];
    const target = OUTPUT_WORKING[name];
    if (target) {
      const working = workingFor(computeScenario(this.scenario), target[0], target[1]);
      return working.steps.map((step, i) => ({
        kind: 'working',
        step,
        value: i === working.steps.length - 1 ? reported : step.value,
        unit: step.unit,
      }));
    }
    if (name !== 'canada_share_pct') return undefined;
    // Canada's share of the program: Canada's total ÷ the program's total × 100; for a fixed
    // amount in US dollars with no credit, that amount ÷ the total in the amount's dollars.
    const { share } = this.scenario;
    const outputs = scenarioOutputs(this.scenario);
    const fixedUsd = share.rule === 'fixed' && share.currency === 'USD' && share.creditCad.isZero();
    const constant = fixedUsd && share.amountDollars === 'constant';
    const programName = constant ? 'program_total_constant_usd' : 'program_total_usd';
    const program = outputs[programName];
    const first = fixedUsd
      ? this.start({ kind: 'fixedAmount' }, share.amount, 'USD')
      : this.startLine(this.outputSteps('canada_total_usd') ?? []);
    const ratio = first.value.div(program);
    return [
      first,
      {
        kind: 'figure',
        operation: 'divide',
        figure: { kind: 'output', name: programName },
        operand: program,
        operandUnit: 'USD',
        value: ratio,
        unit: 'number',
      },
      percentStep(reported),
    ];
  }

  /** A share rule given by a ratio of two context figures: Canada's ÷ (Canada's + the US's) × 100. */
  private ruleSteps(rule: string): ChainStep[] | undefined {
    const keys = ratioOf(rule);
    if (!keys) return undefined;
    const { context } = this.scenario;
    const [canadaKey, usKey] = keys;
    const unit = callUnit('context', canadaKey);
    const canada = context[canadaKey];
    const both = canada.plus(context[usKey]);
    const sum = this.addLine([
      this.start({ kind: 'call', fn: 'context', arg: canadaKey }, canada, unit),
      {
        kind: 'figure',
        operation: 'plus',
        figure: { kind: 'call', fn: 'context', arg: usKey },
        operand: context[usKey],
        operandUnit: unit,
        value: both,
        unit,
      },
    ]);
    const fraction = canada.div(both);
    return [
      this.start({ kind: 'call', fn: 'context', arg: canadaKey }, canada, unit),
      {
        kind: 'figure',
        operation: 'divide',
        figure: { kind: 'line', line: sum },
        operand: both,
        operandUnit: unit,
        value: fraction,
        unit: 'number',
      },
      percentStep(fraction.times(HUNDRED)),
    ];
  }

  /** The steps that compute `expr`, from its first figure. */
  steps(expr: Expr): ChainStep[] {
    const e = unwrap(expr);
    switch (e.kind) {
      case 'number':
      case 'output':
      case 'call': {
        const own = this.compound(e);
        if (own) return own;
        const leaf = this.leaf(e);
        return [this.start(leaf.figure, leaf.value, leaf.unit)];
      }
      case 'group':
        return this.steps(e.inner);
      case 'negate': {
        const steps = this.steps(e.operand);
        const last = steps[steps.length - 1];
        if (!last) return steps;
        return [...steps, { kind: 'negate', value: last.value.neg(), unit: last.unit }];
      }
      case 'binary': {
        const steps = this.steps(e.left);
        const last = steps[steps.length - 1];
        if (!last) return steps;
        if (e.op === '/' && isBillion(unwrap(e.right))) {
          return [...steps, { kind: 'billions', value: last.value.div(BILLION), unit: 'number' }];
        }
        const operand = this.operand(e.right);
        const step: ChainStep = {
          kind: 'figure',
          operation: OPERATION[e.op],
          figure: operand.figure,
          operand: operand.value,
          operandUnit: operand.unit,
          value: apply(e.op, last.value, operand.value),
          unit: resultUnit(e.op, last.unit, operand.unit, operand.figure, operand.value),
        };
        return [...steps, step];
      }
    }
  }

  /** The steps of a name that is worked out from other figures (see isWorkedOut), else undefined. */
  private compound(e: Expr): ChainStep[] | undefined {
    if (!isWorkedOut(e)) return undefined;
    if (e.kind === 'output') return this.outputSteps(e.name);
    if (e.kind === 'call' && isYearFunction(e.fn))
      return yearSteps({ addLine: (steps) => this.addLine(steps) }, this.scenario, e.fn, e.arg);
    if (e.kind === 'call') return this.ruleSteps(e.arg);
    return undefined;
  }

  private leaf(e: Expr): { figure: ChainFigure; value: Dec; unit: ChainUnit } {
    const outputs = scenarioOutputs(this.scenario);
    switch (e.kind) {
      case 'number':
        return { figure: { kind: 'number' }, value: e.value, unit: 'number' };
      case 'output':
        return { figure: { kind: 'output', name: e.name }, value: outputs[e.name], unit: outputUnit(e.name) };
      case 'call': {
        const value = functionValue(this.scenario, e.fn, e.arg);
        if (!value) throw new Error(`${e.fn}("${e.arg}") has no value`);
        return {
          figure: { kind: 'call', fn: e.fn, arg: e.arg },
          value,
          unit: callUnit(e.fn, e.arg),
        };
      }
      default:
        throw new Error(`not a figure: ${e.kind}`);
    }
  }

  /** An operand: a figure as it is, or a line of its own for anything worked out. */
  private operand(expr: Expr): { figure: ChainFigure; value: Dec; unit: ChainUnit } {
    const e = unwrap(expr);
    const simple = (e.kind === 'number' || e.kind === 'output' || e.kind === 'call') && !isWorkedOut(e);
    if (simple) return this.leaf(e);
    const steps = this.steps(e);
    // A name worked out to a figure as it is (the pledge's 3.5 % in 2035) needs no line of its own.
    const only = steps.length === 1 ? steps[0] : undefined;
    if (only?.kind === 'figure' && only.operation === 'start')
      return { figure: only.figure, value: only.value, unit: only.unit };
    const line = this.addLine(steps);
    const { value, unit } = this.lines[line] ?? { value: dec(0), unit: 'number' };
    return { figure: { kind: 'line', line }, value, unit };
  }
}

/**
 * The chain of a numeric answer's expression in its question's scenario: the lines from the inputs
 * to the answer, whose last value equals evaluateAnswer's value exactly.
 */
export function answerChain(expr: Expr, scenario: Scenario): Chain {
  const builder = new ChainBuilder(scenario);
  const steps = builder.steps(expr);
  const last = steps[steps.length - 1];
  if (!last) throw new Error('empty expression');
  builder.lines.push({ steps, value: last.value, unit: last.unit });
  return { lines: builder.lines, value: last.value };
}
