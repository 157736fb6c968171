/**
 * (4) Canada's defence spending as % of GDP: the budget alone (grey) with its Golden Dome share
 * stacked on top (hatched vermillion), against the NATO 2%, 3.5% and 5% lines.
 */
import { memo, useMemo } from 'react';
import {
  Bar,
  BarChart,
  CartesianGrid,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { useI18n } from '../useI18n';
import { ChartFrame } from './ChartFrame';
import { gdpText, natoList } from './describe';
import { PALETTE } from './palette';
import { natoLines, type ResultSeries } from './series';
import { useChartFont } from './chartFont';
import { useValueAxis } from './useValueAxis';
import { ChartLegend, CHART_HEIGHT, HatchPattern, MARGIN, TipContent, useSvgId } from './visuals';

/** Room on the right for the NATO line labels, at 16 px text. */
const LABEL_ROOM = 84;

export const GdpChart = memo(function GdpChart({ series }: { series: ResultSeries }) {
  const { t, lang } = useI18n();
  const font = useChartFont();
  const hatchId = useSvgId('hatch-gdp');
  const text = useMemo(() => gdpText(series, lang), [series, lang]);
  const tip = useMemo(() => <TipContent tips={text.tips} />, [text]);
  const top = Math.max(...series.nato.map((l) => l.pct), ...series.gdp.map((p) => p.withPct));
  // Half a point of headroom keeps the top NATO line and its label inside the plot.
  const axis = useValueAxis(top + 0.5, 'pct');
  const margin = useMemo(() => ({ ...MARGIN, right: Math.ceil(LABEL_ROOM * font.scale) }), [font.scale]);
  // The same elements while the language and text size stay the same: recharts re-registers a
  // reference line each time it renders, which recomputes the whole chart.
  const nato = useMemo(
    () =>
      natoLines(lang).map((line) => (
        <ReferenceLine
          key={line.pct}
          y={line.pct}
          stroke={PALETTE.reference}
          strokeWidth={2}
          strokeDasharray="6 3"
          label={{ value: line.label, position: 'right', fill: PALETTE.text, fontSize: font.tickPx }}
        />
      )),
    [lang, font.tickPx],
  );
  return (
    <ChartFrame
      title={text.title}
      summary={text.summary}
      table={text.table}
      height={CHART_HEIGHT}
      note={t('charts.gdp.note')}
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
      <ResponsiveContainer
        width="100%"
        height={CHART_HEIGHT}
        initialDimension={{ width: 640, height: CHART_HEIGHT }}
      >
        <BarChart data={series.gdp} margin={margin} accessibilityLayer={false}>
          <defs>
            <HatchPattern id={hatchId} colour={PALETTE.canada} />
          </defs>
          <CartesianGrid vertical={false} stroke={PALETTE.grid} />
          <XAxis dataKey="year" tick={font.tick} />
          <YAxis {...axis} />
          <Tooltip cursor={{ fill: PALETTE.grid, fillOpacity: 0.4 }} content={tip} />
          <Bar
            dataKey="withoutPct"
            name={t('charts.gdp.without')}
            stackId="gdp"
            fill={PALETTE.neutral}
            isAnimationActive={false}
          />
          <Bar
            dataKey="goldenDomePct"
            name={t('charts.gdp.share')}
            stackId="gdp"
            fill={`url(#${hatchId})`}
            stroke={PALETTE.canada}
            isAnimationActive={false}
          />
          {nato}
        </BarChart>
      </ResponsiveContainer>
    </ChartFrame>
  );
});
