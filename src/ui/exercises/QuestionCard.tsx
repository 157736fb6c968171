/**
 * One question of the student view: the prompt, an answer field labelled with the question, the
 * unit, Check (or Done for an open question), feedback in a live region, and a hint to show or hide.
 */
import { useState, type FormEvent } from 'react';
import type { Exercise, ExerciseQuestion } from '../../core';
import { useProgressStore } from '../../state';
import { useI18n } from '../useI18n';
import { outcome, progressOf } from './answers';
import { numericFeedback, type Feedback } from './feedback';
import { openInCalculator } from './links';
import { ChangedFacts } from './ScenarioFacts';

interface Props {
  exercise: Exercise;
  question: ExerciseQuestion;
  /** 1-based position in the exercise. */
  n: number;
}

function useFeedback({ exercise, question }: Props): Feedback | null {
  const { t, lang } = useI18n();
  const p = useProgressStore((s) => progressOf(s.exercises[exercise.id], question.id));
  const o = outcome(exercise, question, p, lang);
  if (o.kind === 'unchecked') return null;
  if (o.kind === 'empty')
    return {
      tone: 'unreadable',
      text: t(question.answer.kind === 'open' ? 'exercises.feedback.writeFirst' : 'exercises.feedback.empty'),
    };
  return numericFeedback(o.result, lang, p.answer);
}

function Hint({ id, text }: { id: string; text: string }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  return (
    <div className="hint-block">
      <button type="button" aria-expanded={open} aria-controls={id} onClick={() => setOpen(!open)}>
        {t('exercises.hint')}
      </button>
      <p id={id} className="hint-text" hidden={!open}>
        {text}
      </p>
    </div>
  );
}

export function QuestionCard(props: Props) {
  const { exercise, question, n } = props;
  const { t, lang } = useI18n();
  const id = `q-${question.id}`;
  const answer = useProgressStore((s) => progressOf(s.exercises[exercise.id], question.id).answer);
  const setAnswer = useProgressStore((s) => s.setAnswer);
  const check = useProgressStore((s) => s.check);
  const feedback = useFeedback(props);
  const open = question.answer.kind === 'open';
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    check(exercise.id, question.id);
  };
  const fieldProps = {
    id: `${id}-answer`,
    value: answer,
    'aria-describedby': open ? undefined : `${id}-unit`,
  };
  return (
    <section className="question" aria-labelledby={`${id}-heading`}>
      <h4 id={`${id}-heading`}>{t('exercises.question', { n })}</h4>
      <p className="prompt">{question.prompt[lang]}</p>
      <ChangedFacts start={exercise.scenario} scenario={question.scenario} />
      <form className="answer-form" onSubmit={onSubmit}>
        <label htmlFor={fieldProps.id}>{t('exercises.answerTo', { n })}</label>
        {question.answer.kind === 'open' ? (
          <textarea
            {...fieldProps}
            rows={6}
            onChange={(e) => setAnswer(exercise.id, question.id, e.target.value, true)}
          />
        ) : (
          <span className="answer-entry">
            <input
              {...fieldProps}
              type="text"
              inputMode="decimal"
              autoComplete="off"
              spellCheck={false}
              onChange={(e) => setAnswer(exercise.id, question.id, e.target.value)}
            />
            <span id={`${id}-unit`} className="field-unit">
              {t('exercises.unitIn', { unit: t(`exercises.unit.${question.answer.unit}`) })}
            </span>
          </span>
        )}
        <button type="submit">{t(open ? 'exercises.done' : 'exercises.check')}</button>
      </form>
      <p role="status" className={`feedback${feedback ? ` feedback-${feedback.tone}` : ''}`}>
        {feedback?.text}
      </p>
      {question.answer.kind === 'open' && feedback?.tone === 'correct' && (
        <div className="rubric">
          <h5>{t('exercises.rubric')}</h5>
          <p>{question.answer.rubric[lang]}</p>
        </div>
      )}
      <Hint id={`${id}-hint`} text={question.hint[lang]} />
      {question.scenario !== exercise.scenario && (
        <div className="button-row no-print">
          <button type="button" onClick={() => openInCalculator(question.scenario, exercise.title[lang])}>
            {t('exercises.openQuestion', { n })}
          </button>
        </div>
      )}
    </section>
  );
}
