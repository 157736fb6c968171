/**
 * Where a chart image's legend items go: a row of swatch + words from the left edge, starting a new
 * row when the next item would pass the image's inner width. Pure arithmetic, in CSS pixels.
 */

/** The measured size of one legend item: its swatch (none for a words-only item) and its words. */
export interface LegendItemSize {
  readonly swatch: { readonly width: number; readonly height: number } | null;
  readonly labelWidth: number;
}

export interface LegendItemPlace {
  /** Top left of the swatch, when there is one. */
  readonly swatch: { readonly x: number; readonly y: number } | null;
  /** Start of the words' baseline. */
  readonly text: { readonly x: number; readonly y: number };
}

/** Gap between a swatch and its words, and space after the words before the next item. */
const SWATCH_GAP = 6;
const ITEM_GAP = 18;
/** Baseline of the words below the top of their row. */
const BASELINE = 15;

/**
 * Places legend items from (`left`, `top`) within `inner` pixels, rows `lineHeight` apart;
 * `bottom` is the y under the last row, or `top` when there are no items.
 */
export function legendLayout(
  items: readonly LegendItemSize[],
  left: number,
  inner: number,
  top: number,
  lineHeight: number,
): { places: LegendItemPlace[]; bottom: number } {
  let x = left;
  let y = top;
  const places = items.map(({ swatch, labelWidth }) => {
    const w = swatch ? swatch.width : 0;
    const itemWidth = w + SWATCH_GAP + labelWidth + ITEM_GAP;
    if (x > left && x + itemWidth > left + inner) {
      x = left;
      y += lineHeight;
    }
    const place: LegendItemPlace = {
      swatch: swatch && { x, y: y + (lineHeight - swatch.height) / 2 },
      text: { x: x + w + SWATCH_GAP, y: y + BASELINE },
    };
    x += itemWidth;
    return place;
  });
  return { places, bottom: items.length > 0 ? y + lineHeight : top };
}
