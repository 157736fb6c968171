/**
 * The simulation of the current scenario and what the uncertainty panel draws from it. The charts'
 * series are computed once per simulation (and the tornado's centre once per scenario), not on
 * every slider move: the same arrays let the charts skip redrawing while a new run is under way.
 */
import { useMemo } from 'react';
import type { ScenarioResult } from '../../core';
import { formToDoc, useAppStore } from '../../state';
import { useI18n } from '../useI18n';
import { outcomeInView } from './outcomes';
import { fanYears, tornadoBase, tornadoRows } from './uncertaintyView';
import { useSimulation } from './useSimulation';

export function useOutcomes(result: ScenarioResult) {
  const { lang } = useI18n();
  const form = useAppStore((s) => s.form);
  const currency = useAppStore((s) => s.currency);
  const draws = useAppStore((s) => s.draws);
  const seed = useAppStore((s) => s.seed);
  const hasRanges = Object.keys(result.scenario.ranges).length > 0;
  const doc = useMemo(() => (hasRanges ? formToDoc(form) : null), [hasRanges, form]);
  const state = useSimulation(doc, draws, seed);
  const shown = outcomeInView(state);
  const simulation = shown?.simulation;
  const sensitivity = shown?.sensitivity;
  const fan = useMemo(() => (simulation ? fanYears(simulation, currency) : []), [simulation, currency]);
  const tornado = useMemo(() => (sensitivity ? tornadoRows(sensitivity, lang) : []), [sensitivity, lang]);
  const base = useMemo(() => (hasRanges ? tornadoBase(result.scenario) : 0), [hasRanges, result.scenario]);
  return { state, shown, hasRanges, currency, draws, fan, tornado, base };
}
