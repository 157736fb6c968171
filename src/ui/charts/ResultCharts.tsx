/** The four charts of one scenario, from one set of series. */
import { useMemo } from 'react';
import { BudgetChart } from './BudgetChart';
import { CumulativeChart } from './CumulativeChart';
import { GdpChart } from './GdpChart';
import { useI18n } from '../useI18n';
import type { ShownResult } from '../shownResult';
import { resultSeries } from './series';
import { YearlyChart } from './YearlyChart';

export type ResultChartsProps = ShownResult;

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
