/** Where the selected figure comes from: outlet, date, quote, scope and notes, next to the number. */
import { CATALOG, type ScenarioResult } from '../../core';

export function SourcePanel({ result }: { result: ScenarioResult }) {
  const { estimate } = result.base;
  if (!estimate) {
    return (
      <aside className="source" aria-label="Source of the estimate">
        <h3>Source</h3>
        <p>
          A custom amount: “{result.base.label}”, in {result.base.dollarYear}{' '}
          {result.base.currency === 'GBP' ? 'pounds' : 'dollars'}. Its source is whatever you say it is.
        </p>
      </aside>
    );
  }
  const { source } = estimate;
  const other = estimate.restates ? CATALOG.find((e) => e.id === estimate.restates?.id) : undefined;
  return (
    <aside className="source" aria-label="Source of the estimate">
      <h3>Source: {estimate.label}</h3>
      <p className="source-cite">
        {source.outlet}, “{source.title}”, {source.date}
        {source.url && (
          <>
            {' '}
            —{' '}
            <a href={source.url} target="_blank" rel="noopener noreferrer">
              {source.url}
            </a>
          </>
        )}{' '}
        <span
          className="badge"
          title="H: primary or several agreeing sources; M: one reputable secondary source"
        >
          confidence {source.confidence}
        </span>
      </p>
      {estimate.quote && <blockquote>“{estimate.quote}”</blockquote>}
      <p>
        <strong>Scope:</strong> {estimate.scope}. <strong>Prices:</strong> {estimate.dollarYear} dollars.
      </p>
      <p>
        <strong>Notes:</strong> {estimate.notes}
      </p>
      {other && (
        <p className="source-restates">
          {estimate.restates?.reason === 'misprint' ? 'A misprint of' : 'The same money as'}: {other.label}.
        </p>
      )}
    </aside>
  );
}
