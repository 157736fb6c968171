/** The spread of outcomes: percentiles, a fan chart, a tornado chart, and their CSV downloads. */
import { Dec, type ScenarioResult } from '../../core';
import { formatCount } from '../../i18n';
import { useI18n } from '../useI18n';
import { downloadText } from '../download';
import { FanChart, TornadoChart } from '../lazyCharts';
import { ChartExportContext, useChartExportInfo } from '../export/context';
import { unitsLine } from '../export/exportInfo';
import { percentileRows, statusLine } from './outcomes';
import { PercentileTable } from './PercentileTable';
import { rangeSentence } from './uncertaintyView';
import { useOutcomes } from './useOutcomes';

const CSV = 'text/csv;charset=utf-8';

export function UncertaintyPanel({ result }: { result: ScenarioResult }) {
  const { t, lang } = useI18n();
  const { state, shown, hasRanges, currency, draws, fan, tornado, base } = useOutcomes(result);
  const id = result.scenario.id;
  // While a new run is under way the last one stays in view, greyed and marked busy, with nothing to
  // download: what leaves the page is always the current scenario's.
  const running = state.status === 'running';
  const pageInfo = useChartExportInfo();
  const exportInfo = running ? null : pageInfo;
  return (
    <section className="panel" aria-labelledby="uncertainty-heading">
      <h2 id="uncertainty-heading">{t('calculator.outcomes.title')}</h2>
      {!hasRanges && <p className="hint">{t('calculator.outcomes.none')}</p>}
      <p role="status" className="hint">
        {statusLine(state, t, formatCount(new Dec(draws), lang))}
      </p>
      {shown && (
        <div className={running ? 'stale' : undefined} aria-busy={running || undefined}>
          <p className="sentence">
            {t('calculator.outcomes.sentence', {
              range: rangeSentence(shown.simulation, lang),
              draws: formatCount(new Dec(shown.simulation.draws), lang),
              seed: shown.simulation.seed,
            })}
          </p>
          <PercentileTable rows={percentileRows(shown.simulation.totals)} />
          <ChartExportContext.Provider
            value={exportInfo && { ...exportInfo, units: unitsLine(currency, 'nominal', undefined, lang) }}
          >
            <FanChart
              years={fan}
              currency={currency}
              dollars="nominal"
              draws={shown.simulation.draws}
              dollarYear={result.base.dollarYear}
            />
          </ChartExportContext.Provider>
          {shown.sensitivity.length > 0 && (
            // The tornado is always in Canadian dollars, nominal.
            <ChartExportContext.Provider
              value={exportInfo && { ...exportInfo, units: unitsLine('CAD', 'nominal', undefined, lang) }}
            >
              <TornadoChart rows={tornado} base={base} currency="CAD" />
            </ChartExportContext.Provider>
          )}
          <div className="button-row" hidden={running}>
            <button
              type="button"
              onClick={() => downloadText(`${id}.percentiles.csv`, shown.percentilesCsv, CSV)}
            >
              {t('calculator.outcomes.downloadPercentiles')}
            </button>
            <button
              type="button"
              onClick={() => downloadText(`${id}.sensitivity.csv`, shown.sensitivityCsv, CSV)}
            >
              {t('calculator.outcomes.downloadSensitivity')}
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
