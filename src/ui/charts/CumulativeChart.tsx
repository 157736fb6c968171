/** (2) Canada's running total, as an area. */
import { Area, AreaChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useI18n } from '../useI18n';
import { ChartFrame } from './ChartFrame';
import { cumulativeText } from './describe';
import { tickBn } from './format';
import { PALETTE } from './palette';
import type { ResultSeries } from './series';
import { CHART_HEIGHT, MARGIN, TICK, TipContent } from './visuals';

export function CumulativeChart({ series }: { series: ResultSeries }) {
  const { t, lang } = useI18n();
  const text = cumulativeText(series, lang);
  return (
    <ChartFrame title={text.title} summary={text.summary} table={text.table} height={CHART_HEIGHT}>
      <ResponsiveContainer
        width="100%"
        height={CHART_HEIGHT}
        initialDimension={{ width: 640, height: CHART_HEIGHT }}
      >
        <AreaChart data={series.cumulative} margin={MARGIN} accessibilityLayer={false}>
          <CartesianGrid vertical={false} stroke={PALETTE.grid} />
          <XAxis dataKey="year" tick={TICK} padding={{ left: 12, right: 12 }} />
          <YAxis tick={TICK} tickFormatter={(v: number) => tickBn(v, lang)} width="auto" />
          <Tooltip content={<TipContent tips={text.tips} />} />
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
}
