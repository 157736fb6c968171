/**
 * The arithmetic under the sentence: the steps from the base cost to Canada's total in C$ (the
 * sentence's figure), computed by the core (workingFor) and worded per language. An ordered list,
 * so a screen reader announces "list, n items" and each step in turn.
 */
import { useMemo } from 'react';
import { workingFor, type Dollars, type ScenarioResult } from '../../core';
import { formatMoney, workingStepText, workingValueText } from '../../i18n';
import { useI18n } from '../useI18n';
import './working.css';

export function WorkingList({ result, dollars }: { result: ScenarioResult; dollars: Dollars }) {
  const { t, lang } = useI18n();
  const working = useMemo(() => workingFor(result, 'canadaCad', dollars), [result, dollars]);
  return (
    <section className="working" aria-labelledby="working-heading">
      <h3 id="working-heading">{t('explain.heading')}</h3>
      <ol aria-label={t('explain.label', { figure: formatMoney(working.rounded, 'CAD', lang) })}>
        {working.steps.map((step, i) => (
          <li key={`${step.kind}-${i}`}>
            <span>{workingStepText(step, lang)}</span>{' '}
            <strong>{t('explain.equals', { value: workingValueText(working, i, lang) })}</strong>
          </li>
        ))}
      </ol>
    </section>
  );
}
