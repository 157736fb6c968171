/**
 * Every catalog estimate on one footing (US$ billions at the given rates): low–high pairs as one
 * floating bar with end caps, restatements hatched, Canada asks in vermillion, the selected figure
 * (and a custom amount) in orange with a black outline and a ▶ marker.
 */
import { useId, useMemo, useState } from 'react';
import { Bar, type BarShapeProps } from 'recharts';
import type { Dec, FxRates } from '../../core';
import { useI18n } from '../useI18n';
import { logTicks } from './axis';
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

/**
 * The bars on a log axis: powers of ten around every figure, and bars that started at 0 starting
 * at the lowest tick instead (a log axis has no 0).
 */
function logScale(bars: readonly EstimateBar[]) {
  const values = bars.flatMap((b) => [b.lowUsdBn, b.highUsdBn]).filter((v) => v > 0);
  const ticks = logTicks(Math.min(...values), Math.max(...values));
  const floor = ticks[0] ?? 1;
  const top = ticks[ticks.length - 1] ?? 10;
  return {
    ticks,
    domain: [floor, top] as const,
    bars: bars.map((b) => (b.isRange ? b : { ...b, span: [floor, Math.max(floor, b.span[1])] as const })),
  };
}

export function EstimatesChart({ selectedId, fx, custom }: EstimatesChartProps) {
  const { t, lang } = useI18n();
  const bars = useMemo(() => estimatesSeries(selectedId, fx, custom, lang), [selectedId, fx, custom, lang]);
  // On a linear axis from 0 to US$3,600B most of the bars are slivers; a log axis shows them all.
  const [log, setLog] = useState(false);
  const logId = useId();
  const scale = useMemo(() => (log ? logScale(bars) : undefined), [log, bars]);
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
      embed="estimates"
      title={text.title}
      summary={log ? `${text.summary} ${t('charts.estimates.logNote')}` : text.summary}
      controls={
        <label className="chart-option" htmlFor={logId}>
          <input id={logId} type="checkbox" checked={log} onChange={(e) => setLog(e.target.checked)} />
          {t('charts.estimates.logScale')}
        </label>
      }
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
        data={scale?.bars ?? bars}
        {...(scale ? { logTicks: scale.ticks, domain: scale.domain } : {})}
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
