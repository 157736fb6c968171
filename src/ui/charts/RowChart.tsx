/**
 * The frame of a horizontal bar chart with labelled rows (estimates, comparison, tornado): a
 * responsive container, one row per datum with its label above the bar, a value axis in billions
 * and a tooltip. The caller supplies the SVG defs and the bars (and any reference line).
 */
import type { ReactNode } from 'react';
import { BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { Lang } from '../../i18n';
import { PALETTE } from './palette';
import { BAR_SIZE, RowLabel, type RowLabelProps, type RowLayout } from './rows';
import type { Lazy, Tip } from './describe';
import { useChartFont } from './chartFont';
import { TipContent } from './visuals';
import { tickBn } from '../../i18n';

export interface RowChartProps<T extends { readonly key: string }> {
  readonly data: readonly T[];
  readonly height: number;
  readonly layout: RowLayout;
  readonly onResize: (width: number) => void;
  readonly labels: RowLabelProps['labels'];
  readonly tips: Lazy<ReadonlyMap<string, Tip>>;
  readonly lang: Lang;
  /** Patterns the bars refer to (hatching). */
  readonly defs: ReactNode;
  /** The value axis's domain, when not recharts' automatic one. */
  readonly domain?: readonly [number, number];
  /** A logarithmic value axis with these ticks (powers of ten spanning the domain). */
  readonly logTicks?: readonly number[];
  readonly className?: string;
  /** The bars (and, for the tornado, its reference line). */
  readonly children: ReactNode;
}

export function RowChart<T extends { readonly key: string }>(props: RowChartProps<T>) {
  const { data, height, layout, onResize, labels, tips, lang, defs, domain, logTicks, className, children } =
    props;
  const font = useChartFont();
  return (
    <ResponsiveContainer
      {...(className ? { className } : {})}
      width="100%"
      height={height}
      initialDimension={{ width: 640, height }}
      onResize={onResize}
    >
      <BarChart
        data={data}
        layout="vertical"
        margin={{ top: 0, right: 16, bottom: 4, left: 4 }}
        barSize={BAR_SIZE}
        accessibilityLayer={false}
      >
        <defs>{defs}</defs>
        <CartesianGrid horizontal={false} stroke={PALETTE.grid} />
        <XAxis
          type="number"
          {...(domain ? { domain: [...domain] } : {})}
          {...(logTicks ? { scale: 'log', ticks: [...logTicks], allowDataOverflow: true } : {})}
          tick={font.tick}
          tickFormatter={(v: number) => tickBn(v, lang)}
        />
        <YAxis
          type="category"
          dataKey="key"
          width={1}
          interval={0}
          axisLine={false}
          tickLine={false}
          tick={<RowLabel labels={labels} layout={layout} />}
        />
        <Tooltip cursor={false} content={<TipContent tips={tips} />} />
        {children}
      </BarChart>
    </ResponsiveContainer>
  );
}
