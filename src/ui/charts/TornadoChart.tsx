/**
 * One-at-a-time sensitivity as a tornado: one row per input, in the order given (largest swing
 * first), each a bar from Canada's total at one end of the input's range to the other. The part
 * below the most likely total is solid grey, the part above hatched vermillion; a dashed line marks
 * the most likely total. Each row is labelled in words with the input's values and the totals.
 */
import { memo, useMemo } from 'react';
import { Bar, ReferenceLine, type BarShapeProps } from 'recharts';
import { useI18n } from '../useI18n';
import { ChartFrame } from './ChartFrame';
import { RowChart } from './RowChart';
import { PALETTE } from './palette';
import { RowBar, rowsHeight, useRowLayout, type RowBarStyle, type RowLayout } from './rows';
import type { DisplayCurrency } from './series';
import {
  tornadoBars,
  tornadoDomain,
  tornadoRowLabel,
  tornadoText,
  type TornadoBar,
  type TornadoRow,
} from './tornadoSeries';
import { ChartLegend, HatchPattern, useSvgId } from './visuals';
import './uncertainty.css';
import { formatMoneyBn } from '../../i18n';

export type { TornadoRow } from './tornadoSeries';

export interface TornadoChartProps {
  /** One row per ranged input, largest swing first; drawn in this order, top to bottom. */
  readonly rows: readonly TornadoRow[];
  /** Canada's total with every input at its most likely value, billions of `currency`. */
  readonly base: number;
  readonly currency: DisplayCurrency;
}

const BELOW: RowBarStyle = { fill: PALETTE.neutral };

/** Pixel x of `value` on a bar drawn from span[0] at `x` to span[1] at `x + width` (a linear axis). */
function pixelOf(value: number, bar: TornadoBar, x: number, width: number): number {
  const [lo, hi] = bar.span;
  return hi > lo ? x + ((value - lo) / (hi - lo)) * width : x;
}

/** One row's bar, split at the most likely total into its lower and higher parts. */
function TornadoShape({
  p,
  bar,
  above,
  layout,
}: {
  p: BarShapeProps;
  bar: TornadoBar;
  above: RowBarStyle;
  layout: RowLayout;
}) {
  const part = (range: readonly [number, number], style: RowBarStyle) => {
    const x0 = pixelOf(range[0], bar, p.x, p.width);
    const x1 = pixelOf(range[1], bar, p.x, p.width);
    return <RowBar x={x0} y={p.y} width={x1 - x0} height={p.height} style={style} layout={layout} />;
  };
  if (!bar.below && !bar.above) {
    // No swing at all: a thin mark at the most likely total.
    return <RowBar x={p.x} y={p.y} width={0} height={p.height} style={BELOW} layout={layout} />;
  }
  return (
    <g>
      {bar.below ? part(bar.below, BELOW) : null}
      {bar.above ? part(bar.above, above) : null}
    </g>
  );
}

export const TornadoChart = memo(function TornadoChart({ rows, base, currency }: TornadoChartProps) {
  const { t, lang } = useI18n();
  const bars = useMemo(() => tornadoBars(rows, base), [rows, base]);
  const domain = useMemo(() => tornadoDomain(rows, base), [rows, base]);
  const hatchId = useSvgId('hatch-above');
  const above: RowBarStyle = { fill: `url(#${hatchId})`, stroke: PALETTE.canada, strokeWidth: 1 };
  const labels = new Map(rows.map((r, i) => [String(i), { text: tornadoRowLabel(r, currency, lang) }]));
  const text = tornadoText(rows, base, currency, lang);
  const { layout, onResize } = useRowLayout();
  const height = rowsHeight(rows.length, layout);
  const shape = (p: BarShapeProps) => {
    const bar = bars[p.index];
    return bar ? <TornadoShape p={p} bar={bar} above={above} layout={layout} /> : null;
  };
  return (
    <ChartFrame
      title={text.title}
      summary={text.summary}
      table={text.table}
      height={height}
      note={t('charts.tornado.note')}
      legend={
        <ChartLegend
          items={[
            { label: t('charts.tornado.lower'), colour: PALETTE.neutral },
            { label: t('charts.tornado.higher'), colour: PALETTE.canada, hatched: true },
            {
              label: t('charts.tornado.mostLikely', { value: formatMoneyBn(base, currency, lang) }),
              colour: PALETTE.reference,
              dashed: true,
            },
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
        className="tornado-plot"
        domain={domain}
        defs={<HatchPattern id={hatchId} colour={PALETTE.canada} />}
      >
        <Bar dataKey="span" name={t('charts.tornado.series')} shape={shape} isAnimationActive={false} />
        <ReferenceLine x={base} stroke={PALETTE.reference} strokeWidth={2} strokeDasharray="6 3" />
      </RowChart>
    </ChartFrame>
  );
});
