/**
 * The props of a chart's value axis (ticks, domain, width, tick style and label format), kept the
 * same objects while they do not change: recharts re-registers an axis whose props change, and that
 * recomputes every selector of the chart.
 */
import { useCallback, useMemo } from 'react';
import { useI18n } from '../useI18n';
import { niceTicks, axisWidth } from './axis';
import { useChartFont } from './chartFont';
import { tickBn, tickPct } from '../../i18n';

/** Values up to `max`, in billions or in percent. */
export function useValueAxis(max: number, unit: 'bn' | 'pct') {
  const { lang } = useI18n();
  const font = useChartFont();
  const tickFormatter = useCallback(
    (v: number) => (unit === 'pct' ? tickPct(v, lang) : tickBn(v, lang)),
    [unit, lang],
  );
  const key = niceTicks(max).join(' ');
  const ticks = useMemo(() => key.split(' ').map(Number), [key]);
  const domain = useMemo((): [number, number] => [0, ticks[ticks.length - 1] ?? 1], [ticks]);
  const width = axisWidth(ticks.map(tickFormatter), font.tickPx);
  return { ticks, domain, width, tick: font.tick, tickFormatter };
}
