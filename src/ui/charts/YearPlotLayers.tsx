/**
 * The data layers of a YearPlot: stacked columns, lines over them, bands and an area. Each element is keyed by series and
 * year, so a redraw moves rectangles and dots instead of rebuilding them; the shapes come from
 * yearPlotShapes.ts.
 */
import { PALETTE } from './palette';
import {
  areaPaths,
  bandPaths,
  stackColumns,
  stepPath,
  type AreaLayer,
  type BandLayer,
  type BarLayer,
  type LineLayer,
} from './yearPlotShapes';
import type { YearScale } from './yearScale';

/** Stacked columns, one per year and series; each keyed by both, so a redraw moves rectangles. */
export function Columns({
  years,
  layers,
  scale,
}: {
  years: readonly number[];
  layers: readonly BarLayer[];
  scale: YearScale;
}) {
  const stacks = stackColumns(years, layers, scale);
  return (
    <g className="year-plot-columns">
      {layers.map((layer, l) => (
        <g key={layer.key} fill={layer.fill} stroke={layer.stroke}>
          {stacks[l]?.map((r) => (
            <rect key={r.year} x={r.x} y={r.y} width={r.width} height={r.height} />
          ))}
        </g>
      ))}
    </g>
  );
}

/** Step lines across each year's column band, each labelled right of the plot. */
export function Lines({
  years,
  layers,
  scale,
  fontPx,
}: {
  years: readonly number[];
  layers: readonly LineLayer[];
  scale: YearScale;
  fontPx: number;
}) {
  return (
    <g className="year-plot-lines">
      {layers.map((layer) => {
        const path = stepPath(years, layer.values, scale);
        if (!path) return null;
        const last = layer.values[years.length - 1] ?? 0;
        return (
          <g key={layer.key}>
            <path
              d={path}
              fill="none"
              stroke={layer.colour}
              strokeWidth={2}
              strokeDasharray={layer.dashed ? '6 3' : undefined}
            />
            {layer.label ? (
              <text
                x={scale.right + 4}
                y={scale.y(last)}
                dominantBaseline="middle"
                fontSize={fontPx}
                fill={PALETTE.text}
              >
                {layer.label}
              </text>
            ) : null}
          </g>
        );
      })}
    </g>
  );
}

/** A filled band between two lines, each edge stroked (dashed or solid). */
export function Band({
  years,
  layer,
  scale,
}: {
  years: readonly number[];
  layer: BandLayer;
  scale: YearScale;
}) {
  const paths = bandPaths(years, layer, scale);
  if (!paths) return null;
  const edge = {
    fill: 'none',
    stroke: layer.edge,
    strokeWidth: 1.5,
    strokeDasharray: layer.dashed ? '4 3' : undefined,
  };
  return (
    <g className="year-plot-band">
      <path d={paths.fill} fill={layer.fill} stroke="none" />
      <path d={paths.top} {...edge} />
      <path d={paths.bottom} {...edge} />
    </g>
  );
}

/** A line through each year's value with a dot per year, over a light fill down to zero unless not `filled`. */
export function Area({
  years,
  layer,
  scale,
  hovered,
}: {
  years: readonly number[];
  layer: AreaLayer;
  scale: YearScale;
  hovered: number | undefined;
}) {
  const paths = areaPaths(years, layer.values, scale);
  if (!paths) return null;
  return (
    <g className={layer.filled === false ? 'year-plot-line' : 'year-plot-area'}>
      {layer.filled === false ? null : (
        <path d={paths.fill} fill={layer.colour} fillOpacity={0.2} stroke="none" />
      )}
      <path d={paths.line} fill="none" stroke={layer.colour} strokeWidth={3} />
      {years.map((year, i) => (
        <circle
          key={year}
          cx={scale.x(i)}
          cy={scale.y(layer.values[i] ?? 0)}
          r={3}
          fill={layer.colour}
          stroke={layer.colour}
          strokeWidth={3}
        />
      ))}
      {hovered !== undefined ? (
        <circle
          className="chart-hover"
          cx={scale.x(hovered)}
          cy={scale.y(layer.values[hovered] ?? 0)}
          r={5}
          fill={layer.colour}
          stroke={PALETTE.background}
          strokeWidth={2}
        />
      ) : null}
    </g>
  );
}
