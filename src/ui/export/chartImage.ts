/**
 * A chart as an image that stands on its own away from the page (after Our World in Data's grapher):
 * the title with its units, the scenario's name and sentence, the drawing, the legend, the money's
 * currency and dollars, and the source line, composed into one SVG. Text stays text; the font is the
 * page's own family names (system fonts), nothing is fetched. rasterize.ts makes the PNG.
 *
 * The drawing is the chart's own SVG (recharts' or YearPlot's), cloned at the moment of the download
 * (cloneDrawing.ts); the text's styles and wrap are in imageText.ts, the legend's places in legendLayout.ts.
 */

import { cloneDrawing, svgSize } from './cloneDrawing';
import { legendLayout } from './legendLayout';
import { BODY, LEGEND, measurer, NAME, SMALL, TITLE, wrap, type Measure, type TextStyle } from './imageText';

const SVG_NS = 'http://www.w3.org/2000/svg';
const PAD = 20;
/** Narrower drawings (a phone) still get room for readable title lines. */
const MIN_INNER = 480;

export interface ImageText {
  readonly title: string;
  /** Read by screen readers in place of the drawing: the SVG's <desc>. */
  readonly summary: string;
  readonly name: string;
  readonly sentence: string;
  readonly note: string;
  readonly units: string;
  readonly source: string;
}

export interface LegendEntry {
  /** The legend's own swatch (a small SVG), drawn as is. */
  readonly swatch: SVGSVGElement | null;
  readonly label: string;
}

export interface ChartImage {
  readonly svg: string;
  /** CSS pixels; the PNG is PNG_SCALE times larger. */
  readonly width: number;
  readonly height: number;
}

function el(name: string, attrs: Record<string, string | number>): SVGElement {
  const node = document.createElementNS(SVG_NS, name);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  return node;
}

/** Lines of text from `top`; returns the y under them. */
function addLines(root: SVGElement, lines: readonly string[], style: TextStyle, top: number): number {
  lines.forEach((line, i) => {
    const text = el('text', {
      x: PAD,
      y: top + i * style.lineHeight + style.size,
      'font-size': style.size,
      'font-weight': style.weight,
      fill: style.fill,
    });
    text.textContent = line;
    root.append(text);
  });
  return top + lines.length * style.lineHeight;
}

/** The legend as a row of swatch + words, wrapping (legendLayout.ts); returns the y under it. */
function addLegend(
  root: SVGElement,
  legend: readonly LegendEntry[],
  inner: number,
  top: number,
  measure: Measure,
): number {
  const sizes = legend.map(({ swatch, label }) => ({
    swatch: swatch && svgSize(swatch),
    labelWidth: measure(label, LEGEND),
  }));
  const { places, bottom } = legendLayout(sizes, PAD, inner, top, LEGEND.lineHeight);
  legend.forEach(({ swatch, label }, i) => {
    const place = places[i];
    if (!place) return;
    if (swatch && place.swatch) {
      const copy = swatch.cloneNode(true) as SVGSVGElement;
      copy.setAttribute('x', String(place.swatch.x));
      copy.setAttribute('y', String(place.swatch.y));
      root.append(copy);
    }
    const text = el('text', { ...place.text, 'font-size': LEGEND.size, fill: LEGEND.fill });
    text.textContent = label;
    root.append(text);
  });
  return bottom;
}

/** Composes the standalone SVG of a chart. */
export function buildChartImage(
  plot: SVGSVGElement,
  legend: readonly LegendEntry[],
  text: ImageText,
  fontFamily: string,
): ChartImage {
  const measure = measurer(fontFamily);
  const drawing = svgSize(plot);
  const inner = Math.max(drawing.width, MIN_INNER);
  const width = inner + 2 * PAD;
  const root = el('svg', { xmlns: SVG_NS, width, 'font-family': fontFamily });
  const background = el('rect', { width: '100%', height: '100%', fill: '#ffffff' });
  const title = el('title', {});
  title.textContent = text.title;
  const desc = el('desc', {});
  desc.textContent = text.summary;
  root.append(title, desc, background);

  let y = PAD - 4;
  y = addLines(root, wrap(text.title, inner, TITLE, measure), TITLE, y);
  if (text.name) y = addLines(root, wrap(text.name, inner, NAME, measure), NAME, y + 4);
  if (text.sentence) y = addLines(root, wrap(text.sentence, inner, BODY, measure), BODY, y);
  if (text.note) y = addLines(root, wrap(text.note, inner, BODY, measure), BODY, y);
  y += 10;

  const nested = cloneDrawing(plot);
  nested.setAttribute('x', String(PAD));
  nested.setAttribute('y', String(y));
  nested.setAttribute('width', String(drawing.width));
  nested.setAttribute('height', String(drawing.height));
  nested.removeAttribute('class');
  root.append(nested);
  y += drawing.height + 8;

  y = addLegend(root, legend, inner, y, measure);
  y += 6;
  if (text.units) y = addLines(root, wrap(text.units, inner, SMALL, measure), SMALL, y);
  if (text.source) y = addLines(root, wrap(text.source, inner, SMALL, measure), SMALL, y);
  const height = Math.ceil(y + PAD - 4);
  root.setAttribute('height', String(height));
  root.setAttribute('viewBox', `0 0 ${width} ${height}`);
  return { svg: new XMLSerializer().serializeToString(root), width, height };
}
