/**
 * What a student is told after checking an answer: right, or how far off in words (too high or too
 * low, and roughly by how much), never the number itself; or how to type a number that could not be
 * read, in the same words as the calculator's fields.
 */
import { Dec, type CheckResult } from '../../core';
import { formatCount, translate, typedProblemText, type Lang, type MessageKey } from '../../i18n';

export interface Feedback {
  readonly tone: 'correct' | 'not-yet' | 'unreadable';
  readonly text: string;
}

/** Powers of ten tried for a unit slip (typed in dollars instead of billions, or a % as a fraction). */
const SCALE_POWERS = [2, 3, 6, 9, 12];
const SCALE_CLOSE = new Dec('0.01');

/** The power of ten by which `typed` is off, when it is that and nothing else (within 1%). */
function scaleSlip(typed: Dec, expected: Dec): { factor: Dec; bigger: boolean } | undefined {
  if (expected.isZero() || typed.isZero() || typed.isNegative() !== expected.isNegative()) return undefined;
  const ratio = typed.div(expected);
  for (const power of SCALE_POWERS) {
    const factor = new Dec(10).pow(power);
    if (ratio.div(factor).minus(1).abs().lte(SCALE_CLOSE)) return { factor, bigger: true };
    if (ratio.times(factor).minus(1).abs().lte(SCALE_CLOSE)) return { factor, bigger: false };
  }
  return undefined;
}

type Band = 'veryClose' | 'close' | 'off' | 'far';

/** How far off, relative to the expected value: within 1%, 10%, 50%, or more. */
function band(difference: Dec, expected: Dec): Band {
  const relative = difference.abs().div(expected.abs());
  if (relative.lte('0.01')) return 'veryClose';
  if (relative.lte('0.1')) return 'close';
  if (relative.lte('0.5')) return 'off';
  return 'far';
}

/** The feedback for a checked numeric answer; `typed` is the answer as the student typed it. */
export function numericFeedback(result: CheckResult, lang: Lang, typed: string): Feedback {
  const say = (key: MessageKey, params: Record<string, string> = {}) => translate(lang, key, params);
  switch (result.status) {
    case 'open':
      return { tone: 'correct', text: say('exercises.feedback.saved') };
    case 'unparseable':
      return {
        tone: 'unreadable',
        text: say('exercises.feedback.unreadable', { how: typedProblemText(result.problem, lang) }),
      };
    case 'correct':
      return { tone: 'correct', text: say('exercises.feedback.correct') };
    case 'incorrect': {
      const { expected, difference } = result;
      const high = difference.isPositive();
      const slip = scaleSlip(result.typed, expected);
      const wrongSign =
        !expected.isZero() && !result.typed.isZero() && result.typed.isNegative() !== expected.isNegative();
      let text: string;
      if (result.groupReadAsDecimal) text = say('exercises.feedback.groupSlip', { typed: typed.trim() });
      else if (slip)
        text = say(slip.bigger ? 'exercises.feedback.scaleBigger' : 'exercises.feedback.scaleSmaller', {
          factor: formatCount(slip.factor, lang),
        });
      else if (wrongSign) text = say('exercises.feedback.sign');
      else if (expected.isZero()) text = say(high ? 'exercises.feedback.high' : 'exercises.feedback.low');
      else text = say(`exercises.feedback.${band(difference, expected)}.${high ? 'high' : 'low'}`);
      return { tone: 'not-yet', text };
    }
  }
}
