/**
 * The text of a chart image: its type styles, how wide a line is in the page's font, and the word
 * wrap that fits a line to the image's width.
 */

const TEXT = '#1a1a1a';
const MUTED = '#4a4a4a';

export interface TextStyle {
  readonly size: number;
  readonly weight: number;
  readonly fill: string;
  readonly lineHeight: number;
}

export const TITLE: TextStyle = { size: 18, weight: 700, fill: TEXT, lineHeight: 24 };
export const NAME: TextStyle = { size: 14, weight: 700, fill: TEXT, lineHeight: 20 };
export const BODY: TextStyle = { size: 13, weight: 400, fill: MUTED, lineHeight: 18 };
export const SMALL: TextStyle = { size: 12, weight: 400, fill: MUTED, lineHeight: 17 };
export const LEGEND: TextStyle = { size: 13, weight: 400, fill: TEXT, lineHeight: 22 };

/** The width in CSS pixels of `text` set in `style`. */
export type Measure = (text: string, style: TextStyle) => number;

/** Text width from the canvas's metrics with the page's font; a fair estimate where there is no canvas. */
export function measurer(fontFamily: string): Measure {
  const ctx = /jsdom/i.test(navigator.userAgent) ? null : document.createElement('canvas').getContext('2d');
  return (text, style) => {
    if (!ctx) return text.length * style.size * 0.55;
    ctx.font = `${style.weight} ${style.size}px ${fontFamily}`;
    return ctx.measureText(text).width;
  };
}

/** Greedy word wrap (no-break spaces stay inside words). */
export function wrap(text: string, width: number, style: TextStyle, measure: Measure): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ').filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (line && measure(next, style) > width) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}
