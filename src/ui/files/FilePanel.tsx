/** Download CSV and JSON, open a scenario file (picker or drop), and copy a share link. */
import { useRef, useState } from 'react';
import type { ScenarioResult } from '../../core';
import { encodeShareFragment, parseScenarioText, scenarioToText, summaryCsv, yearsCsv } from '../../io';
import { docToForm, getAppStore, useAppStore } from '../../state';
import { downloadText } from '../download';

const CSV = 'text/csv;charset=utf-8';

/** Reads a dropped or picked file into the editor; a bad file changes nothing and says why. */
export function useOpenFile(): (file: File) => Promise<void> {
  const loadScenario = useAppStore((s) => s.loadScenario);
  const setNotice = useAppStore((s) => s.setNotice);
  return async (file: File) => {
    const parsed = parseScenarioText(await file.text());
    if (!parsed.ok) {
      const lines = parsed.problems.map((p) => `${p.path || '(file)'}: ${p.message}`).join('; ');
      setNotice({ kind: 'error', text: `“${file.name}” was not opened, nothing changed. ${lines}` });
      return;
    }
    loadScenario(docToForm(parsed.scenario, getAppStore().getState().form));
    setNotice({ kind: 'info', text: `Opened “${file.name}”: ${parsed.scenario.name}.` });
  };
}

export function FilePanel({
  result,
  compared,
}: {
  result: ScenarioResult;
  compared: readonly ScenarioResult[];
}) {
  const dollars = useAppStore((s) => s.dollars);
  const openFile = useOpenFile();
  const picker = useRef<HTMLInputElement>(null);
  const [link, setLink] = useState<string | null>(null);
  const [copied, setCopied] = useState<string | null>(null);
  const id = result.scenario.id;
  const summaryOf = compared.length >= 2 ? compared : [result];

  const share = async () => {
    const url = `${window.location.href.split('#')[0] ?? ''}${encodeShareFragment(result.scenario)}`;
    setLink(url);
    try {
      await navigator.clipboard.writeText(url);
      setCopied('Link copied. Anyone who opens it sees exactly this scenario.');
    } catch {
      setCopied('Copy the link below (this browser did not allow copying automatically).');
    }
  };

  return (
    <section className="panel" aria-labelledby="files-heading">
      <h2 id="files-heading">Download, open and share</h2>
      <div className="button-row">
        <button
          type="button"
          onClick={() => downloadText(`${id}.years.csv`, yearsCsv([result], dollars), CSV)}
        >
          Download years CSV
        </button>
        <button type="button" onClick={() => downloadText('summary.csv', summaryCsv(summaryOf), CSV)}>
          Download summary CSV{compared.length >= 2 ? ` (${compared.length} compared)` : ''}
        </button>
        <button
          type="button"
          onClick={() => downloadText(`${id}.json`, scenarioToText(result.scenario), 'application/json')}
        >
          Download scenario JSON
        </button>
        <button type="button" onClick={() => picker.current?.click()}>
          Open scenario file…
        </button>
        <input
          ref={picker}
          type="file"
          accept=".json,application/json"
          className="visually-hidden"
          tabIndex={-1}
          aria-label="Open scenario file"
          onChange={(e) => {
            const file = e.target.files?.[0];
            if (file) void openFile(file);
            e.target.value = '';
          }}
        />
        <button type="button" onClick={() => void share()}>
          Copy share link
        </button>
      </div>
      <p className="hint">
        The years CSV is in {dollars} dollars; the summary’s totals are nominal. You can also drop a scenario
        JSON file anywhere on the page.
      </p>
      {copied && (
        <p role="status" className="hint">
          {copied}
        </p>
      )}
      {link && (
        <div className="text-field">
          <label htmlFor="share-link">Share link</label>
          <input id="share-link" type="text" readOnly value={link} onFocus={(e) => e.target.select()} />
        </div>
      )}
    </section>
  );
}
