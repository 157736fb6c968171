/** Two to four scenarios side by side: Canada's (hatched vermillion) and the US's (blue) totals, stacked. */
import { useMemo } from 'react';
import { Bar, type BarShapeProps } from 'recharts';
import type { Dollars, ScenarioResult } from '../../core';
import { useI18n } from '../useI18n';
import { ChartFrame } from './ChartFrame';
import { RowChart } from './RowChart';
import { compareRowLabel, compareText } from './describeEstimates';
import { PALETTE } from './palette';
import { RowBar, rowsHeight, useRowLayout, type RowBarStyle, type RowLayout } from './rows';
import { compareSeries, type DisplayCurrency } from './series';
import { ChartLegend, HatchPattern, useSvgId } from './visuals';

export interface CompareChartProps {
  readonly items: readonly { name: string; result: ScenarioResult }[];
  readonly currency: DisplayCurrency;
  readonly dollars: Dollars;
}

function rowShape(style: RowBarStyle, layout: RowLayout) {
  return function RowShape(p: BarShapeProps) {
    return <RowBar x={p.x} y={p.y} width={p.width} height={p.height} style={style} layout={layout} />;
  };
}

export function CompareChart({ items, currency, dollars }: CompareChartProps) {
  const points = useMemo(() => compareSeries(items, currency, dollars), [items, currency, dollars]);
  const hatchId = useSvgId('hatch-compare');
  const { t, lang } = useI18n();
  const labels = new Map(points.map((p) => [p.key, { text: compareRowLabel(p, currency, dollars, lang) }]));
  const text = compareText(points, currency, dollars, lang);
  const { layout, onResize } = useRowLayout();
  const height = rowsHeight(points.length, layout);
  return (
    <ChartFrame
      title={text.title}
      summary={text.summary}
      table={text.table}
      height={height}
      legend={
        <ChartLegend
          items={[
            { label: t('charts.canada'), colour: PALETTE.canada, hatched: true },
            { label: t('charts.us'), colour: PALETTE.us },
          ]}
        />
      }
    >
      <RowChart
        data={points}
        height={height}
        layout={layout}
        onResize={onResize}
        labels={labels}
        tips={text.tips}
        lang={lang}
        defs={<HatchPattern id={hatchId} colour={PALETTE.canada} />}
      >
        <Bar
          dataKey="canada"
          name={t('charts.canada')}
          stackId="total"
          shape={rowShape({ fill: `url(#${hatchId})`, stroke: PALETTE.canada, strokeWidth: 1 }, layout)}
          isAnimationActive={false}
        />
        <Bar
          dataKey="us"
          name={t('charts.us')}
          stackId="total"
          shape={rowShape({ fill: PALETTE.us }, layout)}
          isAnimationActive={false}
        />
      </RowChart>
    </ChartFrame>
  );
}
