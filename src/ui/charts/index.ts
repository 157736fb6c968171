/** Charts: the only place recharts is imported. Components draw series computed in series.ts. */
export { ResultCharts, type ResultChartsProps } from './ResultCharts';
export { EstimatesChart, type EstimatesChartProps } from './EstimatesChart';
export { CompareChart, type CompareChartProps } from './CompareChart';
export { FanChart, type FanChartProps, type FanYear } from './FanChart';
export { TornadoChart, type TornadoChartProps, type TornadoRow } from './TornadoChart';
export type { DisplayCurrency } from './series';
export { EmbeddedChart, type EmbeddedChartProps } from './EmbeddedChart';
