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
import { decimalText, formatMoney, formatPct, type Lang, translate } from '../../i18n';
import type { DisplayCurrency } from '../../state';

const BILLION = new Dec('1e9');

/** A ranged input's name ("Base cost" / "Coût de base"). */
function inputLabel(input: RangedInput, lang: Lang = 'en'): string {
  return translate(lang, `calculator.input.${input}`);
}

/** "Median of Canada’s total: C$17.34 billion (90% range C$9.80 billion to C$38.50 billion)". */
export function rangeSentence(simulation: Simulation, lang: Lang = 'en'): string {
  const t = simulation.totals.canadaTotalCad;
  return translate(lang, 'calculator.outcomes.range', {
    median: formatMoney(t.p50, 'CAD', lang),
    low: formatMoney(t.p5, 'CAD', lang),
    high: formatMoney(t.p95, 'CAD', lang),
  });
}

/** A value of a ranged input in words with its unit ("US$161.00 billion", "26.00%", "1.39 C$ per US$"). */
function inputValueText(row: Pick<SensitivityRow, 'input' | 'unit'>, value: Dec, lang: Lang = 'en'): string {
  if (row.input === 'baseCost')
    return formatMoney(value, row.unit === 'CAD' || row.unit === 'GBP' ? row.unit : 'USD', lang);
  if (row.input === 'cadPerUsd')
    return translate(lang, 'calculator.outcomes.rate', { value: decimalText(value.toString(), lang) });
  return formatPct(value, 2, lang);
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
export function tornadoRows(rows: readonly SensitivityRow[], lang: Lang = 'en') {
  return rows.map((r) => ({
    input: inputLabel(r.input, lang),
    lowInput: inputValueText(r, r.low, lang),
    highInput: inputValueText(r, r.high, lang),
    atLow: billions(r.canadaTotalCadAtLow),
    atHigh: billions(r.canadaTotalCadAtHigh),
  }));
}

/** The tornado's centre: Canada's nominal total in C$ billions with every ranged input at its most likely value. */
export function tornadoBase(scenario: Scenario): number {
  return billions(buildReport(computeScenario(mostLikelyScenario(scenario)), 'nominal').totals.canadaCad);
}
