/** The calculator: assumptions on one side, results on the other (stacked on a phone). */
import { useMemo, type DragEvent } from 'react';
import { computeScenario, type ScenarioResult } from '../core';
import { parseScenarioDoc } from '../io';
import { deriveResult, useAppStore } from '../state';
import { useOpenFile } from './files/FilePanel';
import { EstimateSection, PresetPicker } from './inputs/EstimateSection';
import { MoneySection } from './inputs/MoneySection';
import { ScheduleSection } from './inputs/ScheduleSection';
import { ShareSection } from './inputs/ShareSection';
import { UncertaintySection } from './inputs/UncertaintySection';
import { problemText } from './problemText';
import { GlanceBar, ResultsView } from './results/ResultsView';
import { ComparePanel } from './saved/ComparePanel';
import { SavedPanel } from './saved/SavedPanel';
import { ViewToggles } from './ViewToggles';

function useCompared(): { name: string; result: ScenarioResult }[] {
  const saved = useAppStore((s) => s.saved);
  const keys = useAppStore((s) => s.compareKeys);
  return useMemo(
    () =>
      keys.flatMap((key) => {
        const entry = saved.find((s) => s.key === key);
        const parsed = entry ? parseScenarioDoc(entry.doc) : undefined;
        return parsed?.ok ? [{ name: parsed.scenario.name, result: computeScenario(parsed.scenario) }] : [];
      }),
    [saved, keys],
  );
}

function Toolbar() {
  const undo = useAppStore((s) => s.undo);
  const reset = useAppStore((s) => s.reset);
  const canUndo = useAppStore((s) => s.history.length > 0);
  const edited = useAppStore((s) => s.form !== s.origin);
  return (
    <div className="button-row">
      <button type="button" onClick={undo} disabled={!canUndo}>
        Undo last change
      </button>
      <button type="button" onClick={reset} disabled={!edited}>
        Reset to preset
      </button>
    </div>
  );
}

export function CalculatorView() {
  const form = useAppStore((s) => s.form);
  const currency = useAppStore((s) => s.currency);
  const dollars = useAppStore((s) => s.dollars);
  const derived = deriveResult(form);
  const compared = useCompared();
  const comparedResults = useMemo(() => compared.map((c) => c.result), [compared]);
  const openFile = useOpenFile();

  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    const file = e.dataTransfer.files[0];
    if (file) void openFile(file);
  };

  return (
    <div onDragOver={(e) => e.preventDefault()} onDrop={onDrop}>
      <main className="layout">
        <section className="inputs" aria-labelledby="inputs-heading">
          <h2 id="inputs-heading">Assumptions</h2>
          <PresetPicker />
          <Toolbar />
          <EstimateSection />
          <ScheduleSection />
          <ShareSection />
          <MoneySection />
          <UncertaintySection />
        </section>
        <section className="results" id="results" tabIndex={-1} aria-labelledby="results-heading">
          <h2 id="results-heading">Results</h2>
          <ViewToggles />
          {derived.ok ? (
            <ResultsView
              result={derived.result}
              currency={currency}
              dollars={dollars}
              compared={comparedResults}
            />
          ) : (
            <div className="problems" role="alert">
              <h3>This scenario cannot be computed yet</h3>
              <ul>
                {derived.problems.map((p) => (
                  <li key={`${p.path}:${p.message}`}>{problemText(p)}</li>
                ))}
              </ul>
              <p>Change the value, or use Undo.</p>
            </div>
          )}
          <SavedPanel canSave={derived.ok} />
          <ComparePanel items={compared} />
        </section>
      </main>
      {derived.ok && <GlanceBar result={derived.result} dollars={dollars} />}
    </div>
  );
}
