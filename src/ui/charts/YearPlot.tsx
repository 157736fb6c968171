/**
 * The drawing of a chart over years (the calculator's four result charts): stacked columns or an
 * area, a value axis from zero, reference lines, and a tooltip for the year under the pointer.
 *
 * Drawn as plain SVG rather than with recharts: these four charts redraw on every step of a slider,
 * and a recharts chart spends about 20 ms of a 2-core machine's time per redraw in its own store and
 * selectors (measured: four minimal recharts bar charts are as slow as these four full ones), which
 * alone would miss the 50 ms budget. Each element here is keyed by series and year, so a step of the
 * slider changes attributes instead of rebuilding the drawing. Charts that do not follow a slider
 * (estimates, comparison, uncertainty) stay recharts.
 */
import { memo, useCallback, useState, type PointerEvent, type ReactNode } from 'react';
import { useChartFont } from './chartFont';
import type { Lazy, Tip } from './describe';
import { PALETTE } from './palette';
import { useElementWidth } from './useElementWidth';
import { useValueAxis } from './useValueAxis';
import { BAR_CURSOR, MARGIN, TipContent, X_PADDING } from './visuals';
import { labelled, yearLabelStep, yearScale, type Margin } from './yearScale';

/** One series of a stack of columns, bottom first. */
export interface BarLayer {
  readonly key: string;
  readonly values: readonly number[];
  readonly fill: string;
  readonly stroke?: string;
}

/** A line through each year's value with a dot per year, over a light fill down to zero unless `filled` is false. */
export interface AreaLayer {
  readonly values: readonly number[];
  readonly colour: string;
  readonly filled?: boolean;
}

/** A band between a low and a high value per year (a range of outcomes), both edges drawn. */
export interface BandLayer {
  readonly key: string;
  readonly low: readonly number[];
  readonly high: readonly number[];
  readonly fill: string;
  readonly edge: string;
  readonly dashed?: boolean;
}

/** A dashed horizontal line with its label right of the plot (the NATO targets). */
export interface ReferenceLine {
  readonly value: number;
  readonly label: string;
}

export interface YearPlotProps {
  readonly years: readonly number[];
  readonly bars?: readonly BarLayer[];
  /** Bands, drawn first to last, under the area. */
  readonly bands?: readonly BandLayer[];
  readonly area?: AreaLayer;
  readonly lines?: readonly ReferenceLine[];
  /** The largest value to fit; the axis ends on the first round tick at or above it. */
  readonly max: number;
  readonly unit: 'bn' | 'pct';
  /** Tooltip text by year. */
  readonly tips: Lazy<ReadonlyMap<string, Tip>>;
  /** Patterns the fills refer to. */
  readonly defs?: ReactNode;
  readonly margin?: Margin;
  readonly height: number;
}

/** Height of the year labels' row, at 16 px text (recharts' default axis height). */
const YEAR_AXIS_PX = 30;
/** Gap between the tooltip and the hovered year. */
const TIP_GAP = 12;

