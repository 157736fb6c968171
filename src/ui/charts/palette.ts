/**
 * Okabe–Ito colours (safe for the common colour-vision deficiencies), with greys chosen for WCAG
 * AA contrast on white: text at least 4.5:1, bars and lines at least 3:1. The highlight orange is
 * too light on its own (2.2:1), so a highlighted bar always carries a black outline and a text marker.
 */
export const PALETTE = {
  us: '#0072B2',
  canada: '#D55E00',
  highlight: '#E69F00',
  highlightOutline: '#000000',
  neutral: '#767676',
  text: '#1A1A1A',
  mutedText: '#595959',
  grid: '#D9D9D9',
  reference: '#1A1A1A',
  background: '#FFFFFF',
} as const;

/** Colours that carry meaning in a chart and must reach 3:1 against white (WCAG 1.4.11). */
export const GRAPHIC_COLOURS = ['us', 'canada', 'neutral', 'highlightOutline', 'reference'] as const;
/** Colours used for text, which must reach 4.5:1 against white (WCAG 1.4.3). */
export const TEXT_COLOURS = ['text', 'mutedText', 'us'] as const;

function channel(hex: string, offset: number): number {
  const c = parseInt(hex.slice(offset, offset + 2), 16) / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

/** WCAG relative luminance of a #RRGGBB colour. */
export function luminance(hex: string): number {
  return 0.2126 * channel(hex, 1) + 0.7152 * channel(hex, 3) + 0.0722 * channel(hex, 5);
}

/** WCAG contrast ratio between two #RRGGBB colours (1 to 21). */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}
