/**
 * The charts (recharts is about half of the app's JavaScript) come in their own chunk, so the
 * calculator's numbers appear before the drawings do. The chunk is requested as soon as the app
 * starts, not when a chart is first rendered: printing (Ctrl+P) or scrolling never waits for it.
 *
 * Every chart switches from its placeholder to its drawing in the same render, when the chunk
 * arrives (one store, not one Suspense boundary per chart that would reveal one by one and move
 * what is under the pointer). A placeholder keeps about the chart's height, so the page does not
 * jump, and a chart, once drawn, is never unmounted by the loading machinery (its "Show as table"
 * choice stays).
 */
import { memo, useSyncExternalStore, type ComponentType } from 'react';
import type { FxRates } from '../core';
import type * as Charts from './charts';
import { useI18n } from './useI18n';

type ChartsModule = typeof Charts;

let loaded: ChartsModule | undefined;
let failed: Error | undefined;
const listeners = new Set<() => void>();

const settle = () => listeners.forEach((notify) => notify());
void import('./charts').then(
  (module) => {
    loaded = module;
    settle();
  },
  (error: unknown) => {
    failed = error instanceof Error ? error : new Error('The charts could not be loaded.');
    settle();
  },
);

function subscribe(notify: () => void): () => void {
  listeners.add(notify);
  return () => listeners.delete(notify);
}

/** The charts module once it has arrived; a failed load is thrown to the nearest error boundary. */
function useChartsModule(): ChartsModule | undefined {
  const module = useSyncExternalStore(
    subscribe,
    () => loaded,
    () => undefined,
  );
  if (failed !== undefined) throw failed;
  return module;
}

/** Room kept for a chart while its chunk loads: about the height of its frame. */
function Placeholder({ minHeight }: { minHeight: string }) {
  const { t } = useI18n();
  return (
    <p className="hint chart-placeholder" style={{ minHeight }}>
      {t('charts.loading')}
    </p>
  );
}

/** A chart from the charts chunk, with a placeholder of `minHeight` until the chunk has arrived. */
function lazyChart<P extends object>(
  name: string,
  pick: (module: ChartsModule) => ComponentType<P>,
  minHeight: string,
): ComponentType<P> {
  function Chart(props: P) {
    const module = useChartsModule();
    if (!module) return <Placeholder minHeight={minHeight} />;
    const Drawn = pick(module);
    return <Drawn {...props} />;
  }
  Chart.displayName = `Lazy(${name})`;
  return Chart;
}

export const ResultCharts = lazyChart('ResultCharts', (m) => m.ResultCharts, '104rem');
export const CompareChart = lazyChart('CompareChart', (m) => m.CompareChart, '16rem');
export const FanChart = lazyChart('FanChart', (m) => m.FanChart, '26rem');
export const TornadoChart = lazyChart('TornadoChart', (m) => m.TornadoChart, '20rem');

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
  lazyChart('EstimatesChart', (m) => m.EstimatesChart, '56rem'),
  (a, b) => a.selectedId === b.selectedId && sameFx(a.fx, b.fx) && sameCustom(a.custom, b.custom),
);

/** The one chart of an embedded page. */
export const EmbeddedChart = lazyChart('EmbeddedChart', (m) => m.EmbeddedChart, '24rem');
