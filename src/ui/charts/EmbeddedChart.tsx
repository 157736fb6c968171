/** One chart of a scenario, chosen by its embed name: what an embedded page draws. */
import { useMemo } from 'react';
import type { Dollars, ScenarioResult } from '../../core';
import type { EmbedChart } from '../embed/embedCharts';
import { useI18n } from '../useI18n';
import { BudgetChart } from './BudgetChart';
import { CumulativeChart } from './CumulativeChart';
import { EstimatesChart } from './EstimatesChart';
import { GdpChart } from './GdpChart';
import { resultSeries, type DisplayCurrency } from './series';
import { YearlyChart } from './YearlyChart';

export interface EmbeddedChartProps {
  readonly chart: EmbedChart;
  readonly result: ScenarioResult;
  readonly currency: DisplayCurrency;
  readonly dollars: Dollars;
}

export function EmbeddedChart({ chart, result, currency, dollars }: EmbeddedChartProps) {
  const { lang } = useI18n();
  const series = useMemo(
    () => resultSeries(result, currency, dollars, lang),
    [result, currency, dollars, lang],
  );
  switch (chart) {
    case 'yearly':
      return <YearlyChart series={series} />;
    case 'cumulative':
      return <CumulativeChart series={series} />;
    case 'budget':
      return <BudgetChart series={series} />;
    case 'gdp':
      return <GdpChart series={series} />;
    case 'estimates': {
      const { estimate, label, usd } = result.base;
      return (
        <EstimatesChart
          selectedId={estimate?.id}
          fx={result.scenario.fx}
          {...(estimate ? {} : { custom: { label, usd } })}
        />
      );
    }
  }
}
