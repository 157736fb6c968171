/** One saved scenario: its name (or a rename form), its compare box, and open, rename, duplicate, delete. */
import { memo, useState } from 'react';
import { useAppStore, type SavedScenario } from '../../state';
import { docName } from '../docName';
import { useI18n } from '../useI18n';
import { compareState } from './compareState';

/** Memoized: the panel redraws at every edit (it shows the scenario on screen), its rows need not. */
export const SavedRow = memo(function SavedRow({ entry }: { entry: SavedScenario }) {
  const { t, lang } = useI18n();
  // Each action on its own (the store's functions never change): a row redraws only when its list
  // or the comparison does, not at every step of a slider (a long list made every step slow).
  const openScenario = useAppStore((s) => s.openScenario);
  const rename = useAppStore((s) => s.rename);
  const duplicate = useAppStore((s) => s.duplicate);
  const remove = useAppStore((s) => s.remove);
  const toggleCompare = useAppStore((s) => s.toggleCompare);
  const compareKeys = useAppStore((s) => s.compareKeys);
  const name = docName(entry.doc, lang);
  const [editing, setEditing] = useState<string | null>(null);
  const { comparing, full } = compareState(compareKeys, entry.key);
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
});
