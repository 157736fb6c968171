/**
 * Canada's yearly cost as a fan: the median as a dark line with dots, the middle 50% of outcomes as
 * a darker vermillion band with solid edges, and 90% as a light band with dashed edges. Line,
 * shading and edge style tell the three apart, not colour alone.
 */
import { memo, useMemo } from 'react';
import {
  Area,
  CartesianGrid,
  ComposedChart,
  Line,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { Dollars } from '../../core';
import { useI18n } from '../useI18n';
import { ChartFrame } from './ChartFrame';
import { PALETTE } from './palette';
import type { DisplayCurrency } from './series';
import { fanMax, fanPoints, fanText, type FanYear } from './fanSeries';
import { FAN_COLOURS, FanLegend } from './FanLegend';
import { useChartFont } from './chartFont';
import { useValueAxis } from './useValueAxis';
import { CHART_HEIGHT, MARGIN, TipContent, X_PADDING } from './visuals';

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

export const FanChart = memo(function FanChart({
  years,
  currency,
  dollars,
  draws,
  dollarYear,
}: FanChartProps) {
  const { t, lang } = useI18n();
  const points = useMemo(() => fanPoints(years), [years]);
  const font = useChartFont();
  const axis = useValueAxis(fanMax(years), 'bn');
  const text = useMemo(
    () => fanText(years, currency, dollars, draws, dollarYear, lang),
    [years, currency, dollars, draws, dollarYear, lang],
  );
  const tip = useMemo(() => <TipContent tips={text.tips} />, [text]);
  return (
    <ChartFrame
      title={text.title}
      summary={text.summary}
      table={text.table}
      height={CHART_HEIGHT}
      note={text.note}
      legend={<FanLegend />}
    >
      <ResponsiveContainer
        width="100%"
        height={CHART_HEIGHT}
        initialDimension={{ width: 640, height: CHART_HEIGHT }}
      >
        <ComposedChart data={points} margin={MARGIN} accessibilityLayer={false}>
          <CartesianGrid vertical={false} stroke={PALETTE.grid} />
          <XAxis dataKey="year" tick={font.tick} padding={X_PADDING} />
          <YAxis {...axis} />
          <Tooltip cursor={{ stroke: PALETTE.mutedText, strokeWidth: 1 }} content={tip} />
          <Area
            type="linear"
            dataKey="band90"
            name={t('charts.fan.outer')}
            fill={FAN_COLOURS.band90}
            fillOpacity={1}
            stroke={FAN_COLOURS.edge}
            strokeWidth={1.5}
            strokeDasharray="4 3"
            activeDot={false}
            isAnimationActive={false}
          />
          <Area
            type="linear"
            dataKey="band50"
            name={t('charts.fan.series.middle')}
            fill={FAN_COLOURS.band50}
            fillOpacity={1}
            stroke={FAN_COLOURS.edge}
            strokeWidth={1.5}
            activeDot={false}
            isAnimationActive={false}
          />
          <Line
            type="linear"
            dataKey="median"
            name={t('charts.fan.median')}
            stroke={FAN_COLOURS.median}
            strokeWidth={3}
            dot={{ r: 3, fill: FAN_COLOURS.median, stroke: FAN_COLOURS.median }}
            activeDot={{ r: 5, fill: FAN_COLOURS.median, stroke: PALETTE.background, strokeWidth: 2 }}
            isAnimationActive={false}
          />
        </ComposedChart>
      </ResponsiveContainer>
    </ChartFrame>
  );
});
