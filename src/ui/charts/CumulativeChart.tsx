/** (2) Canada's running total, as an area. */
import { memo, useMemo } from 'react';
import { Area, AreaChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useI18n } from '../useI18n';
import { ChartFrame } from './ChartFrame';
import { cumulativeText } from './describe';
import { PALETTE } from './palette';
import type { ResultSeries } from './series';
import { useChartFont } from './chartFont';
import { useValueAxis } from './useValueAxis';
import { CHART_HEIGHT, MARGIN, TipContent, X_PADDING } from './visuals';

export const CumulativeChart = memo(function CumulativeChart({ series }: { series: ResultSeries }) {
  const { t, lang } = useI18n();
  const font = useChartFont();
  const axis = useValueAxis(Math.max(0, ...series.cumulative.map((p) => p.canada)), 'bn');
  const text = useMemo(() => cumulativeText(series, lang), [series, lang]);
  const tip = useMemo(() => <TipContent tips={text.tips} />, [text]);
  return (
    <ChartFrame title={text.title} summary={text.summary} table={text.table} height={CHART_HEIGHT}>
      <ResponsiveContainer
        width="100%"
        height={CHART_HEIGHT}
        initialDimension={{ width: 640, height: CHART_HEIGHT }}
      >
        <AreaChart data={series.cumulative} margin={MARGIN} accessibilityLayer={false}>
          <CartesianGrid vertical={false} stroke={PALETTE.grid} />
          <XAxis dataKey="year" tick={font.tick} padding={X_PADDING} />
          <YAxis {...axis} />
          <Tooltip content={tip} />
          <Area
            type="linear"
            dataKey="canada"
            name={t('charts.cumulative.series')}
            stroke={PALETTE.canada}
            strokeWidth={3}
            fill={PALETTE.canada}
            fillOpacity={0.2}
            dot={{ r: 3, fill: PALETTE.canada }}
            isAnimationActive={false}
          />
        </AreaChart>
      </ResponsiveContainer>
    </ChartFrame>
  );
});
