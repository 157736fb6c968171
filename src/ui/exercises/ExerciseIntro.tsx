/** An exercise's level and learning goals, as every view of it starts. */
import type { Exercise } from '../../core';
import { useI18n } from '../useI18n';

export function ExerciseIntro({ exercise, headingLevel = 3 }: { exercise: Exercise; headingLevel?: 3 | 4 }) {
  const { t, lang } = useI18n();
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  return (
    <>
      <p className="exercise-meta">
        {t('exercises.levelLabel')} {t(`exercises.level.${exercise.level}`)} ·{' '}
        {t(exercise.questions.length === 1 ? 'exercises.questionCountOne' : 'exercises.questionCount', {
          count: exercise.questions.length,
        })}
      </p>
      <Heading>{t('exercises.goals')}</Heading>
      <ul className="goals">
        {exercise.goals[lang].map((goal) => (
          <li key={goal}>{goal}</li>
        ))}
      </ul>
    </>
  );
}
