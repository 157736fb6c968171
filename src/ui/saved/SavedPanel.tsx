/** Save the current scenario under a name; open, rename, duplicate, delete; pick 2–4 to compare. */
import { useState } from 'react';
import { MAX_COMPARE, useAppStore, type SavedScenario } from '../../state';

function SavedRow({ entry }: { entry: SavedScenario }) {
  const { open, rename, duplicate, remove, toggleCompare } = useAppStore((s) => s);
  const compareKeys = useAppStore((s) => s.compareKeys);
  const name = String(entry.doc['name']);
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
            <span className="visually-hidden">New name for {name}</span>
            <input
              type="text"
              value={editing}
              maxLength={200}
              autoFocus
              onChange={(e) => setEditing(e.target.value)}
            />
          </label>
          <button type="submit">Save name</button>
          <button type="button" onClick={() => setEditing(null)}>
            Cancel
          </button>
        </form>
      )}
      <span className="saved-actions">
        <label className="compare-toggle">
          <input
            type="checkbox"
            aria-label={`Compare ${name}`}
            checked={comparing}
            disabled={full}
            onChange={() => toggleCompare(entry.key)}
          />
          Compare
        </label>
        <button type="button" onClick={() => open(entry.key)} aria-label={`Open ${name}`}>
          Open
        </button>
        <button type="button" onClick={() => setEditing(name)} aria-label={`Rename ${name}`}>
          Rename
        </button>
        <button type="button" onClick={() => duplicate(entry.key)} aria-label={`Duplicate ${name}`}>
          Duplicate
        </button>
        <button type="button" onClick={() => remove(entry.key)} aria-label={`Delete ${name}`}>
          Delete
        </button>
      </span>
    </li>
  );
}

export function SavedPanel({ canSave }: { canSave: boolean }) {
  const saved = useAppStore((s) => s.saved);
  const save = useAppStore((s) => s.save);
  const formName = useAppStore((s) => s.form.name);
  const [name, setName] = useState('');
  return (
    <section className="panel" aria-labelledby="saved-heading">
      <h2 id="saved-heading">Saved scenarios</h2>
      <form
        className="save-form"
        onSubmit={(e) => {
          e.preventDefault();
          save(name || formName);
          setName('');
        }}
      >
        <label htmlFor="save-name">Name</label>
        <input
          id="save-name"
          type="text"
          value={name}
          placeholder={formName}
          maxLength={200}
          onChange={(e) => setName(e.target.value)}
        />
        <button type="submit" disabled={!canSave}>
          Save scenario
        </button>
      </form>
      {!canSave && <p className="hint">Fix the problem above to save this scenario.</p>}
      {saved.length === 0 ? (
        <p className="hint">Nothing saved yet. Saved scenarios stay in this browser only.</p>
      ) : (
        <>
          <p className="hint">Tick two to {MAX_COMPARE} scenarios to compare them side by side.</p>
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
