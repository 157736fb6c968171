/** (1) Yearly cost, stacked: Canada (hatched vermillion) under the US (blue). */
import { memo, useMemo } from 'react';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useI18n } from '../useI18n';
import { ChartFrame } from './ChartFrame';
import { yearlyText } from './describe';
import { PALETTE } from './palette';
import type { ResultSeries } from './series';
import { useChartFont } from './chartFont';
import { useValueAxis } from './useValueAxis';
import { ChartLegend, CHART_HEIGHT, HatchPattern, MARGIN, TipContent, useSvgId } from './visuals';

export const YearlyChart = memo(function YearlyChart({ series }: { series: ResultSeries }) {
  const { t, lang } = useI18n();
  const font = useChartFont();
  const axis = useValueAxis(Math.max(0, ...series.yearly.map((p) => p.total)), 'bn');
  const hatchId = useSvgId('hatch-canada');
  const text = useMemo(() => yearlyText(series, lang), [series, lang]);
  const tip = useMemo(() => <TipContent tips={text.tips} />, [text]);
  return (
    <ChartFrame
      title={text.title}
      summary={text.summary}
      table={text.table}
      height={CHART_HEIGHT}
      legend={
        <ChartLegend
          items={[
            { label: t('charts.canada'), colour: PALETTE.canada, hatched: true },
            { label: t('charts.us'), colour: PALETTE.us },
          ]}
        />
      }
    >
      <ResponsiveContainer
        width="100%"
        height={CHART_HEIGHT}
        initialDimension={{ width: 640, height: CHART_HEIGHT }}
      >
        <BarChart data={series.yearly} margin={MARGIN} accessibilityLayer={false}>
          <defs>
            <HatchPattern id={hatchId} colour={PALETTE.canada} />
          </defs>
          <CartesianGrid vertical={false} stroke={PALETTE.grid} />
          <XAxis dataKey="year" tick={font.tick} />
          <YAxis {...axis} />
          <Tooltip cursor={{ fill: PALETTE.grid, fillOpacity: 0.4 }} content={tip} />
          <Bar
            dataKey="canada"
            name={t('charts.canada')}
            stackId="cost"
            fill={`url(#${hatchId})`}
            stroke={PALETTE.canada}
            isAnimationActive={false}
          />
          <Bar
            dataKey="us"
            name={t('charts.us')}
            stackId="cost"
            fill={PALETTE.us}
            isAnimationActive={false}
          />
        </BarChart>
      </ResponsiveContainer>
    </ChartFrame>
  );
});
