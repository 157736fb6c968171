/**
 * The answer a student gets from the figures a question states rounded ("about 7.1 %"): the same
 * expression, in the question's scenario with those figures put in as stated. A context figure or
 * an exchange rate replaces the scenario's; a share rule's percentage replaces the rule's own
 * (the scenario then uses that percentage) and the value of rule_share_pct. Exact.
 */
import type { Dec } from '../money';
import type { Scenario } from '../scenario';
import { evaluateExpression, type ExpressionEnv } from './evaluate';
import { scenarioEnv } from './scenarioEnv';
import type { ExerciseQuestion, StatedFigure } from './types';

/** The question's scenario with the stated figures in place of the exact ones. */
export function statedScenario(scenario: Scenario, stated: readonly StatedFigure[]): Scenario {
  let s = scenario;
  for (const f of stated) {
    if (f.fn === 'context' && Object.hasOwn(s.context, f.arg))
      s = { ...s, context: { ...s.context, [f.arg]: f.value } };
    if (f.fn === 'fx' && Object.hasOwn(s.fx, f.arg)) s = { ...s, fx: { ...s.fx, [f.arg]: f.value } };
    if (f.fn === 'rule_share_pct' && s.share.rule === f.arg) {
      const { coveredPct, creditCad, creditDollars } = s.share;
      const extra = creditDollars === undefined ? {} : { creditDollars };
      s = { ...s, share: { rule: 'percent', percent: f.value, coveredPct, creditCad, ...extra } };
    }
  }
  return s;
}

/**
 * The answer worked from the question's stated figures, or undefined when it states none (or it
 * is an open question, or the expression cannot be evaluated with them).
 */
export function statedAnswer(question: ExerciseQuestion): Dec | undefined {
  const { answer } = question;
  if (answer.kind !== 'numeric' || !answer.stated?.length) return undefined;
  const stated = answer.stated;
  const base = scenarioEnv(statedScenario(question.scenario, stated));
  const env: ExpressionEnv = {
    output: (name) => base.output(name),
    call: (fn, arg) => stated.find((f) => f.fn === fn && f.arg === arg)?.value ?? base.call(fn, arg),
  };
  const result = evaluateExpression(answer.expr, env);
  return result.ok ? result.value : undefined;
}
