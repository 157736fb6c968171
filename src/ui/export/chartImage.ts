/**
 * A chart as an image that stands on its own away from the page (after Our World in Data's grapher):
 * the title with its units, the scenario's name and sentence, the drawing, the legend, the money's
 * currency and dollars, and the source line, composed into one SVG. Text stays text; the font is the
 * page's own family names (system fonts), nothing is fetched. rasterize.ts makes the PNG.
 *
 * The drawing is the chart's own SVG (recharts' or YearPlot's), cloned at the moment of the download with each element's
 * computed style written inline (the stylesheet does not travel with the file).
 */

const SVG_NS = 'http://www.w3.org/2000/svg';
const PAD = 20;
/** Narrower drawings (a phone) still get room for readable title lines. */
const MIN_INNER = 480;
const TEXT = '#1a1a1a';
const MUTED = '#4a4a4a';

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

interface TextStyle {
  readonly size: number;
  readonly weight: number;
  readonly fill: string;
  readonly lineHeight: number;
}

const TITLE: TextStyle = { size: 18, weight: 700, fill: TEXT, lineHeight: 24 };
const NAME: TextStyle = { size: 14, weight: 700, fill: TEXT, lineHeight: 20 };
const BODY: TextStyle = { size: 13, weight: 400, fill: MUTED, lineHeight: 18 };
const SMALL: TextStyle = { size: 12, weight: 400, fill: MUTED, lineHeight: 17 };
const LEGEND: TextStyle = { size: 13, weight: 400, fill: TEXT, lineHeight: 22 };

type Measure = (text: string, style: TextStyle) => number;

/** Text width from the canvas's metrics with the page's font; a fair estimate where there is no canvas. */
function measurer(fontFamily: string): Measure {
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

/** Style properties that decide how an SVG element looks; written inline on the clone. */
const STYLE_PROPS = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-opacity',
  'stroke-linejoin',
  'paint-order',
  'opacity',
  'visibility',
] as const;
const TEXT_PROPS = ['font-family', 'font-size', 'font-weight', 'font-style'] as const;

/** The drawing with its computed styles inline, without the hover cursor and active dots. */
export function cloneDrawing(plot: SVGSVGElement): SVGSVGElement {
  const clone = plot.cloneNode(true) as SVGSVGElement;
  const from = [plot, ...plot.querySelectorAll('*')];
  const to = [clone, ...clone.querySelectorAll('*')];
  from.forEach((source, i) => {
    const target = to[i];
    if (!target) return;
    const computed = getComputedStyle(source);
    const props =
      source.tagName === 'text' || source.tagName === 'tspan' ? [...STYLE_PROPS, ...TEXT_PROPS] : STYLE_PROPS;
    const style = props
      .map((p) => [p, computed.getPropertyValue(p)] as const)
      // A pattern fill stays the element's own url(#id) attribute (a computed url may be absolute).
      .filter(([, v]) => v !== '' && !v.startsWith('url('))
      .map(([p, v]) => `${p}:${v}`)
      .join(';');
    if (style) target.setAttribute('style', style);
    target.removeAttribute('tabindex');
  });
  clone
    .querySelectorAll('.recharts-tooltip-cursor, .recharts-active-dot, .chart-hover')
    .forEach((n) => n.remove());
  return clone;
}

function size(svg: SVGSVGElement): { width: number; height: number } {
  const box = svg.getBoundingClientRect();
  const width = box.width || Number(svg.getAttribute('width')) || 640;
  const height = box.height || Number(svg.getAttribute('height')) || 300;
  return { width: Math.round(width), height: Math.round(height) };
}

/** The legend as a row of swatch + words, wrapping; returns the y under it. */
function addLegend(
  root: SVGElement,
  legend: readonly LegendEntry[],
  inner: number,
  top: number,
  measure: Measure,
): number {
  let x = PAD;
  let y = top;
  for (const { swatch, label } of legend) {
    const w = swatch ? size(swatch).width : 0;
    const itemWidth = w + 6 + measure(label, LEGEND) + 18;
    if (x > PAD && x + itemWidth > PAD + inner) {
      x = PAD;
      y += LEGEND.lineHeight;
    }
    if (swatch) {
      const copy = swatch.cloneNode(true) as SVGSVGElement;
      const h = size(swatch).height;
      copy.setAttribute('x', String(x));
      copy.setAttribute('y', String(y + (LEGEND.lineHeight - h) / 2));
      root.append(copy);
    }
    const text = el('text', { x: x + w + 6, y: y + 15, 'font-size': LEGEND.size, fill: LEGEND.fill });
    text.textContent = label;
    root.append(text);
    x += itemWidth;
  }
  return legend.length > 0 ? y + LEGEND.lineHeight : top;
}

/** Composes the standalone SVG of a chart. */
export function buildChartImage(
  plot: SVGSVGElement,
  legend: readonly LegendEntry[],
  text: ImageText,
  fontFamily: string,
): ChartImage {
  const measure = measurer(fontFamily);
  const drawing = size(plot);
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
