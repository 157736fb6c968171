/**
 * Chart text follows the page's text size (16 px, 19 px on a projector): SVG text in recharts is
 * sized in pixels, so the root font size is read here and kept current as the window changes.
 */
import { useSyncExternalStore } from 'react';
import { PALETTE } from './palette';

const FALLBACK_PX = 16;
let rootPx: number | undefined;

function readRootPx(): number {
  if (typeof document === 'undefined') return FALLBACK_PX;
  const px = parseFloat(getComputedStyle(document.documentElement).fontSize);
  return Number.isFinite(px) && px > 0 ? px : FALLBACK_PX;
}

function subscribe(onChange: () => void): () => void {
  const update = () => {
    const px = readRootPx();
    if (px !== rootPx) {
      rootPx = px;
      onChange();
    }
  };
  window.addEventListener('resize', update);
  return () => window.removeEventListener('resize', update);
}

function snapshot(): number {
  rootPx ??= readRootPx();
  return rootPx;
}

export interface ChartFont {
  /** The page's text size over the default 16 px (1, or 1.1875 on a projector). */
  readonly scale: number;
  /** Axis ticks and reference-line labels: 0.875 rem (14 px at 16 px). */
  readonly tickPx: number;
  /** Row labels of the bar charts: 0.8125 rem (13 px at 16 px). */
  readonly labelPx: number;
  readonly tick: { readonly fontSize: number; readonly fill: string };
}

const cache = new Map<number, ChartFont>();

/** Text sizes for the charts at the page's current root font size (one object per size). */
export function useChartFont(): ChartFont {
  const px = useSyncExternalStore(subscribe, snapshot, () => FALLBACK_PX);
  let text = cache.get(px);
  if (!text) {
    const tickPx = Math.round(px * 0.875 * 10) / 10;
    text = {
      scale: px / FALLBACK_PX,
      tickPx,
      labelPx: Math.round(px * 0.8125 * 10) / 10,
      tick: { fontSize: tickPx, fill: PALETTE.text },
    };
    cache.set(px, text);
  }
  return text;
}
