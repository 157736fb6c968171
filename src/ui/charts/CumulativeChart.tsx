/** (2) Canada's running total, as an area. */
import { memo, useMemo } from 'react';
import { useI18n } from '../useI18n';
import { ChartFrame } from './ChartFrame';
import { cumulativeText } from './describe';
import { PALETTE } from './palette';
import type { ResultSeries } from './series';
import { CHART_HEIGHT } from './visuals';
import { YearPlot } from './YearPlot';

export const CumulativeChart = memo(function CumulativeChart({ series }: { series: ResultSeries }) {
  const { lang } = useI18n();
  const text = useMemo(() => cumulativeText(series, lang), [series, lang]);
  const plot = useMemo(
    () => ({
      years: series.cumulative.map((p) => p.year),
      area: { values: series.cumulative.map((p) => p.canada), colour: PALETTE.canada },
      max: Math.max(0, ...series.cumulative.map((p) => p.canada)),
    }),
    [series],
  );
  return (
    <ChartFrame
      embed="cumulative"
      title={text.title}
      summary={text.summary}
      table={text.table}
      height={CHART_HEIGHT}
    >
      <YearPlot {...plot} unit="bn" tips={text.tips} height={CHART_HEIGHT} />
    </ChartFrame>
  );
});
