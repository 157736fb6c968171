/** The calculator: assumptions on one side, results on the other (stacked on a phone). */
import { useMemo, type DragEvent } from 'react';
import { computeScenario, type Problem, type ScenarioResult } from '../core';
import { scenarioName } from '../i18n';
import { parseScenarioDoc } from '../io';
import { derivePresented, lastComputableResult, useAppStore } from '../state';
import { useOpenFile } from './files/FilePanel';
import { EstimateSection } from './inputs/EstimateSection';
import { PresetPicker } from './inputs/PresetPicker';
import { FieldProblems } from './inputs/fieldProblems';
import { MoneySection } from './inputs/MoneySection';
import { OutlookSection } from './inputs/OutlookSection';
import { ScheduleSection } from './inputs/ScheduleSection';
import { ShareSection } from './inputs/ShareSection';
import { UncertaintySection } from './inputs/UncertaintySection';
import { ProblemLine } from './ProblemLine';
import { GlanceBar, ResultsView } from './results/ResultsView';
import { ComparePanel } from './saved/ComparePanel';
import { SavedPanel } from './saved/SavedPanel';
import { useI18n } from './useI18n';
import { ViewToggles } from './ViewToggles';

function useCompared(): { name: string; result: ScenarioResult }[] {
  const { lang } = useI18n();
  const saved = useAppStore((s) => s.saved);
  const keys = useAppStore((s) => s.compareKeys);
  return useMemo(
    () =>
      keys.flatMap((key) => {
        const entry = saved.find((s) => s.key === key);
        const parsed = entry ? parseScenarioDoc(entry.doc) : undefined;
        return parsed?.ok
          ? [{ name: scenarioName(parsed.scenario, lang), result: computeScenario(parsed.scenario) }]
          : [];
      }),
    [saved, keys, lang],
  );
}

const NO_PROBLEMS: readonly Problem[] = [];

function Toolbar() {
  const { t } = useI18n();
  const undo = useAppStore((s) => s.undo);
  const reset = useAppStore((s) => s.reset);
  const canUndo = useAppStore((s) => s.history.length > 0);
  const edited = useAppStore((s) => s.form !== s.origin);
  return (
    <div className="button-row">
      <button type="button" onClick={undo} disabled={!canUndo}>
        {t('calculator.undo')}
      </button>
      <button type="button" onClick={reset} disabled={!edited}>
        {t('calculator.reset')}
      </button>
    </div>
  );
}

export function CalculatorView() {
  const { t } = useI18n();
  const derived = useAppStore(derivePresented);
  const currency = useAppStore((s) => s.currency);
  const dollars = useAppStore((s) => s.dollars);
  // While the inputs cannot be computed, the last computable scenario stays on screen, marked out of date.
  const lastGood = useAppStore(lastComputableResult);
  const shown = derived.ok ? derived.result : lastGood;
  const compared = useCompared();
  const comparedResults = useMemo(() => compared.map((c) => c.result), [compared]);
  const openFile = useOpenFile();

  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    const file = e.dataTransfer.files[0];
    if (file) void openFile(file);
  };

  return (
    <div className="calculator-page" onDragOver={(e) => e.preventDefault()} onDrop={onDrop}>
      <main className="layout">
        <section className="inputs" aria-labelledby="inputs-heading">
          <FieldProblems.Provider value={derived.ok ? NO_PROBLEMS : derived.problems}>
            <h2 id="inputs-heading">{t('calculator.assumptions')}</h2>
            <PresetPicker />
            <Toolbar />
            <EstimateSection />
            <ScheduleSection />
            <ShareSection />
            <MoneySection />
            <OutlookSection />
            <UncertaintySection />
          </FieldProblems.Provider>
        </section>
        <section className="results" id="results" tabIndex={-1} aria-labelledby="results-heading">
          <h2 id="results-heading">{t('calculator.results')}</h2>
          <ViewToggles />
          {derived.ok ? null : (
            <div className="problems" role="alert">
              <h3>{t('calculator.problems.title')}</h3>
              <ul>
                {derived.problems.slice(0, 5).map((p) => (
                  <li key={`${p.path}:${p.message}`}>
                    <ProblemLine problem={p} />
                  </li>
                ))}
              </ul>
              <p>{t('calculator.problems.help')}</p>
              {lastGood && <p>{t('calculator.problems.stale')}</p>}
            </div>
          )}
          {/* One place in the tree whether current or out of date, so the results keep their own
              state (a chart shown as a table) while the inputs are being fixed. */}
          {shown && (
            <div className={derived.ok ? 'results-body' : 'results-body stale'}>
              <ResultsView
                result={shown}
                currency={currency}
                dollars={dollars}
                compared={comparedResults}
                stale={!derived.ok}
              />
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
