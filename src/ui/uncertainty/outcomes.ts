/**
 * What the uncertainty panel shows of a simulation's state: the outcome in view (the last one stays
 * while a new run is under way), the status line, and the rows of the percentile table. Pure.
 */
import type { Percentiles, Simulation } from '../../core';
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

/** One row of the percentile table: a total in its currency. */
export interface PercentileRow {
  readonly label: MessageKey;
  readonly currency: 'USD' | 'CAD';
  readonly p: Percentiles;
}

/** The percentile table's rows: the program and Canada in US dollars, Canada and per person in Canadian dollars. */
export function percentileRows(totals: Simulation['totals']): PercentileRow[] {
  return [
    { label: 'calculator.outcomes.programUsd', currency: 'USD', p: totals.programTotalUsd },
    { label: 'calculator.outcomes.canadaUsd', currency: 'USD', p: totals.canadaTotalUsd },
    { label: 'calculator.outcomes.canadaCad', currency: 'CAD', p: totals.canadaTotalCad },
    { label: 'calculator.outcomes.perPersonCad', currency: 'CAD', p: totals.canadaCadPerPerson },
  ];
}
