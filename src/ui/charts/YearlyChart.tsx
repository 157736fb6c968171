/** (1) Yearly cost, stacked: Canada (hatched vermillion) under the US (blue). */
import { memo, useMemo } from 'react';
import { useI18n } from '../useI18n';
import { ChartFrame } from './ChartFrame';
import { yearlyText } from './describe';
import { PALETTE } from './palette';
import type { ResultSeries } from './series';
import { ChartLegend, CHART_HEIGHT, HatchPattern, useSvgId } from './visuals';
import { YearPlot } from './YearPlot';

export const YearlyChart = memo(function YearlyChart({ series }: { series: ResultSeries }) {
  const { t, lang } = useI18n();
  const hatchId = useSvgId('hatch-canada');
  const text = useMemo(() => yearlyText(series, lang), [series, lang]);
  const plot = useMemo(
    () => ({
      years: series.yearly.map((p) => p.year),
      bars: [
        {
          key: 'canada',
          values: series.yearly.map((p) => p.canada),
          fill: `url(#${hatchId})`,
          stroke: PALETTE.canada,
        },
        { key: 'us', values: series.yearly.map((p) => p.us), fill: PALETTE.us },
      ],
      max: Math.max(0, ...series.yearly.map((p) => p.total)),
    }),
    [series, hatchId],
  );
  return (
    <ChartFrame
      embed="yearly"
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
      <YearPlot
        {...plot}
        unit="bn"
        tips={text.tips}
        height={CHART_HEIGHT}
        defs={<HatchPattern id={hatchId} colour={PALETTE.canada} />}
      />
    </ChartFrame>
  );
});
