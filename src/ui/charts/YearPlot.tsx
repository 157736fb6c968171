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
import { Area, Band, Columns, Lines } from './YearPlotLayers';
import {
  tipPlacement,
  yearAtPointer,
  type AreaLayer,
  type BandLayer,
  type BarLayer,
  type LineLayer,
} from './yearPlotShapes';
import { labelled, yearLabelStep, yearScale, type Margin } from './yearScale';

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
  /** Lines through each year's value, over the columns (the NATO targets as money a year). */
  readonly series?: readonly LineLayer[];
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

export const YearPlot = memo(function YearPlot(props: YearPlotProps) {
  const { years, bars, bands, area, lines, series, max, unit, tips, defs, margin = MARGIN, height } = props;
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
    (e: PointerEvent<HTMLDivElement>) =>
      setHovered(yearAtPointer(e.clientX, e.currentTarget.getBoundingClientRect(), width, scale)),
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
        {series ? <Lines years={years} layers={series} scale={scale} fontPx={font.tickPx} /> : null}
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
        <div className="year-plot-tip" style={tipPlacement(scale.x(hoveredYear), width)}>
          <TipContent tips={tips} active label={years[hoveredYear]} />
        </div>
      ) : null}
    </div>
  );
});
