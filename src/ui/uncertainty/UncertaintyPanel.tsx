/** The spread of outcomes: percentiles, a fan chart, a tornado chart, and their CSV downloads. */
import { useId, useMemo } from 'react';
import { Dec, PERCENTILE_KEYS, type Percentiles, type ScenarioResult } from '../../core';
import { formatCount, formatMoney, type MessageKey } from '../../i18n';
import { formToDoc, useAppStore } from '../../state';
import { useI18n } from '../useI18n';
import { downloadText } from '../download';
import { FanChart, TornadoChart } from '../lazyCharts';
import { ChartExportContext, useChartExportInfo } from '../export/context';
import { unitsLine } from '../export/exportInfo';
import { fanYears, rangeSentence, tornadoBase, tornadoRows } from './uncertaintyView';
import { useSimulation } from './useSimulation';

const CSV = 'text/csv;charset=utf-8';

function PercentileTable({
  rows,
}: {
  rows: readonly { label: MessageKey; currency: 'USD' | 'CAD'; p: Percentiles }[];
}) {
  const { t, lang } = useI18n();
  const captionId = useId();
  // A wide table scrolls sideways in its own box, which the keyboard can reach and scroll.
  return (
    <div className="table-wrap" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table>
        <caption id={captionId}>{t('calculator.outcomes.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('calculator.outcomes.total')}</th>
            {PERCENTILE_KEYS.map((k) => (
              <th scope="col" key={k}>
                {k === 'p50'
                  ? t('calculator.outcomes.median')
                  : t('calculator.outcomes.percentile', { n: k.slice(1) })}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.label}>
              <th scope="row">{t(r.label)}</th>
              {PERCENTILE_KEYS.map((k) => (
                <td key={k}>{formatMoney(r.p[k], r.currency, lang)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function UncertaintyPanel({ result }: { result: ScenarioResult }) {
  const { t, lang } = useI18n();
  const form = useAppStore((s) => s.form);
  const currency = useAppStore((s) => s.currency);
  const draws = useAppStore((s) => s.draws);
  const seed = useAppStore((s) => s.seed);
  const hasRanges = Object.keys(result.scenario.ranges).length > 0;
  const doc = useMemo(() => (hasRanges ? formToDoc(form) : null), [hasRanges, form]);
  const state = useSimulation(doc, draws, seed);
  const shown = state.status === 'done' ? state : state.status === 'running' ? state.previous : undefined;
  // Computed once per simulation (and per scenario for the tornado's centre), not on every slider move:
  // the same arrays let the charts skip redrawing while a new run is under way.
  const simulation = shown?.simulation;
  const sensitivity = shown?.sensitivity;
  const fan = useMemo(() => (simulation ? fanYears(simulation, currency) : []), [simulation, currency]);
  const tornado = useMemo(() => (sensitivity ? tornadoRows(sensitivity, lang) : []), [sensitivity, lang]);
  const base = useMemo(() => (hasRanges ? tornadoBase(result.scenario) : 0), [hasRanges, result.scenario]);
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
        {state.status === 'running'
          ? t('calculator.outcomes.running', { draws: formatCount(new Dec(draws), lang) })
          : state.status === 'error'
            ? state.message
              ? t('calculator.outcomes.failed', { message: state.message })
              : t('calculator.outcomes.crashed')
            : ''}
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
          <PercentileTable
            rows={[
              {
                label: 'calculator.outcomes.programUsd',
                currency: 'USD',
                p: shown.simulation.totals.programTotalUsd,
              },
              {
                label: 'calculator.outcomes.canadaUsd',
                currency: 'USD',
                p: shown.simulation.totals.canadaTotalUsd,
              },
              {
                label: 'calculator.outcomes.canadaCad',
                currency: 'CAD',
                p: shown.simulation.totals.canadaTotalCad,
              },
              {
                label: 'calculator.outcomes.perPersonCad',
                currency: 'CAD',
                p: shown.simulation.totals.canadaCadPerPerson,
              },
            ]}
          />
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
