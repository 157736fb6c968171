/**
 * One tornado row's bar, split at the most likely total: the part below it solid grey, the part
 * above in the `above` style; a row with no swing at all is a thin mark at the most likely total.
 * Where each part goes is tornadoParts (tornadoSeries.ts).
 */
import type { BarShapeProps } from 'recharts';
import { PALETTE } from './palette';
import { RowBar, type RowBarStyle, type RowLayout } from './rows';
import { tornadoParts, type TornadoBar } from './tornadoSeries';

const BELOW: RowBarStyle = { fill: PALETTE.neutral };

export function TornadoShape({
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
  const parts = tornadoParts(bar, p.x, p.width);
  if (!parts.below && !parts.above) {
    return <RowBar x={p.x} y={p.y} width={0} height={p.height} style={BELOW} layout={layout} />;
  }
  const part = ({ x, width }: { x: number; width: number }, style: RowBarStyle) => (
    <RowBar x={x} y={p.y} width={width} height={p.height} style={style} layout={layout} />
  );
  return (
    <g>
      {parts.below ? part(parts.below, BELOW) : null}
      {parts.above ? part(parts.above, above) : null}
    </g>
  );
}
