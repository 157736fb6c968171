/** Who published a figure (outlet, date, link), how sure it is, and the quote as published. */
import type { Estimate } from '../../core';
import { Quoted, SourceCite } from '../SourceCite';
import { useI18n } from '../useI18n';

export function EstimateCitation({ estimate }: { estimate: Estimate }) {
  const { t, lang } = useI18n();
  return (
    <>
      <p className="source-cite">
        <SourceCite source={estimate.source} lang={lang} link />{' '}
        <span className="badge" title={t('calculator.source.confidenceHint')}>
          {t(`calculator.source.confidence.${estimate.source.confidence}`)}
        </span>
      </p>
      {estimate.quote && (
        <blockquote>
          <Quoted lang={lang}>
            <span lang="en">{estimate.quote}</span>
          </Quoted>
        </blockquote>
      )}
    </>
  );
}