export const YearPlot = memo(function YearPlot(props: YearPlotProps) {
  const { years, bars, bands, area, lines, max, unit, tips, defs, margin = MARGIN, height } = props;
  const font = useChartFont();
  const axis = useValueAxis(max, unit);
  const { ref, width } = useElementWidth<HTMLDivElement>();
  const [hovered, setHovered] = useState<number | undefined>(undefined);
  const n = years.length;
  const scale = yearScale({
    width,
    height,
    margin,
    axisWidth: axis.width,
    yearAxisHeight: Math.round(YEAR_AXIS_PX * font.scale),
    years: n,
    max: axis.domain[1],
    ...(area || bands ? { points: { inset: X_PADDING.left } } : {}),
  });
  const step = yearLabelStep(n > 1 ? scale.x(1) - scale.x(0) : scale.band, font.tickPx);
  const tickText = { fontSize: font.tickPx, fill: font.tick.fill };

  const onPointerMove = useCallback(
    (e: PointerEvent<HTMLDivElement>) => {
      const box = e.currentTarget.getBoundingClientRect();
      const x = ((e.clientX - box.left) / Math.max(box.width, 1)) * width;
      setHovered(scale.indexAt(x));
    },
    [scale, width],
  );
  const onPointerLeave = useCallback(() => setHovered(undefined), []);
  // A hovered year that a shorter scenario no longer has shows nothing.
  const hoveredYear = hovered !== undefined && hovered < n ? hovered : undefined;

  return (
    <div
      ref={ref}
      className="year-plot"
      style={{ height }}
      onPointerMove={onPointerMove}
      onPointerDown={onPointerMove}
      onPointerLeave={onPointerLeave}
    >
      <svg
        className="year-plot-svg"
        width="100%"
        height={height}
        viewBox={`0 0 ${width} ${height}`}
        aria-hidden="true"
        focusable="false"
      >
        {defs ? <defs>{defs}</defs> : null}
        <g className="year-plot-grid" stroke={PALETTE.grid}>
          {axis.ticks.map((tick) => (
            <line key={tick} x1={scale.left} x2={scale.right} y1={scale.y(tick)} y2={scale.y(tick)} />
          ))}
        </g>
        {hoveredYear !== undefined && bars ? (
          <rect
            className="chart-hover"
            x={scale.bandStart(hoveredYear)}
            y={scale.top}
            width={scale.band}
            height={scale.bottom - scale.top}
            {...BAR_CURSOR}
          />
        ) : null}
        {hoveredYear !== undefined && !bars ? (
          <line
            className="chart-hover"
            x1={scale.x(hoveredYear)}
            x2={scale.x(hoveredYear)}
            y1={scale.top}
            y2={scale.bottom}
            stroke={PALETTE.mutedText}
          />
        ) : null}
        {bars ? <Columns years={years} layers={bars} scale={scale} /> : null}
        {bands?.map((band) => (
          <Band key={band.key} years={years} layer={band} scale={scale} />
        ))}
        {area ? <Area years={years} layer={area} scale={scale} hovered={hoveredYear} /> : null}
        {lines?.map((line) => (
          <g key={line.value} className="year-plot-reference">
            <line
              x1={scale.left}
              x2={scale.right}
              y1={scale.y(line.value)}
              y2={scale.y(line.value)}
              stroke={PALETTE.reference}
              strokeWidth={2}
              strokeDasharray="6 3"
            />
            <text
              x={scale.right + 4}
              y={scale.y(line.value)}
              dominantBaseline="middle"
              fontSize={font.tickPx}
              fill={PALETTE.text}
            >
              {line.label}
            </text>
          </g>
        ))}
        <g className="year-plot-value-axis" textAnchor="end" {...tickText}>
          <line x1={scale.left} x2={scale.left} y1={scale.top} y2={scale.bottom} stroke={PALETTE.mutedText} />
          {axis.ticks.map((tick) => (
            <line
              key={`mark-${tick}`}
              x1={scale.left - 6}
              x2={scale.left}
              y1={scale.y(tick)}
              y2={scale.y(tick)}
              stroke={PALETTE.mutedText}
            />
          ))}
          {axis.ticks.map((tick) => (
            <text key={tick} className="axis-tick" x={scale.left - 8} y={scale.y(tick)} dy="0.355em">
              {axis.tickFormatter(tick)}
            </text>
          ))}
        </g>
        <g className="year-plot-year-axis" textAnchor="middle" {...tickText}>
          <line
            x1={scale.left}
            x2={scale.right}
            y1={scale.bottom}
            y2={scale.bottom}
            stroke={PALETTE.mutedText}
          />
          {years.map((year, i) =>
            labelled(i, n, step) ? (
              <g key={year}>
                <line
                  x1={scale.x(i)}
                  x2={scale.x(i)}
                  y1={scale.bottom}
                  y2={scale.bottom + 6}
                  stroke={PALETTE.mutedText}
                />
                <text className="axis-tick" x={scale.x(i)} y={scale.bottom + 8} dy="0.71em">
                  {year}
                </text>
              </g>
            ) : null,
          )}
        </g>
      </svg>
      {hoveredYear !== undefined ? (
        <div
          className="year-plot-tip"
          style={
            scale.x(hoveredYear) < width / 2
              ? { left: `${((scale.x(hoveredYear) + TIP_GAP) / width) * 100}%` }
              : { right: `${((width - scale.x(hoveredYear) + TIP_GAP) / width) * 100}%` }
          }
        >
          <TipContent tips={tips} active label={years[hoveredYear]} />
        </div>
      ) : null}
    </div>
  );
});

