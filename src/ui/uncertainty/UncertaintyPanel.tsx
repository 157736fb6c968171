/** The spread of outcomes: percentiles, a fan chart, a tornado chart, and their CSV downloads. */
import { useMemo } from 'react';
import { PERCENTILE_KEYS, type Percentiles, type ScenarioResult } from '../../core';
import { formatMoney } from '../../i18n/format';
import { formToDoc, useAppStore } from '../../state';
import { downloadText } from '../download';
import { FanChart, TornadoChart } from '../lazyCharts';
import { fanYears, rangeSentence, tornadoBase, tornadoRows } from './uncertaintyView';
import { useSimulation } from './useSimulation';

const CSV = 'text/csv;charset=utf-8';

function PercentileTable({
  rows,
}: {
  rows: readonly { label: string; currency: 'USD' | 'CAD'; p: Percentiles }[];
}) {
  return (
    <div className="table-wrap">
      <table>
        <caption>Percentiles of the simulated totals (nominal dollars)</caption>
        <thead>
          <tr>
            <th scope="col">Total</th>
            {PERCENTILE_KEYS.map((k) => (
              <th scope="col" key={k}>
                {k.slice(1)}th percentile
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.label}>
              <th scope="row">{r.label}</th>
              {PERCENTILE_KEYS.map((k) => (
                <td key={k}>{formatMoney(r.p[k], r.currency)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function UncertaintyPanel({ result }: { result: ScenarioResult }) {
  const form = useAppStore((s) => s.form);
  const currency = useAppStore((s) => s.currency);
  const draws = useAppStore((s) => s.draws);
  const seed = useAppStore((s) => s.seed);
  const hasRanges = Object.keys(result.scenario.ranges).length > 0;
  const doc = useMemo(() => (hasRanges ? formToDoc(form) : null), [hasRanges, form]);
  const state = useSimulation(doc, draws, seed);
  const shown = state.status === 'done' ? state : state.status === 'running' ? state.previous : undefined;
  const id = result.scenario.id;
  return (
    <section className="panel" aria-labelledby="uncertainty-heading">
      <h2 id="uncertainty-heading">Range of outcomes</h2>
      {!hasRanges && (
        <p className="hint">
          Give a range to one or more inputs in “5. Uncertainty” to see how widely the results could spread.
        </p>
      )}
      <p role="status" className="hint">
        {state.status === 'running'
          ? `Simulating ${draws.toLocaleString('en-CA')} draws…`
          : state.status === 'error'
            ? `The simulation could not run: ${state.message}`
            : ''}
      </p>
      {shown && (
        <>
          <p className="sentence">
            {rangeSentence(shown.simulation)}, from {shown.simulation.draws.toLocaleString('en-CA')} draws
            (seed {shown.simulation.seed}).
          </p>
          <PercentileTable
            rows={[
              { label: 'Program (US$)', currency: 'USD', p: shown.simulation.totals.programTotalUsd },
              { label: 'Canada (US$)', currency: 'USD', p: shown.simulation.totals.canadaTotalUsd },
              { label: 'Canada (C$)', currency: 'CAD', p: shown.simulation.totals.canadaTotalCad },
              {
                label: 'Canada per person (C$)',
                currency: 'CAD',
                p: shown.simulation.totals.canadaCadPerPerson,
              },
            ]}
          />
          <FanChart
            years={fanYears(shown.simulation, currency)}
            currency={currency}
            dollars="nominal"
            draws={shown.simulation.draws}
            dollarYear={result.base.dollarYear}
          />
          {shown.sensitivity.length > 0 && (
            <TornadoChart
              rows={tornadoRows(shown.sensitivity)}
              base={tornadoBase(result.scenario)}
              currency="CAD"
            />
          )}
          <div className="button-row">
            <button
              type="button"
              onClick={() => downloadText(`${id}.percentiles.csv`, shown.percentilesCsv, CSV)}
            >
              Download percentiles CSV
            </button>
            <button
              type="button"
              onClick={() => downloadText(`${id}.sensitivity.csv`, shown.sensitivityCsv, CSV)}
            >
              Download sensitivity CSV
            </button>
          </div>
        </>
      )}
    </section>
  );
}
