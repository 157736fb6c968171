/**
 * (4) Canada's defence spending as % of GDP: the budget alone (grey) with its Golden Dome share
 * stacked on top (hatched vermillion), against the NATO 2%, 3.5% and 5% lines.
 */
import { memo, useMemo } from 'react';
import { useI18n } from '../useI18n';
import { axisWidth } from './axis';
import { useChartFont } from './chartFont';
import { ChartFrame } from './ChartFrame';
import { gdpText, natoList } from './describe';
import { PALETTE } from './palette';
import type { ResultSeries } from './series';
import { ChartLegend, CHART_HEIGHT, HatchPattern, MARGIN, useSvgId } from './visuals';
import { YearPlot } from './YearPlot';

export const GdpChart = memo(function GdpChart({ series }: { series: ResultSeries }) {
  const { t, lang } = useI18n();
  const font = useChartFont();
  const hatchId = useSvgId('hatch-gdp');
  const text = useMemo(() => gdpText(series, lang), [series, lang]);
  // Room on the right for the longest NATO line label ("OTAN 3,5 %") at the axis text size.
  const labels = series.nato.map((l) => l.label).join('\n');
  const margin = useMemo(
    () => ({ ...MARGIN, right: axisWidth(labels.split('\n'), font.tickPx) }),
    [labels, font.tickPx],
  );
  const plot = useMemo(
    () => ({
      years: series.gdp.map((p) => p.year),
      bars: [
        { key: 'without', values: series.gdp.map((p) => p.withoutPct), fill: PALETTE.neutral },
        {
          key: 'goldenDome',
          values: series.gdp.map((p) => p.goldenDomePct),
          fill: `url(#${hatchId})`,
          stroke: PALETTE.canada,
        },
      ],
      lines: series.nato.map((line) => ({ value: line.pct, label: line.label })),
      // Half a point of headroom keeps the top NATO line and its label inside the plot.
      max: Math.max(...series.nato.map((l) => l.pct), ...series.gdp.map((p) => p.withPct)) + 0.5,
    }),
    [series, hatchId],
  );
  return (
    <ChartFrame
      embed="gdp"
      title={text.title}
      summary={text.summary}
      table={text.table}
      height={CHART_HEIGHT}
      note={t(series.outlook ? 'charts.gdp.noteOutlook' : 'charts.gdp.note')}
      legend={
        <ChartLegend
          items={[
            { label: t('charts.gdp.legendBudget'), colour: PALETTE.neutral },
            { label: t('charts.gdp.share'), colour: PALETTE.canada, hatched: true },
            {
              label: t('charts.gdp.legendNato', { lines: natoList(series, lang) }),
              colour: PALETTE.reference,
              dashed: true,
            },
          ]}
        />
      }
    >
      <YearPlot
        {...plot}
        unit="pct"
        tips={text.tips}
        margin={margin}
        height={CHART_HEIGHT}
        defs={<HatchPattern id={hatchId} colour={PALETTE.canada} />}
      />
    </ChartFrame>
  );
});