type Scale = ReturnType<typeof yearScale>;

/** Stacked columns, one per year and series; each keyed by both, so a redraw moves rectangles. */
function Columns({
  years,
  layers,
  scale,
}: {
  years: readonly number[];
  layers: readonly BarLayer[];
  scale: Scale;
}) {
  const inset = (scale.band - scale.barWidth) / 2;
  const bases = years.map(() => 0);
  return (
    <g className="year-plot-columns">
      {layers.map((layer) => (
        <g key={layer.key} fill={layer.fill} stroke={layer.stroke}>
          {years.map((year, i) => {
            const value = Math.max(0, layer.values[i] ?? 0);
            const base = bases[i] ?? 0;
            bases[i] = base + value;
            const top = scale.y(base + value);
            const h = scale.y(base) - top;
            return h > 0 ? (
              <rect key={year} x={scale.bandStart(i) + inset} y={top} width={scale.barWidth} height={h} />
            ) : null;
          })}
        </g>
      ))}
    </g>
  );
}

/** The path through each year's value, left to right. */
function pathThrough(values: readonly number[], scale: Scale): string {
  return `M${values.map((v, i) => `${scale.x(i)},${scale.y(v)}`).join('L')}`;
}

/** A filled band between two lines, each edge stroked (dashed or solid). */
function Band({ years, layer, scale }: { years: readonly number[]; layer: BandLayer; scale: Scale }) {
  if (years.length === 0) return null;
  const low = years.map((_, i) => layer.low[i] ?? 0);
  const high = years.map((_, i) => layer.high[i] ?? 0);
  const top = pathThrough(high, scale);
  const bottom = pathThrough(low, scale);
  const back = low.map((v, i) => `${scale.x(i)},${scale.y(v)}`).reverse();
  const edge = {
    fill: 'none',
    stroke: layer.edge,
    strokeWidth: 1.5,
    strokeDasharray: layer.dashed ? '4 3' : undefined,
  };
  return (
    <g className="year-plot-band">
      <path d={`${top}L${back.join('L')}Z`} fill={layer.fill} stroke="none" />
      <path d={top} {...edge} />
      <path d={bottom} {...edge} />
    </g>
  );
}

/** A line through each year's value with a dot per year, over a light fill down to zero. */
function Area({
  years,
  layer,
  scale,
  hovered,
}: {
  years: readonly number[];
  layer: AreaLayer;
  scale: Scale;
  hovered: number | undefined;
}) {
  if (years.length === 0) return null;
  const line = pathThrough(
    years.map((_, i) => layer.values[i] ?? 0),
    scale,
  );
  const fill = `${line}L${scale.x(years.length - 1)},${scale.bottom}L${scale.x(0)},${scale.bottom}Z`;
  return (
    <g className={layer.filled === false ? 'year-plot-line' : 'year-plot-area'}>
      {layer.filled === false ? null : <path d={fill} fill={layer.colour} fillOpacity={0.2} stroke="none" />}
      <path d={line} fill="none" stroke={layer.colour} strokeWidth={3} />
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

export type { Margin };
