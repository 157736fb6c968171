/**
 * Canada's yearly cost as a fan: the median as a dark line with dots, the middle 50% of outcomes as
 * a darker vermillion band with solid edges, and 90% as a light band with dashed edges. Line,
 * shading and edge style tell the three apart, not colour alone. Drawn by YearPlot (plain SVG), as
 * it is redrawn each time a simulation lands.
 */
import { memo, useMemo } from 'react';
import type { Dollars } from '../../core';
import type { MessageKey } from '../../i18n';
import { useI18n } from '../useI18n';
import { ChartFrame } from './ChartFrame';
import { PALETTE } from './palette';
import type { DisplayCurrency } from './series';
import { fanText, type FanYear } from './fanSeries';
import { CHART_HEIGHT } from './visuals';
import { YearPlot, type YearPlotProps } from './YearPlot';

export type { FanYear } from './fanSeries';

/**
 * The fan's colours: Canada's vermillion mixed with white (20% and 50%), its edges in full
 * vermillion (at least 3:1 against the light band and white), the median in near-black.
 */
export const FAN_COLOURS = {
  band90: '#F7DFCC',
  band50: '#EAAF80',
  edge: PALETTE.canada,
  median: PALETTE.text,
} as const;

export interface FanChartProps {
  /** Percentiles of Canada's cost per year, billions of `currency`. */
  readonly years: readonly FanYear[];
  readonly currency: DisplayCurrency;
  readonly dollars: Dollars;
  /** How many simulated draws the percentiles come from. */
  readonly draws: number;
  /** The year whose prices constant dollars are in, for the title; "(constant dollars)" without it. */
  readonly dollarYear?: number;
}

/** A legend key for the fan: a band (fill and edge) or the median line. */
function FanSwatch({ kind }: { kind: 'median' | 'band50' | 'band90' }) {
  if (kind === 'median') {
    return (
      <svg width={24} height={16} aria-hidden="true" focusable="false">
        <line x1={0} y1={8} x2={24} y2={8} stroke={FAN_COLOURS.median} strokeWidth={3} />
        <circle cx={12} cy={8} r={3} fill={FAN_COLOURS.median} />
      </svg>
    );
  }
  return (
    <svg width={24} height={16} aria-hidden="true" focusable="false">
      <rect
        x={1}
        y={1}
        width={22}
        height={14}
        fill={FAN_COLOURS[kind]}
        stroke={FAN_COLOURS.edge}
        strokeWidth={1.5}
        strokeDasharray={kind === 'band90' ? '4 3' : undefined}
      />
    </svg>
  );
}

const LEGEND: readonly { kind: 'median' | 'band50' | 'band90'; label: MessageKey }[] = [
  { kind: 'median', label: 'charts.fan.legend.median' },
  { kind: 'band50', label: 'charts.fan.legend.middle' },
  { kind: 'band90', label: 'charts.fan.legend.outer' },
];

function FanLegend() {
  const { t } = useI18n();
  return (
    <ul className="chart-legend">
      {LEGEND.map(({ kind, label }) => (
        <li key={kind}>
          <FanSwatch kind={kind} />
          <span>{t(label)}</span>
        </li>
      ))}
    </ul>
  );
}

/** The two bands (90% under 50%) and the median line. */
function fanPlot(years: readonly FanYear[]): Pick<YearPlotProps, 'years' | 'bands' | 'area' | 'max'> {
  const at = (pick: (y: FanYear) => number) => years.map(pick);
  const edge = FAN_COLOURS.edge;
  return {
    years: at((y) => y.year),
    bands: [
      {
        key: 'band90',
        low: at((y) => y.p5),
        high: at((y) => y.p95),
        fill: FAN_COLOURS.band90,
        edge,
        dashed: true,
      },
      { key: 'band50', low: at((y) => y.p25), high: at((y) => y.p75), fill: FAN_COLOURS.band50, edge },
    ],
    area: { values: at((y) => y.p50), colour: FAN_COLOURS.median, filled: false },
    max: Math.max(0, ...at((y) => y.p95)),
  };
}

export const FanChart = memo(function FanChart({
  years,
  currency,
  dollars,
  draws,
  dollarYear,
}: FanChartProps) {
  const { lang } = useI18n();
  const plot = useMemo(() => fanPlot(years), [years]);
  const text = useMemo(
    () => fanText(years, currency, dollars, draws, dollarYear, lang),
    [years, currency, dollars, draws, dollarYear, lang],
  );
  return (
    <ChartFrame
      title={text.title}
      summary={text.summary}
      table={text.table}
      height={CHART_HEIGHT}
      note={text.note}
      legend={<FanLegend />}
    >
      <YearPlot {...plot} unit="bn" tips={text.tips} height={CHART_HEIGHT} />
    </ChartFrame>
  );
});
