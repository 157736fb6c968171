/**
 * The charts (recharts is about half of the app's JavaScript) load in their own chunk, so the
 * calculator's numbers appear before the drawings do.
 */
import { lazy, memo, Suspense, type ComponentProps } from 'react';
import type { FxRates } from '../core';
import type { EstimatesChartProps } from './charts';
import { useI18n } from './useI18n';

const charts = () => import('./charts');
const LazyResultCharts = lazy(() => charts().then((m) => ({ default: m.ResultCharts })));
const LazyEstimatesChart = lazy(() => charts().then((m) => ({ default: m.EstimatesChart })));
const LazyCompareChart = lazy(() => charts().then((m) => ({ default: m.CompareChart })));

function Loading() {
  const { t } = useI18n();
  return <p className="hint">{t('charts.loading')}</p>;
}

export function ResultCharts(props: ComponentProps<typeof LazyResultCharts>) {
  return (
    <Suspense fallback={<Loading />}>
      <LazyResultCharts {...props} />
    </Suspense>
  );
}

export function CompareChart(props: ComponentProps<typeof LazyCompareChart>) {
  return (
    <Suspense fallback={<Loading />}>
      <LazyCompareChart {...props} />
    </Suspense>
  );
}

function sameFx(a: FxRates, b: FxRates): boolean {
  return a.cadPerUsd.eq(b.cadPerUsd) && a.usdPerGbp.eq(b.usdPerGbp);
}

function sameCustom(a: EstimatesChartProps['custom'], b: EstimatesChartProps['custom']): boolean {
  return a === undefined || b === undefined ? a === b : a.label === b.label && a.usd.eq(b.usd);
}

/**
 * The estimates chart depends only on the selection and the exchange rates, not on the schedule:
 * it skips redrawing while a schedule slider moves.
 */
export const EstimatesChart = memo(
  function EstimatesChart(props: EstimatesChartProps) {
    return (
      <Suspense fallback={<Loading />}>
        <LazyEstimatesChart {...props} />
      </Suspense>
    );
  },
  (a, b) => a.selectedId === b.selectedId && sameFx(a.fx, b.fx) && sameCustom(a.custom, b.custom),
);

const LazyFanChart = lazy(() => charts().then((m) => ({ default: m.FanChart })));
const LazyTornadoChart = lazy(() => charts().then((m) => ({ default: m.TornadoChart })));

export function FanChart(props: ComponentProps<typeof LazyFanChart>) {
  return (
    <Suspense fallback={<Loading />}>
      <LazyFanChart {...props} />
    </Suspense>
  );
}

export function TornadoChart(props: ComponentProps<typeof LazyTornadoChart>) {
  return (
    <Suspense fallback={<Loading />}>
      <LazyTornadoChart {...props} />
    </Suspense>
  );
}
