/**
 * The class results in words, in either language: what is wrong with an answers file, and the
 * likely slip behind a wrong answer. Used by the class page and the command line's `grade`.
 */
import { Dec, quoteText, type AnswersProblem, type Slip } from '../core';
import { formatCount, formatNumber } from './locale';
import type { Lang } from './lang';
import { translate } from './translate';

/** What is wrong with an answers file, in one phrase: "line 3: lang cannot be “de”: edited by hand?". */
export function answersProblemText(problem: AnswersProblem, lang: Lang): string {
  switch (problem.kind) {
    case 'unknownExercise':
      return translate(lang, 'class.problem.unknownExercise', { id: quoteText(problem.id) });
    case 'cell':
      return translate(lang, `class.problem.cell.${problem.reason}`, {
        line: problem.line,
        column: problem.column,
        value: quoteText(problem.value),
      });
    case 'missingQuestions':
      return translate(lang, 'class.problem.missingQuestions', { ids: problem.ids.join(', ') });
    case 'superseded':
      return translate(lang, 'class.problem.superseded', { by: problem.by });
    case 'resultEdited':
      return translate(lang, 'class.problem.resultEdited', { ids: problem.questionIds.join(', ') });
    default:
      return translate(lang, `class.problem.${problem.kind}`);
  }
}

/** The likely slip in words: "likely slip: 1,000 times too big (check the unit)". */
export function slipText(slip: Slip, lang: Lang): string {
  switch (slip.kind) {
    case 'powerOfTen':
      return translate(lang, slip.exponent > 0 ? 'class.slip.tooBig' : 'class.slip.tooSmall', {
        factor: formatCount(new Dec(10).pow(Math.abs(slip.exponent)), lang),
      });
    case 'rateWrongWay':
      return translate(lang, 'class.slip.rateWrongWay', { rate: translate(lang, `class.rate.${slip.rate}`) });
    case 'roundedInput':
      return translate(lang, 'class.slip.roundedInput', {
        input: slip.input,
        value: formatNumber(slip.value, Math.max(0, slip.value.decimalPlaces()), lang),
      });
  }
}
