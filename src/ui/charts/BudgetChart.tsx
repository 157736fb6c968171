/** (3) Canada's yearly cost as a share of its defence budget. */
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useI18n } from '../useI18n';
import { ChartFrame } from './ChartFrame';
import { budgetText } from './describe';
import { tickPct } from './format';
import { PALETTE } from './palette';
import type { ResultSeries } from './series';
import { CHART_HEIGHT, MARGIN, TICK, TipContent } from './visuals';

export function BudgetChart({ series }: { series: ResultSeries }) {
  const { t, lang } = useI18n();
  const text = budgetText(series, lang);
  return (
    <ChartFrame title={text.title} summary={text.summary} table={text.table} height={CHART_HEIGHT}>
      <ResponsiveContainer
        width="100%"
        height={CHART_HEIGHT}
        initialDimension={{ width: 640, height: CHART_HEIGHT }}
      >
        <BarChart data={series.budget} margin={MARGIN} accessibilityLayer={false}>
          <CartesianGrid vertical={false} stroke={PALETTE.grid} />
          <XAxis dataKey="year" tick={TICK} />
          <YAxis tick={TICK} tickFormatter={(v: number) => tickPct(v, lang)} width="auto" />
          <Tooltip
            cursor={{ fill: PALETTE.grid, fillOpacity: 0.4 }}
            content={<TipContent tips={text.tips} />}
          />
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
}
