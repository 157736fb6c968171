/**
 * A chart's "Embed" button: a disclosure ("Embed chart: <title>") that opens, under the chart's
 * heading, the `<iframe>` code of this chart for the scenario on screen, a copy button and a short
 * note. Escape closes it and returns focus to the button. Offered only where the results view says
 * what to embed (EmbedTargetContext): never on an out-of-date chart, nor inside an embed.
 */
import { useContext, useId, useRef, useState } from 'react';
import type { EmbedChart } from '../embed/embedCharts';
import { EmbedTargetContext } from '../embed/embedContext';
import { embedLink, embedSnippet } from '../embed/embedLink';
import { LocalLinkHint } from '../LocalLinkHint';
import { Disclosure } from './Disclosure';
import { useI18n } from '../useI18n';

export function ChartEmbed({ chart, title }: { chart: EmbedChart; title: string }) {
  const { t } = useI18n();
  const target = useContext(EmbedTargetContext);
  const codeId = useId();
  const noteId = useId();
  const code = useRef<HTMLTextAreaElement>(null);
  const [open, setOpen] = useState(false);
  const [status, setStatus] = useState('');
  if (!target) return null;
  // Made when the panel is open (not on every step of a slider), from the scenario shown then.
  const link = open ? embedLink(chart, target) : undefined;
  const snippet = link ? embedSnippet(chart, link, title) : '';
  const label = t('embed.buttonLabel', { title });

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(snippet);
      setStatus(t('embed.copied'));
    } catch {
      code.current?.focus();
      code.current?.select();
      setStatus(t('embed.copyFailed'));
    }
  };

  return (
    <Disclosure
      name="chart-embed"
      panelClass="chart-embed-panel"
      label={label}
      button={t('embed.button')}
      open={open}
      onToggle={() => {
        setOpen((v) => !v);
        setStatus('');
      }}
      onClose={() => setOpen(false)}
    >
      <label htmlFor={codeId}>{t('embed.code')}</label>
      <textarea
        ref={code}
        id={codeId}
        readOnly
        rows={4}
        value={snippet}
        aria-describedby={noteId}
        onFocus={(e) => e.currentTarget.select()}
      />
      <button type="button" onClick={() => void copy()}>
        {t('embed.copy')}
      </button>
      <p role="status" className="hint chart-embed-status">
        {status}
      </p>
      <p id={noteId} className="hint">
        {t('embed.note')}
      </p>
      {link ? <LocalLinkHint link={link} /> : null}
    </Disclosure>
  );
}
