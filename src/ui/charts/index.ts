/** Charts: the only place recharts is imported. Components draw series computed in series.ts. */
export { ResultCharts, type ResultChartsProps } from './ResultCharts';
export { EstimatesChart, type EstimatesChartProps } from './EstimatesChart';
export { CompareChart, type CompareChartProps } from './CompareChart';
export type { DisplayCurrency } from './series';
