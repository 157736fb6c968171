/**
 * Canada's yearly cost as a fan: the median as a dark line with dots, the middle 50% of outcomes as
 * a darker vermillion band with solid edges, and 90% as a light band with dashed edges. Line,
 * shading and edge style tell the three apart, not colour alone. Drawn by YearPlot (plain SVG), as
 * it is redrawn each time a simulation lands.
 */
import { memo, useMemo } from 'react';
import type { Dollars } from '../../core';
import { useI18n } from '../useI18n';
import { ChartFrame } from './ChartFrame';
import type { DisplayCurrency } from './series';
import { fanMax, fanText, type FanYear } from './fanSeries';
import { FAN_COLOURS, FanLegend } from './FanLegend';
import { CHART_HEIGHT } from './visuals';
import { YearPlot, type YearPlotProps } from './YearPlot';

export type { FanYear } from './fanSeries';

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
    max: fanMax(years),
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
