/** A problem in a list: the field named as its label says, then the validator's words. */
import { clip, type Problem } from '../core';
import { fieldName } from './problemText';
import { useI18n } from './useI18n';

/** The validator quotes bad input briefly; this bounds whatever reaches the page all the same. */
const LONGEST = 300;

/**
 * A problem under its field's name in the page's language; the detail is the validator's (English,
 * marked so), inside the translated sentence.
 */
export function ProblemLine({ problem }: { problem: Problem }) {
  const { t, lang } = useI18n();
  const field = clip(problem.path.replace(/^link:? ?/, ''), LONGEST);
  const detail = <span lang="en">{clip(problem.message, LONGEST)}</span>;
  if (!field) return detail;
  const MARK = '\u0000';
  const [before = '', after = ''] = t('calculator.problem', {
    field: fieldName(field, lang),
    message: MARK,
  }).split(MARK);
  return (
    <>
      {before}
      {detail}
      {after}
    </>
  );
}
