/**
 * The students' list of exercises: title, level, goals, progress, and a link to each exercise. The
 * keys are on the teacher page, which the list names at its foot.
 */
import { useProgressStore } from '../../state';
import { countKey } from '../../i18n';
import { useI18n } from '../useI18n';
import { tally } from './answers';
import { EXERCISES } from './exerciseCatalog';
import { RouteLink } from './links';
import type { Exercise } from '../../core';

function ListItem({ exercise }: { exercise: Exercise }) {
  const { t, lang } = useI18n();
  const progress = useProgressStore((s) => s.exercises[exercise.id]);
  const title = exercise.title[lang];
  const { correct, numeric } = tally(exercise, progress, lang);
  return (
    <li className="exercise-item">
      <h3>{title}</h3>
      <p className="exercise-meta">
        {t('exercises.levelLabel')} {t(`exercises.level.${exercise.level}`)} ·{' '}
        {t(exercise.questions.length === 1 ? 'exercises.questionCountOne' : 'exercises.questionCount', {
          count: exercise.questions.length,
        })}
        {progress
          ? ` · ${t(countKey(correct, lang, 'exercises.tallyOne', 'exercises.tally'), { correct, numeric })}`
          : ''}
      </p>
      <ul className="goals">
        {exercise.goals[lang].map((goal) => (
          <li key={goal}>{goal}</li>
        ))}
      </ul>
      <p className="exercise-links">
        <RouteLink to={{ view: 'exercises', exercise: exercise.id }}>
          {t('class.openExercise')} <span className="visually-hidden">— {title}</span>
        </RouteLink>
      </p>
    </li>
  );
}

export function ExerciseList() {
  const { t } = useI18n();
  return (
    <>
      <h2>{t('exercises.title')}</h2>
      <p className="exercises-intro">{t('exercises.intro')}</p>
      <ul className="exercise-list">
        {EXERCISES.map((e) => (
          <ListItem key={e.id} exercise={e} />
        ))}
      </ul>
      <p className="teacher-link">
        <RouteLink to={{ view: 'teacher' }}>{t('class.teacher.link')}</RouteLink>
      </p>
    </>
  );
}
