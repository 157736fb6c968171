/** The four charts of one scenario, from one set of series. */
import { useMemo } from 'react';
import type { Dollars, ScenarioResult } from '../../core';
import { BudgetChart } from './BudgetChart';
import { CumulativeChart } from './CumulativeChart';
import { GdpChart } from './GdpChart';
import { useI18n } from '../useI18n';
import { resultSeries, type DisplayCurrency } from './series';
import { YearlyChart } from './YearlyChart';

export interface ResultChartsProps {
  readonly result: ScenarioResult;
  readonly currency: DisplayCurrency;
  readonly dollars: Dollars;
}

export function ResultCharts({ result, currency, dollars }: ResultChartsProps) {
  const { lang } = useI18n();
  const series = useMemo(
    () => resultSeries(result, currency, dollars, lang),
    [result, currency, dollars, lang],
  );
  return (
    <div className="result-charts">
      <YearlyChart series={series} />
      <CumulativeChart series={series} />
      <BudgetChart series={series} />
      <GdpChart series={series} />
    </div>
  );
}
