/**
 * Who published a figure (outlet, date, link), how sure it is, and the words quoted about it, credited
 * to whoever wrote or said them: a reporter's paraphrase is shown as the reporter's, not the source's.
 */
import { sameSource, type Estimate } from '../../core';
import { Quoted, SourceCite } from '../SourceCite';
import { useI18n } from '../useI18n';

export function EstimateCitation({ estimate }: { estimate: Estimate }) {
  const { t, lang } = useI18n();
  const { quote } = estimate;
  return (
    <>
      <p className="source-cite">
        <SourceCite source={estimate.source} lang={lang} link />{' '}
        <span className="badge" title={t('calculator.source.confidenceHint')}>
          {t(`calculator.source.confidence.${estimate.source.confidence}`)}
        </span>
      </p>
      {quote && (
        <figure className="source-quote">
          <blockquote>
            <Quoted lang={lang}>
              <span lang="en">{quote.text}</span>
            </Quoted>
          </blockquote>
          <figcaption>
            {t('calculator.source.quoteBy')} <SourceCite source={quote.by} lang={lang} />.
            {!sameSource(quote.by, estimate.source) && <> {t('calculator.source.quoteNotSource')}</>}
          </figcaption>
        </figure>
      )}
    </>
  );
}
