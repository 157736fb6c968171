/**
 * "Copy link for students": the student view's address to the clipboard, or shown to copy by hand.
 * With several on a page, `title` (the exercise's) completes the button's accessible name.
 */
import { useState } from 'react';
import { useI18n } from '../useI18n';
import { LocalLinkHint } from '../LocalLinkHint';
import type { MadeLink } from '../madeLink';
import { studentLink } from './links';

export function ShareLink({ exerciseId, title }: { exerciseId: string; title?: string }) {
  const { t, lang } = useI18n();
  const [link, setLink] = useState<MadeLink | null>(null);
  const [message, setMessage] = useState('');
  const copy = async () => {
    const made = studentLink(exerciseId, lang);
    setLink(made);
    try {
      await navigator.clipboard.writeText(made.url);
      setMessage(t('exercises.linkCopied'));
    } catch {
      setMessage(t('exercises.linkNotCopied'));
    }
  };
  return (
    <div className="share-link no-print">
      <button type="button" onClick={() => void copy()}>
        {t('exercises.copyLink')}
        {title && (
          <>
            {' '}
            <span className="visually-hidden">— {title}</span>
          </>
        )}
      </button>
      <p role="status" className="hint">
        {message}
      </p>
      {link && (
        <div className="text-field">
          <label htmlFor={`link-${exerciseId}`}>{t('exercises.linkLabel')}</label>
          <input
            id={`link-${exerciseId}`}
            type="text"
            readOnly
            value={link.url}
            onFocus={(e) => e.target.select()}
          />
          <LocalLinkHint link={link} />
        </div>
      )}
    </div>
  );
}
