/**
 * Where the selected figure comes from: outlet, date, quote (credited to whoever said it), scope,
 * dollar-year (and whether the source states it) and notes, next to the number. The quote and the
 * source's title stay as published (in English, marked lang="en").
 */
import { askOfShare, findEstimate, type ScenarioResult } from '../../core';
import { useI18n } from '../useI18n';
import { AskSource } from './AskSource';
import { EstimateCitation } from './EstimateCitation';
import { estimateLabel, estimateNotes, estimateScope } from '../../i18n';

export function SourcePanel({ result }: { result: ScenarioResult }) {
  const { t, lang } = useI18n();
  const { estimate } = result.base;
  // A fixed share that is one of the asks cites the ask's own source as well as the program's.
  const ask = askOfShare(result.scenario.share);
  const askSource = ask && ask.id !== estimate?.id ? <AskSource ask={ask} /> : null;
  if (!estimate) {
    return (
      <aside className="source" aria-label={t('calculator.source.label')}>
        <h3>{t('calculator.source.title')}</h3>
        <p>
          {t(
            result.base.currency === 'GBP'
              ? 'calculator.source.customPounds'
              : 'calculator.source.customDollars',
            { label: result.base.label, year: result.base.dollarYear },
          )}
        </p>
        {askSource}
      </aside>
    );
  }
  const other = estimate.restates ? findEstimate(estimate.restates.id) : undefined;
  return (
    <aside className="source" aria-label={t('calculator.source.label')}>
      <h3>{t('calculator.source.titleOf', { label: estimateLabel(estimate, lang) })}</h3>
      <EstimateCitation estimate={estimate} />
      <p>
        <strong>{t('calculator.source.scope')}</strong> {estimateScope(estimate, lang)}.{' '}
        <strong>{t('calculator.source.prices')}</strong>{' '}
        {t('calculator.source.pricesYear', { year: estimate.dollarYear })}{' '}
        {t(`calculator.source.pricesBasis.${estimate.dollarYearBasis}`)}
      </p>
      <p>
        <strong>{t('calculator.source.notes')}</strong> {estimateNotes(estimate, lang)}
      </p>
      {other && (
        <p className="source-restates">
          {t(
            estimate.restates?.reason === 'misprint'
              ? 'calculator.source.misprintOf'
              : 'calculator.source.sameAs',
            { label: estimateLabel(other, lang) },
          )}
        </p>
      )}
      {askSource}
    </aside>
  );
}
