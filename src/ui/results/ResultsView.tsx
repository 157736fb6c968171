/** The results of a computable scenario: sentence, cards, source, charts, downloads. */
import { useMemo } from 'react';
import { reportFor } from '../reportFor';
import { type Dollars, type ScenarioResult } from '../../core';
import { EstimatesChart, ResultCharts } from '../lazyCharts';
import { FilePanel } from '../files/FilePanel';
import { UncertaintyPanel } from '../uncertainty/UncertaintyPanel';
import { useDebounced } from '../useDebounced';
import type { ShownResult } from '../shownResult';
import { useI18n } from '../useI18n';
import { SourcePanel } from './SourcePanel';
import { SummaryCards } from './SummaryCards';
import { WorkingList } from './WorkingList';
import { ReportAssumptions, ReportHead } from '../report/ReportParts';
import { summarySentence } from './summaryText';
import { ChartExportContext } from '../export/context';
import { scenarioExportInfo } from '../export/exportInfo';
import { EmbedTargetContext } from '../embed/embedContext';
import { formatMoney, formatPct } from '../../i18n';

/** On a phone the results are far below the sliders: a bar keeps the headline figure in sight. */
export function GlanceBar({ result, dollars }: { result: ScenarioResult; dollars: Dollars }) {
  const { t, lang } = useI18n();
  const { totals } = reportFor(result, dollars);
  return (
    <aside className="glance" aria-label={t('calculator.glance.label')}>
      <span>
        {t('calculator.glance.canada')} <strong>{formatMoney(totals.canadaCad, 'CAD', lang)}</strong> (
        {formatPct(totals.canadaSharePct, 2, lang)})
      </span>
      <a href="#results">{t('calculator.glance.see')}</a>
    </aside>
  );
}

export function ResultsView({
  result,
  currency,
  dollars,
  compared,
  stale = false,
}: ShownResult & {
  compared: readonly ScenarioResult[];
  /** The last computable scenario, shown while the inputs cannot be computed: nothing to download. */
  stale?: boolean;
}) {
  const { t, lang } = useI18n();
  const { totals } = reportFor(result, dollars);
  // Announced once a drag settles, and shorter than the sentence: the headline figure only.
  const announced = useDebounced(
    t('calculator.announce', {
      total: formatMoney(totals.canadaCad, 'CAD', lang),
      pct: formatPct(totals.canadaSharePct, 2, lang),
    }),
    1200,
  );
  const { estimate } = result.base;
  // What every chart below says about itself when downloaded: always this render's scenario.
  const exportInfo = useMemo(
    () => scenarioExportInfo(result, currency, dollars, lang),
    [result, currency, dollars, lang],
  );
  const estimatesInfo = useMemo(
    () => ({ ...exportInfo, source: t('export.source', { source: t('export.sourceEstimates') }) }),
    [exportInfo, t],
  );
  // What each chart's "Embed" button embeds: this scenario, as shown (none while out of date).
  const embedTarget = useMemo(
    () => (stale ? null : { scenario: result.scenario, view: { currency, dollars }, lang }),
    [stale, result, currency, dollars, lang],
  );
  return (
    <EmbedTargetContext.Provider value={embedTarget}>
      <ChartExportContext.Provider value={stale ? null : exportInfo}>
        {!stale && <ReportHead result={result} currency={currency} dollars={dollars} />}
        <p className="sentence">{summarySentence(result, currency, dollars, lang)}</p>
        <WorkingList result={result} dollars={dollars} />
        <p className="visually-hidden" aria-live="polite">
          {announced}
        </p>
        <SummaryCards result={result} currency={currency} dollars={dollars} />
        <SourcePanel result={result} />
        {/* Drawn in the same render as the numbers, never deferred: a chart on screen, off screen or on
          paper (Ctrl+P prints what is in the page at that instant) always shows these inputs. */}
        <ResultCharts result={result} currency={currency} dollars={dollars} />
        {!stale && <ReportAssumptions result={result} />}
        <ChartExportContext.Provider value={stale ? null : estimatesInfo}>
          <EstimatesChart
            selectedId={estimate?.id}
            fx={result.scenario.fx}
            {...(estimate ? {} : { custom: { label: result.base.label, usd: result.base.usd } })}
          />
        </ChartExportContext.Provider>
        {!stale && <UncertaintyPanel result={result} />}
        {!stale && <FilePanel result={result} compared={compared} />}
      </ChartExportContext.Provider>
    </EmbedTargetContext.Provider>
  );
}
