/** Where Canada's fixed amount comes from when it is one of Trump's asks: its own source, quote and notes. */
import type { Estimate } from '../../core';
import { useI18n } from '../useI18n';
import { EstimateCitation } from './EstimateCitation';
import { estimateLabel, estimateNotes, estimateScope } from '../../i18n';

export function AskSource({ ask }: { ask: Estimate }) {
  const { t, lang } = useI18n();
  return (
    <section className="source-ask" aria-labelledby="ask-source-title">
      <h4 id="ask-source-title">{t('explain.source.askTitle', { label: estimateLabel(ask, lang) })}</h4>
      <EstimateCitation estimate={ask} />
      <p>
        <strong>{t('calculator.source.scope')}</strong> {estimateScope(ask, lang)}.{' '}
        <strong>{t('calculator.source.notes')}</strong> {estimateNotes(ask, lang)}
      </p>
    </section>
  );
}
