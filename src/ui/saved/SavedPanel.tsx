/** Save the current scenario under a name; open, rename, duplicate, delete; pick 2–4 to compare. */
import { useState } from 'react';
import { MAX_COMPARE, presentedForm, useAppStore, type SavedScenario } from '../../state';
import { docName } from '../docName';
import { DownloadSavedButton } from '../files/savedBundle';
import { useI18n } from '../useI18n';
import { scenarioName } from '../../i18n';

function SavedRow({ entry }: { entry: SavedScenario }) {
  const { t, lang } = useI18n();
  const { openScenario, rename, duplicate, remove, toggleCompare } = useAppStore((s) => s);
  const compareKeys = useAppStore((s) => s.compareKeys);
  const name = docName(entry.doc, lang);
  const [editing, setEditing] = useState<string | null>(null);
  const comparing = compareKeys.includes(entry.key);
  const full = !comparing && compareKeys.length >= MAX_COMPARE;
  return (
    <li className="saved-row">
      {editing === null ? (
        <span className="saved-name">{name}</span>
      ) : (
        <form
          className="rename"
          onSubmit={(e) => {
            e.preventDefault();
            rename(entry.key, editing);
            setEditing(null);
          }}
        >
          <label>
            <span className="visually-hidden">{t('calculator.saved.newName', { name })}</span>
            <input
              type="text"
              value={editing}
              maxLength={200}
              autoFocus
              onChange={(e) => setEditing(e.target.value)}
            />
          </label>
          <button type="submit">{t('calculator.saved.saveName')}</button>
          <button type="button" onClick={() => setEditing(null)}>
            {t('calculator.saved.cancel')}
          </button>
        </form>
      )}
      <span className="saved-actions">
        <label className="compare-toggle">
          <input
            type="checkbox"
            aria-label={t('calculator.saved.compareName', { name })}
            checked={comparing}
            disabled={full}
            onChange={() => toggleCompare(entry.key)}
          />
          {t('calculator.saved.compare')}
        </label>
        <button
          type="button"
          onClick={() => openScenario({ kind: 'saved', key: entry.key })}
          aria-label={t('calculator.saved.openName', { name })}
        >
          {t('calculator.saved.open')}
        </button>
        <button
          type="button"
          onClick={() => setEditing(name)}
          aria-label={t('calculator.saved.renameName', { name })}
        >
          {t('calculator.saved.rename')}
        </button>
        <button
          type="button"
          onClick={() => duplicate(entry.key)}
          aria-label={t('calculator.saved.duplicateName', { name })}
        >
          {t('calculator.saved.duplicate')}
        </button>
        <button
          type="button"
          onClick={() => remove(entry.key)}
          aria-label={t('calculator.saved.deleteName', { name })}
        >
          {t('calculator.saved.delete')}
        </button>
      </span>
    </li>
  );
}

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
