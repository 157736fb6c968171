/** Exact simulation results shaped for the page: sentences and chart series (numbers only at the chart boundary). */
import {
  buildReport,
  computeScenario,
  Dec,
  mostLikelyScenario,
  type Percentiles,
  type RangedInput,
  type Scenario,
  type SensitivityRow,
  type Simulation,
} from '../../core';
import { formatMoney, formatPct } from '../../i18n/format';
import type { DisplayCurrency } from '../../state';

const BILLION = new Dec('1e9');

export const INPUT_LABELS: Record<RangedInput, string> = {
  baseCost: 'Base cost',
  costGrowthPct: 'Cost growth',
  inflationPct: 'Inflation',
  cadPerUsd: 'CAD per USD',
  canadaSharePct: 'Canada’s share',
};

/** "Canada’s total: C$17.34 billion (90% range C$9.80 billion–C$38.50 billion)". */
export function rangeSentence(simulation: Simulation): string {
  const t = simulation.totals.canadaTotalCad;
  return `Canada’s total: ${formatMoney(t.p50, 'CAD')} (90% range ${formatMoney(t.p5, 'CAD')} to ${formatMoney(t.p95, 'CAD')})`;
}

/** A value of a ranged input in words with its unit ("US$161.00 billion", "26%", "1.39 C$/US$"). */
export function inputValueText(row: Pick<SensitivityRow, 'input' | 'unit'>, value: Dec): string {
  if (row.input === 'baseCost')
    return formatMoney(value, row.unit === 'CAD' || row.unit === 'GBP' ? row.unit : 'USD');
  if (row.input === 'cadPerUsd') return `${value.toString()} C$ per US$`;
  return formatPct(value, 2);
}

const billions = (d: Dec) => d.div(BILLION).toDecimalPlaces(6).toNumber();

/** Canada's yearly cost percentiles in billions of the display currency, for the fan chart. */
export function fanYears(simulation: Simulation, currency: DisplayCurrency) {
  return simulation.years.map((y) => {
    const p: Percentiles = currency === 'USD' ? y.canadaUsd : y.canadaCad;
    return {
      year: y.year,
      p5: billions(p.p5),
      p25: billions(p.p25),
      p50: billions(p.p50),
      p75: billions(p.p75),
      p95: billions(p.p95),
    };
  });
}

/** Tornado rows in C$ billions, in the sensitivity's order (largest swing first). */
export function tornadoRows(rows: readonly SensitivityRow[]) {
  return rows.map((r) => ({
    input: INPUT_LABELS[r.input],
    lowInput: inputValueText(r, r.low),
    highInput: inputValueText(r, r.high),
    atLow: billions(r.canadaTotalCadAtLow),
    atHigh: billions(r.canadaTotalCadAtHigh),
  }));
}

/** The tornado's centre: Canada's nominal total in C$ billions with every ranged input at its most likely value. */
export function tornadoBase(scenario: Scenario): number {
  return billions(buildReport(computeScenario(mostLikelyScenario(scenario)), 'nominal').totals.canadaCad);
}
