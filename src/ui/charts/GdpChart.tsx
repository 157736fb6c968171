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
import { ChartFrame } from './ChartFrame';
import { gdpText } from './describe';
import { tickPct } from './format';
import { PALETTE } from './palette';
import type { ResultSeries } from './series';
import { ChartLegend, CHART_HEIGHT, HatchPattern, MARGIN, TICK, TipContent, useSvgId } from './visuals';

/** Room on the right for the NATO line labels. */
const LABEL_ROOM = 84;

export function GdpChart({ series }: { series: ResultSeries }) {
  const hatchId = useSvgId('hatch-gdp');
  const text = gdpText(series);
  const top = Math.max(...series.nato.map((l) => l.pct), ...series.gdp.map((p) => p.withPct));
  return (
    <ChartFrame
      title={text.title}
      summary={text.summary}
      table={text.table}
      height={CHART_HEIGHT}
      note="Canada’s 2025-26 defence budget, held constant, over its GDP; the Golden Dome share is stacked on top."
      legend={
        <ChartLegend
          items={[
            { label: 'Defence budget without Golden Dome', colour: PALETTE.neutral },
            { label: 'Golden Dome share', colour: PALETTE.canada, hatched: true },
            { label: 'NATO targets (2%, 3.5%, 5%)', colour: PALETTE.reference, dashed: true },
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
          <YAxis tick={TICK} tickFormatter={tickPct} width="auto" domain={[0, Math.ceil(top + 0.5)]} />
          <Tooltip
            cursor={{ fill: PALETTE.grid, fillOpacity: 0.4 }}
            content={<TipContent tips={text.tips} />}
          />
          <Bar
            dataKey="withoutPct"
            name="Without Golden Dome"
            stackId="gdp"
            fill={PALETTE.neutral}
            isAnimationActive={false}
          />
          <Bar
            dataKey="goldenDomePct"
            name="Golden Dome share"
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
