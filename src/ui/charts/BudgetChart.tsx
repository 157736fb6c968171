/** (3) Canada's yearly cost as a share of its defence budget. */
import { memo, useMemo } from 'react';
import { useI18n } from '../useI18n';
import { ChartFrame } from './ChartFrame';
import { budgetText } from './describe';
import { PALETTE } from './palette';
import type { ResultSeries } from './series';
import { CHART_HEIGHT } from './visuals';
import { YearPlot } from './YearPlot';

export const BudgetChart = memo(function BudgetChart({ series }: { series: ResultSeries }) {
  const { lang } = useI18n();
  const text = useMemo(() => budgetText(series, lang), [series, lang]);
  const plot = useMemo(
    () => ({
      years: series.budget.map((p) => p.year),
      bars: [{ key: 'pct', values: series.budget.map((p) => p.pct), fill: PALETTE.canada }],
      max: Math.max(0, ...series.budget.map((p) => p.pct)),
    }),
    [series],
  );
  return (
    <ChartFrame
      embed="budget"
      title={text.title}
      summary={text.summary}
      table={text.table}
      height={CHART_HEIGHT}
    >
      <YearPlot {...plot} unit="pct" tips={text.tips} height={CHART_HEIGHT} />
    </ChartFrame>
  );
});
