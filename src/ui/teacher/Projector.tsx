/**
 * Projector mode (`?view=projector&exercise=…`): one question at a time in large type over the
 * whole window, with "Question 2 of 5", the facts of the question's scenario (those it changes
 * marked), next and previous by button and keyboard (→ ↓ Page Down, ← ↑ Page Up, Home, End), and
 * Esc or a button to leave. No answer is shown until the teacher chooses "Show answer"; moving to
 * another question hides it again. Reached from the teacher page only (it can show answers).
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { workedAnswer, type Exercise, type ExerciseQuestion } from '../../core';
import { navigate } from '../route';
import { useI18n } from '../useI18n';
import { answerText } from '../exercises/answerText';
import { changedFacts, scenarioFacts } from '../exercises/scenarioFacts';
import './teaching.css';

/** What each key does: a step, a jump to an end, or leaving. */
const KEYS: Readonly<Record<string, 'next' | 'previous' | 'first' | 'last' | 'exit'>> = {
  ArrowRight: 'next',
  ArrowDown: 'next',
  PageDown: 'next',
  ArrowLeft: 'previous',
  ArrowUp: 'previous',
  PageUp: 'previous',
  Home: 'first',
  End: 'last',
  Escape: 'exit',
};

function ProjectedFacts({ exercise, question }: { exercise: Exercise; question: ExerciseQuestion }) {
  const { t, lang } = useI18n();
  const changed = new Set(changedFacts(exercise.scenario, question.scenario, lang).map((f) => f.id));
  return (
    <section className="projector-facts" aria-labelledby="projector-facts-heading">
      <h3 id="projector-facts-heading">{t('teaching.projector.facts')}</h3>
      <dl>
        {scenarioFacts(question.scenario, lang).map((f) => (
          <div key={f.id} className={changed.has(f.id) ? 'projector-fact changed' : 'projector-fact'}>
            <dt>{f.label}</dt>
            <dd>
              <span lang={f.lang}>{f.value}</span>
              {changed.has(f.id) && (
                <em className="projector-changed"> — {t('teaching.projector.changed')}</em>
              )}
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

function ProjectedAnswer({ exercise, question }: { exercise: Exercise; question: ExerciseQuestion }) {
  const { t, lang } = useI18n();
  const w = workedAnswer(exercise, question.id);
  return (
    <section className="projector-answer" aria-labelledby="projector-answer-heading">
      {w.kind === 'open' ? (
        <>
          <h3 id="projector-answer-heading">{t('teaching.projector.rubric')}</h3>
          <p>{w.rubric[lang]}</p>
        </>
      ) : (
        <>
          <h3 id="projector-answer-heading">{t('teaching.projector.answer')}</h3>
          <p className="projector-answer-value">{answerText(w, lang)}</p>
        </>
      )}
    </section>
  );
}

export function Projector({ exercise }: { exercise: Exercise }) {
  const { t, lang } = useI18n();
  const count = exercise.questions.length;
  const [index, setIndex] = useState(0);
  const [shown, setShown] = useState(false);
  const self = useRef<HTMLDivElement>(null);
  const question = exercise.questions[index] ?? exercise.questions[0];

  const go = useCallback(
    (to: number) => {
      const next = Math.min(Math.max(to, 0), count - 1);
      if (next === index) return;
      setIndex(next);
      setShown(false);
    },
    [count, index],
  );
  const exit = useCallback(() => navigate({ view: 'teacher' }), []);

  useEffect(() => {
    self.current?.focus();
  }, []);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return;
      const action = KEYS[e.key];
      if (!action) return;
      e.preventDefault();
      if (action === 'exit') exit();
      else if (action === 'first') go(0);
      else if (action === 'last') go(count - 1);
      else go(index + (action === 'next' ? 1 : -1));
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [go, exit, count, index]);

  if (!question) return null;
  const position = t('teaching.projector.position', { n: index + 1, count });
  return (
    <div
      className="projector"
      role="region"
      aria-label={t('teaching.projector.label', { title: exercise.title[lang] })}
      tabIndex={-1}
      ref={self}
    >
      <header className="projector-head">
        <h2>{exercise.title[lang]}</h2>
        <p className="projector-position" aria-live="polite">
          {position}
        </p>
      </header>
      <p className="projector-prompt">{question.prompt[lang]}</p>
      {question.answer.kind === 'numeric' && question.answer.unit !== 'NUMBER' && (
        <p className="projector-unit">
          {t('exercises.unitIn', { unit: t(`exercises.unit.${question.answer.unit}`) })}
        </p>
      )}
      <ProjectedFacts exercise={exercise} question={question} />
      {shown && <ProjectedAnswer exercise={exercise} question={question} />}
      <nav className="projector-controls" aria-label={position}>
        <button type="button" onClick={() => go(index - 1)} disabled={index === 0}>
          ← {t('teaching.projector.previous')}
        </button>
        <button type="button" aria-pressed={shown} onClick={() => setShown((s) => !s)}>
          {t('teaching.projector.showAnswer')}
        </button>
        <button type="button" onClick={() => go(index + 1)} disabled={index === count - 1}>
          {t('teaching.projector.next')} →
        </button>
        <button type="button" onClick={exit}>
          {t('teaching.projector.exit')}
        </button>
      </nav>
      <p className="projector-keys">{t('teaching.projector.keys')}</p>
    </div>
  );
}
