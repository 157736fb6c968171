/** Download CSV and JSON, open a scenario file (picker or drop), and copy a share link. */
import { useRef, useState } from 'react';
import type { ScenarioResult } from '../../core';
import type { MessageKey } from '../../i18n';
import { scenarioToText, summaryCsv, yearsCsv } from '../../io';
import { getAppStore, useAppStore } from '../../state';
import { shareUrl } from '../address';
import { LocalLinkHint } from '../LocalLinkHint';
import type { MadeLink } from '../madeLink';
import { parseRoute } from '../route';
import { downloadText } from '../download';
import { useI18n } from '../useI18n';
import { PrintReportButton } from '../report/ReportParts';

const CSV = 'text/csv;charset=utf-8';

/** Reads a dropped or picked file into the editor (or a saved-scenarios file into the list). */
export function useOpenFile(): (file: File) => Promise<void> {
  const openScenario = useAppStore((s) => s.openScenario);
  return async (file: File) => {
    openScenario({ kind: 'file', name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) });
  };
}

export function FilePanel({
  result,
  compared,
}: {
  result: ScenarioResult;
  compared: readonly ScenarioResult[];
}) {
  const { t } = useI18n();
  const dollars = useAppStore((s) => s.dollars);
  const openFile = useOpenFile();
  const picker = useRef<HTMLInputElement>(null);
  const [link, setLink] = useState<MadeLink | null>(null);
  const [copied, setCopied] = useState<MessageKey | null>(null);
  const id = result.scenario.id;
  const summaryOf = compared.length >= 2 ? compared : [result];

  const share = async () => {
    const made = shareUrl(getAppStore().getState(), parseRoute(window.location.search));
    setLink(made);
    try {
      await navigator.clipboard.writeText(made.url);
      setCopied('calculator.files.copied');
    } catch {
      setCopied('calculator.files.copyManually');
    }
  };

  return (
    <section className="panel" aria-labelledby="files-heading">
      <h2 id="files-heading">{t('calculator.files.title')}</h2>
      <div className="button-row">
        <button
          type="button"
          onClick={() => downloadText(`${id}.years.csv`, yearsCsv([result], dollars), CSV)}
        >
          {t('calculator.files.years')}
        </button>
        <button type="button" onClick={() => downloadText('summary.csv', summaryCsv(summaryOf), CSV)}>
          {compared.length >= 2
            ? t('calculator.files.summaryCompared', { count: compared.length })
            : t('calculator.files.summary')}
        </button>
        <button
          type="button"
          onClick={() => downloadText(`${id}.json`, scenarioToText(result.scenario), 'application/json')}
        >
          {t('calculator.files.json')}
        </button>
        <button type="button" onClick={() => picker.current?.click()}>
          {t('calculator.files.open')}
        </button>
        <input
          ref={picker}
          type="file"
          accept=".json,application/json"
          className="visually-hidden"
          tabIndex={-1}
          aria-label={t('calculator.files.openLabel')}
          onChange={(e) => {
            const file = e.target.files?.[0];
            if (file) void openFile(file);
            e.target.value = '';
          }}
        />
        <button type="button" onClick={() => void share()}>
          {t('calculator.files.share')}
        </button>
        <PrintReportButton />
      </div>
      <p className="hint">{t('export.printHint')}</p>
      <p className="hint">{t('calculator.files.hint', { dollars: t(`calculator.dollars.${dollars}`) })}</p>
      {copied && (
        <p role="status" className="hint">
          {t(copied)}
        </p>
      )}
      {link && (
        <div className="text-field">
          <label htmlFor="share-link">{t('calculator.files.link')}</label>
          <input id="share-link" type="text" readOnly value={link.url} onFocus={(e) => e.target.select()} />
          <LocalLinkHint link={link} />
        </div>
      )}
    </section>
  );
}
