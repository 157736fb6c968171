/** (3) Canada's yearly cost as a share of its defence budget. */
import { memo, useMemo } from 'react';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useI18n } from '../useI18n';
import { ChartFrame } from './ChartFrame';
import { budgetText } from './describe';
import { PALETTE } from './palette';
import type { ResultSeries } from './series';
import { useChartFont } from './chartFont';
import { useValueAxis } from './useValueAxis';
import { CHART_HEIGHT, MARGIN, TipContent } from './visuals';

export const BudgetChart = memo(function BudgetChart({ series }: { series: ResultSeries }) {
  const { t, lang } = useI18n();
  const font = useChartFont();
  const axis = useValueAxis(Math.max(0, ...series.budget.map((p) => p.pct)), 'pct');
  const text = useMemo(() => budgetText(series, lang), [series, lang]);
  const tip = useMemo(() => <TipContent tips={text.tips} />, [text]);
  return (
    <ChartFrame title={text.title} summary={text.summary} table={text.table} height={CHART_HEIGHT}>
      <ResponsiveContainer
        width="100%"
        height={CHART_HEIGHT}
        initialDimension={{ width: 640, height: CHART_HEIGHT }}
      >
        <BarChart data={series.budget} margin={MARGIN} accessibilityLayer={false}>
          <CartesianGrid vertical={false} stroke={PALETTE.grid} />
          <XAxis dataKey="year" tick={font.tick} />
          <YAxis {...axis} />
          <Tooltip cursor={{ fill: PALETTE.grid, fillOpacity: 0.4 }} content={tip} />
          <Bar
            dataKey="pct"
            name={t('charts.budget.series')}
            fill={PALETTE.canada}
            isAnimationActive={false}
          />
        </BarChart>
      </ResponsiveContainer>
    </ChartFrame>
  );
});
