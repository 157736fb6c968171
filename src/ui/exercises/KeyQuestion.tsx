/**
 * One question of the answer key: the answer the core computes, its unit and tolerance, the worked
 * arithmetic from the scenario's figures, and behind a toggle the formula in the exercise file with
 * every name replaced by its value; or the rubric.
 */
import { workedAnswer, type Exercise, type ExerciseQuestion } from '../../core';
import { useI18n } from '../useI18n';
import { answerDigits, answerText, toleranceText, workedLegend, workedLine } from './answerText';
import { ChainWorking } from './ChainWorking';
import { ChangedFacts } from './ScenarioFacts';

export function KeyQuestion({
  exercise,
  question,
  n,
  idPrefix = 'key',
}: {
  exercise: Exercise;
  question: ExerciseQuestion;
  n: number;
  /** Keeps ids unique when the printed key is in the page too. */
  idPrefix?: string;
}) {
  const { t, lang } = useI18n();
  const w = workedAnswer(exercise, question.id);
  const id = `${idPrefix}-${question.id}`;
  return (
    <section className="question key-question" aria-labelledby={id}>
      <h4 id={id}>{t('exercises.question', { n })}</h4>
      <p className="prompt">{question.prompt[lang]}</p>
      <ChangedFacts start={exercise.scenario} scenario={question.scenario} />
      {w.kind === 'open' ? (
        <div className="rubric">
          <h5>{t('exercises.key.open')}</h5>
          <p>{w.rubric[lang]}</p>
        </div>
      ) : (
        <dl className="key-facts">
          <div className="fact">
            <dt>{t('exercises.key.answer')}</dt>
            <dd className="key-answer">{answerText(w, lang)}</dd>
          </div>
          <div className="fact">
            <dt>{t('exercises.key.unit')}</dt>
            <dd>{t(`exercises.unit.${w.unit}`)}</dd>
          </div>
          <div className="fact">
            <dt>{t('exercises.key.accepted')}</dt>
            <dd>{toleranceText(w, lang)}</dd>
          </div>
          <div className="fact">
            <dt>{t('exercises.key.working')}</dt>
            <dd className="key-working">
              <ChainWorking worked={w} digits={answerDigits(w)} />
              <details className="key-formula">
                <summary>{t('chain.details')}</summary>
                <p>
                  <code>{w.expr}</code>
                </p>
                <p className="key-formula-line">{workedLine(w, lang)}</p>
                <ul className="legend">
                  {workedLegend(w, lang).map((entry) => (
                    <li key={entry.name}>
                      {entry.value} — {entry.meaning} (<code>{entry.name}</code>)
                    </li>
                  ))}
                </ul>
              </details>
            </dd>
          </div>
        </dl>
      )}
    </section>
  );
}
