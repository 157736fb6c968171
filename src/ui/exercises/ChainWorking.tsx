/**
 * The key's worked arithmetic: each line of the chain from the scenario's figures to the answer as a
 * teacher writes it ("175 × 7.1281% × 1.39 ≈ 17.34"), with its steps in words underneath (the same
 * steps as the calculator's working). Ordered lists, so a screen reader announces each line and step.
 */
import type { WorkedAnswer } from '../../core';
import { chainLineText, chainStepText, chainStepValueText, chainWordedSteps } from '../../i18n';
import { useI18n } from '../useI18n';

type NumericWorked = Extract<WorkedAnswer, { kind: 'numeric' }>;

export function ChainWorking({ worked, digits }: { worked: NumericWorked; digits: number }) {
  const { t, lang } = useI18n();
  const { chain, scale } = worked;
  return (
    <ol className="chain" aria-label={t('chain.label')}>
      {chain.lines.map((line, i) => (
        <li key={i}>
          <span className="chain-line">{chainLineText(chain, i, scale, digits, lang)}</span>
          <ul className="chain-steps">
            {chainWordedSteps(line.steps, scale).map((step, j) => (
              <li key={j}>
                {chainStepText(step, lang)} {t('explain.equals', { value: chainStepValueText(step, lang) })}
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ol>
  );
}
