/** Shared drawing pieces: hatch patterns, legend swatches, axis and tooltip styles. */
import { useId, type CSSProperties } from 'react';
import type { Lazy, Tip } from './describe';
import { PALETTE } from './palette';

/** Height of the yearly charts; tall enough to read on a projector, short enough for a phone. */
export const CHART_HEIGHT = 300;
export const TOOLTIP_STYLE: {
  contentStyle: CSSProperties;
  labelStyle: CSSProperties;
  itemStyle: CSSProperties;
} = {
  contentStyle: {
    fontSize: 14,
    border: `1px solid ${PALETTE.mutedText}`,
    whiteSpace: 'normal',
    maxWidth: 320,
  },
  labelStyle: { fontWeight: 600, color: PALETTE.text },
  itemStyle: { color: PALETTE.text },
};
export const MARGIN = { top: 8, right: 16, bottom: 4, left: 4 } as const;
/** The band behind the hovered year in a bar chart. */
export const BAR_CURSOR = { fill: PALETTE.grid, fillOpacity: 0.4 } as const;
/** Room at both ends of a line or area chart's year axis, so the end dots are not cut. */
export const X_PADDING = { left: 12, right: 12 } as const;

/** A document-unique id safe inside SVG `url(#…)` references (React's ids contain punctuation). */
export function useSvgId(prefix: string): string {
  return `${prefix}-${useId().replace(/[^A-Za-z0-9_-]/g, '')}`;
}

/** Diagonal white stripes over `colour`: marks a series without relying on colour alone. */
export function HatchPattern({ id, colour }: { id: string; colour: string }) {
  return (
    <pattern id={id} patternUnits="userSpaceOnUse" width={8} height={8} patternTransform="rotate(45)">
      <rect width={8} height={8} fill={colour} />
      <line x1={0} y1={0} x2={0} y2={8} stroke={PALETTE.background} strokeWidth={3} />
    </pattern>
  );
}

export interface SwatchSpec {
  readonly colour: string;
  readonly hatched?: boolean;
  readonly outlined?: boolean;
  /** A line rather than a block (reference lines). */
  readonly dashed?: boolean;
}

/** A legend key drawn as its own tiny SVG (no shared pattern ids needed). */
export function Swatch({ colour, hatched, outlined, dashed }: SwatchSpec) {
  if (dashed) {
    return (
      <svg width={24} height={16} aria-hidden="true" focusable="false">
        <line x1={0} y1={8} x2={24} y2={8} stroke={colour} strokeWidth={2} strokeDasharray="6 3" />
      </svg>
    );
  }
  return (
    <svg width={16} height={16} aria-hidden="true" focusable="false">
      <rect
        x={1}
        y={1}
        width={14}
        height={14}
        fill={colour}
        stroke={outlined ? PALETTE.highlightOutline : colour}
        strokeWidth={outlined ? 2 : 1}
      />
      {hatched ? (
        <g stroke={PALETTE.background} strokeWidth={2}>
          <line x1={1} y1={9} x2={9} y2={1} />
          <line x1={1} y1={15} x2={15} y2={1} />
          <line x1={7} y1={15} x2={15} y2={7} />
        </g>
      ) : null}
    </svg>
  );
}

export interface LegendItem extends SwatchSpec {
  readonly label: string;
}

/** An HTML legend: swatch plus words, so colour is never the only cue. */
export function ChartLegend({ items }: { items: readonly LegendItem[] }) {
  return (
    <ul className="chart-legend">
      {items.map(({ label, ...swatch }) => (
        <li key={label}>
          <Swatch {...swatch} />
          <span>{label}</span>
        </li>
      ))}
    </ul>
  );
}

/** Tooltip content from prepared lines (units included), looked up by the hovered category. */
export function TipContent({
  tips,
  active,
  label,
}: {
  tips: Lazy<ReadonlyMap<string, Tip>>;
  active?: boolean;
  label?: unknown;
}) {
  const tip =
    active && (typeof label === 'string' || typeof label === 'number')
      ? tips().get(String(label))
      : undefined;
  if (!tip) return null;
  return (
    <div style={{ ...TOOLTIP_STYLE.contentStyle, background: PALETTE.background, padding: 8 }}>
      <p style={{ ...TOOLTIP_STYLE.labelStyle, margin: 0 }}>{tip.title}</p>
      {tip.lines.map((line) => (
        <p key={line} style={{ ...TOOLTIP_STYLE.itemStyle, margin: 0 }}>
          {line}
        </p>
      ))}
    </div>
  );
}
