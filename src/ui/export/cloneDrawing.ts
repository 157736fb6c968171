/**
 * A chart's drawing (recharts' SVG or YearPlot's) cloned for an image that leaves the page: each
 * element's computed style written inline (the stylesheet does not travel with the file), without
 * the hover cursor and active dots.
 */

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

/** The drawn size of an SVG in whole CSS pixels (its attributes, or 640 × 300, where it has no layout). */
export function svgSize(svg: SVGSVGElement): { width: number; height: number } {
  const box = svg.getBoundingClientRect();
  const width = box.width || Number(svg.getAttribute('width')) || 640;
  const height = box.height || Number(svg.getAttribute('height')) || 300;
  return { width: Math.round(width), height: Math.round(height) };
}
