/**
 * The fan chart's legend: a key for the median line and for each band (fill and edge), told apart by
 * line, shading and edge style, not colour alone.
 */
import type { MessageKey } from '../../i18n';
import { useI18n } from '../useI18n';
import { PALETTE } from './palette';

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

export function FanLegend() {
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
