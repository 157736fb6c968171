/** Charts: the only place recharts is imported. Components draw series computed in series.ts. */
import { whenVisible } from './WhenVisible';
export { ResultCharts, type ResultChartsProps } from './ResultCharts';
export { EstimatesChart, type EstimatesChartProps } from './EstimatesChart';
export { CompareChart, type CompareChartProps } from './CompareChart';
import { FanChart as DrawFanChart } from './FanChart';
export { type FanChartProps, type FanYear } from './FanChart';
import { TornadoChart as DrawTornadoChart } from './TornadoChart';
export { type TornadoChartProps, type TornadoRow } from './TornadoChart';
export type { DisplayCurrency } from './series';

/** The uncertainty charts redraw only while on screen (see WhenVisible.tsx). */
export const FanChart = whenVisible(DrawFanChart);
export const TornadoChart = whenVisible(DrawTornadoChart);
