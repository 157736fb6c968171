/**
 * The charts (recharts is about half of the app's JavaScript) load in their own chunk, so the
 * calculator's numbers appear before the drawings do.
 */
import { lazy, memo, Suspense, type ComponentType } from 'react';
import type { FxRates } from '../core';
import type * as Charts from './charts';
import { useI18n } from './useI18n';

function Loading() {
  const { t } = useI18n();
  return <p className="hint">{t('charts.loading')}</p>;
}

/** A chart from the charts chunk, with a loading line until the chunk has arrived. */
function lazyChart<P extends object>(name: string, load: () => Promise<ComponentType<P>>): ComponentType<P> {
  const Lazy = lazy(() => load().then((component) => ({ default: component })));
  function Chart(props: P) {
    return (
      <Suspense fallback={<Loading />}>
        <Lazy {...props} />
      </Suspense>
    );
  }
  Chart.displayName = `Lazy(${name})`;
  return Chart;
}

const charts = () => import('./charts');
export const ResultCharts = lazyChart('ResultCharts', () => charts().then((m) => m.ResultCharts));
export const CompareChart = lazyChart('CompareChart', () => charts().then((m) => m.CompareChart));
export const FanChart = lazyChart('FanChart', () => charts().then((m) => m.FanChart));
export const TornadoChart = lazyChart('TornadoChart', () => charts().then((m) => m.TornadoChart));

function sameFx(a: FxRates, b: FxRates): boolean {
  return a.cadPerUsd.eq(b.cadPerUsd) && a.usdPerGbp.eq(b.usdPerGbp);
}

function sameCustom(
  a: Charts.EstimatesChartProps['custom'],
  b: Charts.EstimatesChartProps['custom'],
): boolean {
  return a === undefined || b === undefined ? a === b : a.label === b.label && a.usd.eq(b.usd);
}

/**
 * The estimates chart depends only on the selection and the exchange rates, not on the schedule:
 * it skips redrawing while a schedule slider moves.
 */
export const EstimatesChart = memo(
  lazyChart('EstimatesChart', () => charts().then((m) => m.EstimatesChart)),
  (a, b) => a.selectedId === b.selectedId && sameFx(a.fx, b.fx) && sameCustom(a.custom, b.custom),
);
