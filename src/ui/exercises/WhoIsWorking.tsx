/**
 * Who is working, for a shared computer: the name this browser holds is asked about before any
 * answer is shown ("Is that you?"), "Not me" and "Start over" clear the name and answers (with an
 * Undo), and a new name starts fresh. Nothing here is a secret: it keeps the next student from
 * seeing, or handing in, the previous one's work.
 */
import { useState, type FormEvent } from 'react';
import { useProgressStore, type ProgressSnapshot } from '../../state';
import { useI18n } from '../useI18n';

export const NAME_FIELD_ID = 'student-name';

/** What was cleared, to undo it, and what to say about it. */
export interface Cleared {
  readonly before: ProgressSnapshot;
  readonly newName?: string;
}

export function UndoNotice({ cleared, onDone }: { cleared: Cleared | null; onDone: () => void }) {
  const { t } = useI18n();
  const restore = useProgressStore((s) => s.restore);
  if (!cleared) return <p role="status" className="hint" />;
  const text =
    cleared.newName === undefined
      ? t('class.cleared')
      : t('class.clearedFor', { name: cleared.newName, old: cleared.before.name });
  return (
    <div role="status" className="notice notice-info no-print">
      <p>{text}</p>
      <button
        type="button"
        onClick={() => {
          restore(cleared.before);
          onDone();
        }}
      >
        {t('class.undo')}
      </button>
    </div>
  );
}

function hasWork(s: ProgressSnapshot): boolean {
  return s.name !== '' || Object.keys(s.exercises).length > 0;
}

/** Whether the questions may be shown: the stored work is this person's, or there is none. */
export function useMayShowAnswers(): boolean {
  return useProgressStore((s) => s.confirmed || !hasWork(s));
}

export function WhoIsWorking({ onCleared }: { onCleared: (c: Cleared) => void }) {
  const { t } = useI18n();
  const name = useProgressStore((s) => s.name);
  const mayShow = useMayShowAnswers();
  const confirm = useProgressStore((s) => s.confirm);
  const startOver = useProgressStore((s) => s.startOver);
  const startAs = useProgressStore((s) => s.startAs);
  const [typed, setTyped] = useState('');
  const clear = () => onCleared({ before: startOver() });
  // The form shows only when no name is held, so a name typed here never takes over someone
  // else's answers (those typed on this page before a name was given are this person's).
  const start = (e: FormEvent) => {
    e.preventDefault();
    if (typed.trim() === '') return;
    startAs(typed);
    setTyped('');
  };
  let body;
  if (!mayShow)
    body = (
      <>
        <p>{name ? t('class.who.askNamed', { name }) : t('class.who.askUnnamed')}</p>
        <div className="button-row">
          <button type="button" onClick={confirm}>
            {name ? t('class.who.yesNamed', { name }) : t('class.who.yesUnnamed')}
          </button>
          <button type="button" onClick={clear}>
            {t('class.who.no')}
          </button>
        </div>
      </>
    );
  else if (name)
    body = (
      <p className="button-row">
        <span>{t('class.who.working', { name })}</span>
        <button type="button" onClick={clear}>
          {t('class.who.notMe')}
        </button>
      </p>
    );
  else
    body = (
      <form className="text-field" onSubmit={start}>
        <label htmlFor={NAME_FIELD_ID}>{t('exercises.name')}</label>
        <span className="answer-entry">
          <input
            id={NAME_FIELD_ID}
            type="text"
            autoComplete="off"
            value={typed}
            aria-describedby={`${NAME_FIELD_ID}-hint`}
            onChange={(e) => setTyped(e.target.value)}
          />
          <button type="submit">{t('class.who.start')}</button>
        </span>
        <span id={`${NAME_FIELD_ID}-hint`} className="field-hint">
          {t('class.who.nameHint')}
        </span>
      </form>
    );
  return (
    <section className="who-is-working no-print" aria-labelledby="who-heading">
      <h3 id="who-heading">{t('class.who.heading')}</h3>
      {body}
    </section>
  );
}
