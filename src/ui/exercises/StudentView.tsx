/**
 * The student view of one exercise: who is working, what it is about, the starting scenario (and a
 * button that opens it in the calculator), the questions, and the answers to download. It has no
 * way to the teacher key: keys are on the teacher page (src/ui/teacher).
 */
import { useState } from 'react';
import type { Exercise } from '../../core';
import { answersCsv, answersFileName, savedAtText } from '../../io';
import { useProgressStore } from '../../state';
import { downloadText } from '../download';
import { countKey } from '../../i18n';
import { useI18n } from '../useI18n';
import { answerRows, tally } from './answers';
import { ExerciseIntro } from './ExerciseIntro';
import { openInCalculator, RouteLink } from './links';
import { QuestionCard } from './QuestionCard';
import { ScenarioSummary } from './ScenarioFacts';
import { NAME_FIELD_ID, UndoNotice, useMayShowAnswers, WhoIsWorking, type Cleared } from './WhoIsWorking';

/** Now, as local time with its offset (the answers file says when it was written). */
function now(): string {
  const date = new Date();
  return savedAtText(date.getTime(), -date.getTimezoneOffset());
}

function YourAnswers({ exercise, onCleared }: { exercise: Exercise; onCleared: (c: Cleared) => void }) {
  const { t, lang } = useI18n();
  const name = useProgressStore((s) => s.name);
  const progress = useProgressStore((s) => s.exercises[exercise.id]);
  const startOver = useProgressStore((s) => s.startOver);
  const [needName, setNeedName] = useState(false);
  const { correct, numeric, done, open } = tally(exercise, progress, lang);
  const download = () => {
    if (name.trim() === '') {
      setNeedName(true);
      document.getElementById(NAME_FIELD_ID)?.focus();
      return;
    }
    setNeedName(false);
    const savedAt = now();
    downloadText(
      answersFileName(exercise.id, name, savedAt),
      answersCsv(answerRows(exercise, progress, name, lang, savedAt)),
      'text/csv;charset=utf-8',
    );
  };
  return (
    <section className="your-answers" aria-labelledby="your-answers-heading">
      <h3 id="your-answers-heading">{t('exercises.yourAnswers')}</h3>
      <p>
        {t(countKey(correct, lang, 'exercises.tallyOne', 'exercises.tally'), { correct, numeric })}
        {open > 0
          ? ` ${t(countKey(done, lang, 'exercises.tallyOpenOne', 'exercises.tallyOpen'), { done, open })}`
          : ''}
      </p>
      <div className="button-row no-print">
        <button type="button" onClick={download} aria-describedby="download-problem">
          {t('exercises.download')}
        </button>
        <button
          type="button"
          onClick={() => onCleared({ before: startOver() })}
          aria-describedby="start-over-hint"
        >
          {t('class.startOver')}
        </button>
      </div>
      {needName && name.trim() === '' && (
        <p id="download-problem" className="feedback feedback-unreadable" role="alert">
          {t('class.nameFirst')}
        </p>
      )}
      <p id="start-over-hint" className="field-hint no-print">
        {t('class.startOverHint')}
      </p>
    </section>
  );
}

export function StudentView({ exercise, onPrint }: { exercise: Exercise; onPrint: () => void }) {
  const { t, lang } = useI18n();
  const title = exercise.title[lang];
  const mayShow = useMayShowAnswers();
  const [cleared, setCleared] = useState<Cleared | null>(null);
  return (
    <>
      <p className="no-print">
        <RouteLink to={{ view: 'exercises' }}>{t('exercises.back')}</RouteLink>
      </p>
      <h2>{title}</h2>
      <WhoIsWorking onCleared={setCleared} />
      <UndoNotice cleared={cleared} onDone={() => setCleared(null)} />
      <div className="button-row no-print">
        <button type="button" onClick={onPrint}>
          {t('exercises.printWorksheet')}
        </button>
      </div>
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
      {mayShow && (
        <>
          <h3>{t('exercises.questions')}</h3>
          {exercise.questions.map((q, i) => (
            <QuestionCard key={q.id} exercise={exercise} question={q} n={i + 1} />
          ))}
          <YourAnswers exercise={exercise} onCleared={setCleared} />
        </>
      )}
    </>
  );
}
