/**
 * The student view of one exercise: what it is about, the starting scenario (and a button that opens
 * it in the calculator), the questions, and the student's name and answers to download.
 */
import type { Exercise } from '../../core';
import { answersCsv } from '../../io';
import { useProgressStore } from '../../state';
import { downloadText } from '../download';
import { useI18n } from '../useI18n';
import { answerRows, tally } from './answers';
import { ExerciseIntro } from './ExerciseIntro';
import { openInCalculator, RouteLink } from './links';
import { QuestionCard } from './QuestionCard';
import { ScenarioSummary } from './ScenarioFacts';
import { ShareLink } from './ShareLink';

function YourAnswers({ exercise }: { exercise: Exercise }) {
  const { t, lang } = useI18n();
  const name = useProgressStore((s) => s.name);
  const setName = useProgressStore((s) => s.setName);
  const progress = useProgressStore((s) => s.exercises[exercise.id]);
  const { correct, numeric, done, open } = tally(exercise, progress, lang);
  const download = () =>
    downloadText(
      `${exercise.id}.answers.csv`,
      answersCsv(answerRows(exercise, progress, name, lang)),
      'text/csv;charset=utf-8',
    );
  return (
    <section className="your-answers" aria-labelledby="your-answers-heading">
      <h3 id="your-answers-heading">{t('exercises.yourAnswers')}</h3>
      <p>
        {t('exercises.tally', { correct, numeric })}
        {open > 0 ? ` ${t('exercises.tallyOpen', { done, open })}` : ''}
      </p>
      <div className="text-field">
        <label htmlFor="student-name">{t('exercises.name')}</label>
        <input
          id="student-name"
          type="text"
          autoComplete="name"
          value={name}
          aria-describedby="student-name-hint"
          onChange={(e) => setName(e.target.value)}
        />
        <span id="student-name-hint" className="field-hint">
          {t('exercises.nameHint')}
        </span>
      </div>
      <div className="button-row no-print">
        <button type="button" onClick={download}>
          {t('exercises.download')}
        </button>
      </div>
    </section>
  );
}

export function StudentView({ exercise, onPrint }: { exercise: Exercise; onPrint: () => void }) {
  const { t, lang } = useI18n();
  const title = exercise.title[lang];
  return (
    <>
      <p className="no-print">
        <RouteLink to={{ view: 'exercises' }}>{t('exercises.back')}</RouteLink>
      </p>
      <h2>{title}</h2>
      <div className="button-row no-print">
        <RouteLink to={{ view: 'exercises', exercise: exercise.id, key: true }} className="button-link">
          {t('exercises.teacherKey')}
        </RouteLink>
        <button type="button" onClick={onPrint}>
          {t('exercises.printWorksheet')}
        </button>
      </div>
      <ShareLink exerciseId={exercise.id} />
      <ExerciseIntro exercise={exercise} />
      <section aria-labelledby="start-heading">
        <h3 id="start-heading">{t('exercises.start')}</h3>
        <ScenarioSummary scenario={exercise.scenario} />
        <div className="button-row no-print">
          <button type="button" onClick={() => openInCalculator(exercise.scenario, title)}>
            {t('exercises.openCalculator')}
          </button>
        </div>
      </section>
      <h3>{t('exercises.questions')}</h3>
      {exercise.questions.map((q, i) => (
        <QuestionCard key={q.id} exercise={exercise} question={q} n={i + 1} />
      ))}
      <YourAnswers exercise={exercise} />
    </>
  );
}
