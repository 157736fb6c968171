/**
 * Labelled rows for horizontal bar charts: each row's words sit above its bar across the full
 * plot width (wrapping to two lines, three on a phone), so long labels fit a 375 px screen
 * without a wide axis.
 */
import { useCallback, useState } from 'react';
import { useChartFont } from './chartFont';
import { Text, usePlotArea, type BarShapeProps } from 'recharts';
import { PALETTE } from './palette';

export const BAR_SIZE = 14;
/** Room under the rows for the value axis. */
const AXIS_ROOM = 40;
/** Below this plot width, labels get a third line. */
const NARROW_PX = 600;

export interface RowLayout {
  readonly rowHeight: number;
  readonly maxLines: number;
  /** Size of the row labels. */
  readonly labelPx: number;
}

const WIDE: RowLayout = { rowHeight: 52, maxLines: 2, labelPx: 13 };
const NARROW: RowLayout = { rowHeight: 70, maxLines: 3, labelPx: 13 };

/**
 * The row layout for the container's width and the page's text size (rows grow with their labels
 * on a projector), and the ResponsiveContainer callback that tracks the width.
 */
export function useRowLayout(): { layout: RowLayout; onResize: (width: number) => void } {
  const [narrow, setNarrow] = useState(false);
  const onResize = useCallback((width: number) => setNarrow(width > 0 && width < NARROW_PX), []);
  const { scale, labelPx } = useChartFont();
  const base = narrow ? NARROW : WIDE;
  const layout = scale === 1 ? base : { ...base, rowHeight: Math.round(base.rowHeight * scale), labelPx };
  return { layout, onResize };
}

export function rowsHeight(rows: number, layout: RowLayout): number {
  return rows * layout.rowHeight + AXIS_ROOM;
}

/** Bars are drawn at the bottom of their row, leaving the top for the label. */
function barShift(layout: RowLayout): number {
  return layout.rowHeight / 2 - BAR_SIZE / 2 - 6;
}

export interface RowLabelProps {
  /** Row text by category key. */
  readonly labels: ReadonlyMap<string, { readonly text: string; readonly strong?: boolean }>;
  readonly layout: RowLayout;
  /** Injected by recharts. */
  readonly y?: number;
  readonly payload?: { readonly value?: unknown };
}

/** A category tick drawn as the row's heading, above its bar. */
export function RowLabel({ labels, layout, y, payload }: RowLabelProps) {
  const plot = usePlotArea();
  const key = payload?.value;
  const label = typeof key === 'string' ? labels.get(key) : undefined;
  if (!plot || y === undefined || !label) return null;
  return (
    <Text
      x={plot.x}
      y={y + barShift(layout) - BAR_SIZE / 2 - 4}
      width={plot.width}
      maxLines={layout.maxLines}
      verticalAnchor="end"
      textAnchor="start"
      fontSize={layout.labelPx}
      fontWeight={label.strong ? 700 : 400}
      fill={PALETTE.text}
    >
      {label.text}
    </Text>
  );
}

export interface RowBarStyle {
  readonly fill: string;
  readonly stroke?: string;
  readonly strokeWidth?: number;
  /** Draw end caps: a range from low to high. */
  readonly caps?: boolean;
}

type RowBarProps = Pick<BarShapeProps, 'x' | 'y' | 'width' | 'height'> & {
  style: RowBarStyle;
  layout: RowLayout;
};

/** A bar shape moved to the bottom of its row, at least 2 px wide so tiny figures still show. */
export function RowBar({ x, y, width, height, style, layout }: RowBarProps) {
  const top = y + barShift(layout);
  const w = Math.max(width, 2);
  return (
    <g>
      <rect
        x={x}
        y={top}
        width={w}
        height={height}
        fill={style.fill}
        stroke={style.stroke}
        strokeWidth={style.strokeWidth ?? 0}
      />
      {style.caps ? (
        <g stroke={PALETTE.text} strokeWidth={2}>
          <line x1={x} y1={top - 3} x2={x} y2={top + height + 3} />
          <line x1={x + w} y1={top - 3} x2={x + w} y2={top + height + 3} />
        </g>
      ) : null}
    </g>
  );
}
