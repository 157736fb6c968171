/** The teacher's answer key: every question with its computed answer and worked arithmetic. */
import type { Exercise } from '../../core';
import { useI18n } from '../useI18n';
import { ExerciseIntro } from './ExerciseIntro';
import { KeyQuestion } from './KeyQuestion';
import { RouteLink } from './links';
import { ScenarioSummary } from './ScenarioFacts';
import { ShareLink } from './ShareLink';
import type { PrintMode } from './usePrint';

export function TeacherKey({
  exercise,
  onPrint,
}: {
  exercise: Exercise;
  onPrint: (mode: PrintMode) => void;
}) {
  const { t, lang } = useI18n();
  return (
    <>
      <p className="no-print">
        <RouteLink to={{ view: 'teacher' }}>{t('class.teacher.back')}</RouteLink>
      </p>
      <h2>{t('exercises.key.title', { title: exercise.title[lang] })}</h2>
      <p>{t('exercises.key.intro')}</p>
      <p className="teacher-warning">{t('class.teacher.notSecret')}</p>
      <div className="button-row no-print">
        <RouteLink to={{ view: 'exercises', exercise: exercise.id }} className="button-link">
          {t('exercises.studentView')}
        </RouteLink>
        <RouteLink to={{ view: 'guide', exercise: exercise.id }} className="button-link">
          {t('teaching.guide.link')}
        </RouteLink>
        <RouteLink to={{ view: 'projector', exercise: exercise.id }} className="button-link">
          {t('teaching.projector.link')}
        </RouteLink>
        <button type="button" onClick={() => onPrint('key')}>
          {t('exercises.printKey')}
        </button>
        <button type="button" onClick={() => onPrint('worksheet')}>
          {t('exercises.printWorksheet')}
        </button>
      </div>
      <ShareLink exerciseId={exercise.id} />
      <ExerciseIntro exercise={exercise} />
      <section aria-labelledby="key-start-heading">
        <h3 id="key-start-heading">{t('exercises.start')}</h3>
        <ScenarioSummary scenario={exercise.scenario} />
      </section>
      <h3>{t('exercises.key.answers')}</h3>
      {exercise.questions.map((q, i) => (
        <KeyQuestion key={q.id} exercise={exercise} question={q} n={i + 1} />
      ))}
    </>
  );
}
