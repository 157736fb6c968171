/** Save the current scenario under a name; open, rename, duplicate, delete; pick 2–4 to compare. */
import { useState } from 'react';
import { MAX_COMPARE, presentedForm, useAppStore } from '../../state';
import { DownloadSavedButton } from '../files/savedBundle';
import { useI18n } from '../useI18n';
import { scenarioName } from '../../i18n';
import { SavedRow } from './SavedRow';

export function SavedPanel({ canSave }: { canSave: boolean }) {
  const { t, lang } = useI18n();
  const saved = useAppStore((s) => s.saved);
  const save = useAppStore((s) => s.save);
  const shown = useAppStore((s) => presentedForm(s.form, s.origin));
  const storageStatus = useAppStore((s) => s.storageStatus);
  const [name, setName] = useState('');
  return (
    <section className="panel" aria-labelledby="saved-heading">
      <h2 id="saved-heading">{t('calculator.saved.title')}</h2>
      <form
        className="save-form"
        onSubmit={(e) => {
          e.preventDefault();
          // An empty name keeps the scenario's own name, in both languages.
          save(name);
          setName('');
        }}
      >
        <label htmlFor="save-name">{t('calculator.saved.name')}</label>
        <input
          id="save-name"
          type="text"
          value={name}
          placeholder={scenarioName(shown, lang)}
          maxLength={200}
          onChange={(e) => setName(e.target.value)}
        />
        <button type="submit" disabled={!canSave}>
          {t('calculator.saved.save')}
        </button>
      </form>
      {!canSave && <p className="hint">{t('calculator.saved.fixFirst')}</p>}
      {storageStatus !== 'on' && (
        <p className="hint warning">
          {t(storageStatus === 'off' ? 'notice.savingOff' : 'notice.savingReadOnly')} <DownloadSavedButton />
        </p>
      )}
      {saved.length === 0 ? (
        <p className="hint">{t('calculator.saved.none')}</p>
      ) : (
        <>
          <p className="hint">{t('calculator.saved.tick', { max: MAX_COMPARE })}</p>
          <ul className="saved-list">
            {saved.map((entry) => (
              <SavedRow key={entry.key} entry={entry} />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
