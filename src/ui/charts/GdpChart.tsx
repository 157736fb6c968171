/**
 * (4) Canada's defence spending as % of GDP: the budget alone (grey) with its Golden Dome share
 * stacked on top (hatched vermillion), against the NATO 2%, 3.5% and 5% lines.
 */
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
import { tickPct } from './format';
import { PALETTE } from './palette';
import type { ResultSeries } from './series';
import { ChartLegend, CHART_HEIGHT, HatchPattern, MARGIN, TICK, TipContent, useSvgId } from './visuals';

/** Room on the right for the NATO line labels. */
const LABEL_ROOM = 84;

export function GdpChart({ series }: { series: ResultSeries }) {
  const { t, lang } = useI18n();
  const hatchId = useSvgId('hatch-gdp');
  const text = gdpText(series, lang);
  const top = Math.max(...series.nato.map((l) => l.pct), ...series.gdp.map((p) => p.withPct));
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
        <BarChart data={series.gdp} margin={{ ...MARGIN, right: LABEL_ROOM }} accessibilityLayer={false}>
          <defs>
            <HatchPattern id={hatchId} colour={PALETTE.canada} />
          </defs>
          <CartesianGrid vertical={false} stroke={PALETTE.grid} />
          <XAxis dataKey="year" tick={TICK} />
          <YAxis
            tick={TICK}
            tickFormatter={(v: number) => tickPct(v, lang)}
            width="auto"
            domain={[0, Math.ceil(top + 0.5)]}
          />
          <Tooltip
            cursor={{ fill: PALETTE.grid, fillOpacity: 0.4 }}
            content={<TipContent tips={text.tips} />}
          />
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
          {series.nato.map((line) => (
            <ReferenceLine
              key={line.pct}
              y={line.pct}
              stroke={PALETTE.reference}
              strokeWidth={2}
              strokeDasharray="6 3"
              label={{ value: line.label, position: 'right', fill: PALETTE.text, fontSize: 14 }}
            />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </ChartFrame>
  );
}
