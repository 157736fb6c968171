/**
 * Every catalog estimate on one footing (US$ billions at the given rates): low–high pairs as one
 * floating bar with end caps, restatements hatched, Canada asks in vermillion, the selected figure
 * (and a custom amount) in orange with a black outline and a ▶ marker.
 */
import { useMemo } from 'react';
import { Bar, type BarShapeProps } from 'recharts';
import type { Dec, FxRates } from '../../core';
import { useI18n } from '../useI18n';
import { ChartFrame } from './ChartFrame';
import { RowChart } from './RowChart';
import { estimateRowLabel, estimatesText, ratesNote } from './describeEstimates';
import { estimatesSeries, type EstimateBar } from './estimateSeries';
import { PALETTE } from './palette';
import { RowBar, rowsHeight, useRowLayout, type RowBarStyle } from './rows';
import { ChartLegend, HatchPattern, useSvgId } from './visuals';

export interface EstimatesChartProps {
  readonly selectedId: string | undefined;
  readonly fx: FxRates;
  /** A custom amount in whole US dollars, drawn as its own highlighted bar. */
  readonly custom?: { label: string; usd: Dec };
}

function barStyle(b: EstimateBar, hatch: { neutral: string; highlight: string }): RowBarStyle {
  const caps = b.isRange;
  if (b.selected) {
    const fill = b.restates ? `url(#${hatch.highlight})` : PALETTE.highlight;
    return { fill, stroke: PALETTE.highlightOutline, strokeWidth: 2, caps };
  }
  if (b.restates) return { fill: `url(#${hatch.neutral})`, stroke: PALETTE.neutral, strokeWidth: 1, caps };
  return { fill: b.canadaAsk ? PALETTE.canada : PALETTE.neutral, caps };
}

export function EstimatesChart({ selectedId, fx, custom }: EstimatesChartProps) {
  const { t, lang } = useI18n();
  const bars = useMemo(() => estimatesSeries(selectedId, fx, custom, lang), [selectedId, fx, custom, lang]);
  const hatch = { neutral: useSvgId('hatch-restated'), highlight: useSvgId('hatch-selected') };
  const labels = new Map(bars.map((b) => [b.key, { text: estimateRowLabel(b, lang), strong: b.selected }]));
  const text = estimatesText(bars, fx, lang);
  const { layout, onResize } = useRowLayout();
  const height = rowsHeight(bars.length, layout);
  const shape = (p: BarShapeProps) => {
    const b = bars[p.index];
    return b ? (
      <RowBar x={p.x} y={p.y} width={p.width} height={p.height} style={barStyle(b, hatch)} layout={layout} />
    ) : null;
  };
  return (
    <ChartFrame
      title={text.title}
      summary={text.summary}
      table={text.table}
      height={height}
      note={ratesNote(fx, lang)}
      legend={
        <ChartLegend
          items={[
            { label: t('charts.estimates.legend.published'), colour: PALETTE.neutral },
            {
              label: t('charts.estimates.legend.restates'),
              colour: PALETTE.neutral,
              hatched: true,
            },
            { label: t('charts.estimates.legend.ask'), colour: PALETTE.canada },
            { label: t('charts.estimates.legend.selected'), colour: PALETTE.highlight, outlined: true },
          ]}
        />
      }
    >
      <RowChart
        data={bars}
        height={height}
        layout={layout}
        onResize={onResize}
        labels={labels}
        tips={text.tips}
        lang={lang}
        defs={
          <>
            <HatchPattern id={hatch.neutral} colour={PALETTE.neutral} />
            <HatchPattern id={hatch.highlight} colour={PALETTE.highlight} />
          </>
        }
      >
        <Bar
          dataKey="span"
          name={t('charts.estimates.usdBillions')}
          shape={shape}
          isAnimationActive={false}
        />
      </RowChart>
    </ChartFrame>
  );
}
