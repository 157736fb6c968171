/**
 * (3) Canada's defence budget each year (held, or planned by the outlook) with its Golden Dome cost
 * stacked on top, in C$ billions, against the NATO targets (2 % and 3.5 % of each year's GDP) as lines.
 */
import { memo, useMemo } from 'react';
import { useI18n } from '../useI18n';
import { axisWidth } from './axis';
import { useChartFont } from './chartFont';
import { ChartFrame } from './ChartFrame';
import { budgetText, pledgeList } from './describeBudget';
import { PALETTE } from './palette';
import type { ResultSeries } from './series';
import { ChartLegend, CHART_HEIGHT, HatchPattern, MARGIN, useSvgId } from './visuals';
import { YearPlot } from './YearPlot';

export const BudgetChart = memo(function BudgetChart({ series }: { series: ResultSeries }) {
  const { t, lang } = useI18n();
  const font = useChartFont();
  const hatchId = useSvgId('hatch-budget');
  const text = useMemo(() => budgetText(series, lang), [series, lang]);
  // Room on the right for the longest NATO line label ("OTAN 3,5 %") at the axis text size.
  const labels = series.pledgeLines.map((l) => l.label).join('\n');
  const margin = useMemo(
    () => ({ ...MARGIN, right: axisWidth(labels.split('\n'), font.tickPx) }),
    [labels, font.tickPx],
  );
  const plot = useMemo(() => {
    const { budget } = series;
    return {
      years: budget.map((p) => p.year),
      bars: [
        { key: 'budget', values: budget.map((p) => p.budgetBn), fill: PALETTE.neutral },
        {
          key: 'goldenDome',
          values: budget.map((p) => p.goldenDomeBn),
          fill: `url(#${hatchId})`,
          stroke: PALETTE.canada,
        },
      ],
      series: series.pledgeLines.map((line, i) => ({
        key: String(line.pct),
        values: budget.map((p) => p.natoBn[i] ?? 0),
        colour: PALETTE.reference,
        dashed: true,
        label: line.label,
      })),
      max: Math.max(0, ...budget.flatMap((p) => [p.budgetBn + p.goldenDomeBn, ...p.natoBn])),
    };
  }, [series, hatchId]);
  return (
    <ChartFrame
      embed="budget"
      title={text.title}
      summary={text.summary}
      table={text.table}
      height={CHART_HEIGHT}
      legend={
        <ChartLegend
          items={[
            {
              label: t(series.outlook ? 'charts.budget.plannedColumn' : 'charts.budget.budgetColumn'),
              colour: PALETTE.neutral,
            },
            { label: t('charts.budget.costColumn'), colour: PALETTE.canada, hatched: true },
            {
              label: t('charts.budget.legendNato', { lines: pledgeList(series, lang) }),
              colour: PALETTE.reference,
              dashed: true,
            },
          ]}
        />
      }
    >
      <YearPlot
        {...plot}
        unit="bn"
        tips={text.tips}
        margin={margin}
        height={CHART_HEIGHT}
        defs={<HatchPattern id={hatchId} colour={PALETTE.canada} />}
      />
    </ChartFrame>
  );
});
