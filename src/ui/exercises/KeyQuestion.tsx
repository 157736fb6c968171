/**
 * One question of the answer key: the answer the core computes, its unit and tolerance, the worked
 * arithmetic with every name replaced by its value, and where each value comes from; or the rubric.
 */
import { workedAnswer, type Exercise, type ExerciseQuestion } from '../../core';
import { useI18n } from '../useI18n';
import { answerText, toleranceText, workedLegend, workedLine } from './answerText';
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
            <dd className="working">{workedLine(w, lang)}</dd>
          </div>
          <div className="fact">
            <dt>{t('exercises.key.from')}</dt>
            <dd>
              <ul className="legend">
                {workedLegend(w, lang).map((entry) => (
                  <li key={entry.name}>
                    {entry.value} — {entry.meaning} (<code>{entry.name}</code>)
                  </li>
                ))}
                <li>
                  {t('exercises.key.expression')} <code>{w.expr}</code>
                </li>
              </ul>
            </dd>
          </div>
        </dl>
      )}
    </section>
  );
}
