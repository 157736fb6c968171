/**
 * A problem as the page words it: the field named as its label says, in the page's language, then
 * what is wrong. The detail comes from the validator (src/io, src/core) and stays in English.
 */
import type { Problem } from '../core';
import { fieldLabel, translate, type Lang } from '../i18n';

/** The field's name as its label says ("Years" / "Années"); a range's parts under the range's name. */
export function fieldName(path: string, lang: Lang): string {
  return fieldLabel(path, lang) ?? path;
}

/** "Years: must be at least 1" / "Années : must be at least 1". */
export function problemText(problem: Problem, lang: Lang = 'en'): string {
  const field = problem.path.replace(/^link:? ?/, '');
  return field
    ? translate(lang, 'calculator.problem', { field: fieldName(field, lang), message: problem.message })
    : problem.message;
}
