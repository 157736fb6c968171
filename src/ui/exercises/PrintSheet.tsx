/**
 * What is printed: the worksheet (the link for students as text and QR code, questions with space
 * to write, the starting scenario; no answers) or the answer key, each with the sources of its
 * figures and page numbers. Hidden on screen; shown alone by the print stylesheet.
 */
import type { Exercise } from '../../core';
import { SourceCite } from '../SourceCite';
import { LocalLinkHint } from '../LocalLinkHint';
import { useI18n } from '../useI18n';
import { ExerciseIntro } from './ExerciseIntro';
import { KeyQuestion } from './KeyQuestion';
import { ChangedFacts, ScenarioSummary } from './ScenarioFacts';
import { studentLink } from './links';
import { PageNumbers } from './PageNumbers';
import { QrCode } from './QrCode';
import { exerciseSources } from './sources';
import type { PrintMode } from './usePrint';
import { markText } from '../../i18n';

/** The sources of every figure the exercise uses (the worksheet's and the key's last section). */
function Sources({ exercise }: { exercise: Exercise }) {
  const { t, lang } = useI18n();
  return (
    <>
      <h3>{t('exercises.sources')}</h3>
      <ul className="print-sources">
        {exerciseSources(exercise, lang).map((s) => (
          <li key={s.figure}>
            {s.figure}
            {markText(':', lang)}
            <SourceCite source={s.source} lang={lang} />
          </li>
        ))}
      </ul>
    </>
  );
}

/** The student link as text and as a QR code, so a printed worksheet leads to the exercise. */
function PrintedLink({ exercise }: { exercise: Exercise }) {
  const { t, lang } = useI18n();
  const link = studentLink(exercise.id, lang);
  return (
    <div className="print-link">
      <QrCode text={link.url} label={t('teaching.print.qr')} className="print-qr" />
      <p>
        {t('teaching.print.link')}
        <br />
        <span className="print-url">{link.url}</span>
      </p>
      <LocalLinkHint link={link} />
    </div>
  );
}

function Worksheet({ exercise }: { exercise: Exercise }) {
  const { t, lang } = useI18n();
  return (
    <>
      <ol className="print-questions">
        {exercise.questions.map((q) => (
          <li key={q.id} className="print-question">
            <p className="prompt">{q.prompt[lang]}</p>
            <ChangedFacts start={exercise.scenario} scenario={q.scenario} />
            {q.answer.kind === 'numeric' && (
              <p className="print-unit">
                {t('exercises.unitIn', { unit: t(`exercises.unit.${q.answer.unit}`) })}
              </p>
            )}
            <div className={`write-space${q.answer.kind === 'open' ? ' write-space-open' : ''}`} />
          </li>
        ))}
      </ol>
    </>
  );
}

export function PrintSheet({ exercise, mode }: { exercise: Exercise; mode: PrintMode }) {
  const { t, lang } = useI18n();
  const title = exercise.title[lang];
  return (
    // Always in an exercise page, so that Ctrl+P prints it; never part of the screen page (display:
    // none on screen), so hidden from assistive technology as well.
    <section
      className={`print-sheet print-${mode}`}
      aria-label={t(`exercises.print.${mode}`)}
      aria-hidden="true"
    >
      <h2>{mode === 'key' ? t('exercises.key.title', { title }) : title}</h2>
      {mode === 'worksheet' && (
        <p className="print-name">
          <span>{t('exercises.print.name')}</span> <span className="print-line" />{' '}
          <span>{t('exercises.print.date')}</span> <span className="print-line print-line-short" />
        </p>
      )}
      {mode === 'worksheet' && <PrintedLink exercise={exercise} />}
      <ExerciseIntro exercise={exercise} />
      <h3>{t('exercises.start')}</h3>
      <ScenarioSummary scenario={exercise.scenario} />
      <h3>{t(mode === 'key' ? 'exercises.key.answers' : 'exercises.questions')}</h3>
      {mode === 'key' ? (
        exercise.questions.map((q, i) => (
          <KeyQuestion key={q.id} exercise={exercise} question={q} n={i + 1} idPrefix="print-key" />
        ))
      ) : (
        <Worksheet exercise={exercise} />
      )}
      <Sources exercise={exercise} />
      <PageNumbers />
    </section>
  );
}
