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
import { rowsHeight, useRowLayout, type RowBarStyle } from './rows';
import type { DisplayCurrency } from './series';
import { tornadoBars, tornadoDomain, tornadoRowLabel, tornadoText, type TornadoRow } from './tornadoSeries';
import { TornadoShape } from './TornadoShape';
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
