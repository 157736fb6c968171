/**
 * What the uncertainty panel shows of a simulation's state: the outcome in view (the last one stays
 * while a new run is under way), the status line, and the rows of the percentile table. Pure.
 */
import {
  TOTAL_METRIC_UNITS,
  TOTAL_METRICS,
  type Percentiles,
  type Simulation,
  type TotalMetric,
} from '../../core';
import type { MessageKey } from '../../i18n';
import type { I18n } from '../useI18n';
import type { SimulationOutcome, SimulationState } from './useSimulation';

/** The outcome to show: the finished run's, or the previous one while a new run is under way. */
export function outcomeInView(state: SimulationState): SimulationOutcome | undefined {
  return state.status === 'done' ? state : state.status === 'running' ? state.previous : undefined;
}

/** The status line: running (with the number of draws in words), failed with the core's reason, crashed, or empty. */
export function statusLine(state: SimulationState, t: I18n['t'], drawsText: string): string {
  if (state.status === 'running') return t('calculator.outcomes.running', { draws: drawsText });
  if (state.status !== 'error') return '';
  return state.message
    ? t('calculator.outcomes.failed', { message: state.message })
    : t('calculator.outcomes.crashed');
}

/** One row of the percentile table: a total in its unit (a currency, or a percentage). */
export interface PercentileRow {
  readonly label: MessageKey;
  readonly unit: (typeof TOTAL_METRIC_UNITS)[TotalMetric];
  readonly p: Percentiles;
}

const TOTAL_LABELS: Readonly<Record<TotalMetric, MessageKey>> = {
  programTotalUsd: 'calculator.outcomes.programUsd',
  canadaTotalUsd: 'calculator.outcomes.canadaUsd',
  canadaTotalCad: 'calculator.outcomes.canadaCad',
  canadaCadPerPerson: 'calculator.outcomes.perPersonCad',
  canadaPeakPctOfDefenceBudget: 'calculator.outcomes.peakPctOfDefenceBudget',
  canadaPeakPctOfGdp: 'calculator.outcomes.peakPctOfGdp',
};

/**
 * The percentile table's rows, one per simulated total in the core's order: the program and Canada
 * in US dollars, Canada and per person in Canadian dollars, Canada's peak shares of budget and GDP.
 */
export function percentileRows(totals: Simulation['totals']): PercentileRow[] {
  return TOTAL_METRICS.map((m) => ({ label: TOTAL_LABELS[m], unit: TOTAL_METRIC_UNITS[m], p: totals[m] }));
}
