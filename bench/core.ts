/** Core figures: computing 20- and 50-year scenarios and exporting every preset to CSV. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildReport, computeScenario, type Scenario } from '../src/core';
import { parseScenarioText, summaryCsv, yearsCsv } from '../src/io';
import { fmt, time } from './timing';

function preset(name: string): Scenario {
  const parsed = parseScenarioText(readFileSync(join('scenarios', name), 'utf8'));
  if (!parsed.ok) throw new Error(`${name}: ${JSON.stringify(parsed.problems)}`);
  return parsed.scenario;
}

export function benchCore(): string[] {
  const twenty = preset('cbo-2025-high-gdp.json');
  const fifty: Scenario = { ...twenty, years: 50, profile: 'bell' };
  const all = readdirSync('scenarios')
    .filter((f) => f.endsWith('.json'))
    .map(preset);
  const full = (s: Scenario) => buildReport(computeScenario(s), 'nominal');
  const t20 = time(() => full(twenty), 500);
  const t50 = time(() => full(fifty), 300);
  const tExport = time(
    () => {
      const results = all.map(computeScenario);
      return results.map((r) => yearsCsv([r], 'nominal')).join('') + summaryCsv(results);
    },
    50,
    5,
  );
  return [
    `compute + report, 20-year scenario: median ${fmt(t20.medianMs)}, p95 ${fmt(t20.p95Ms)} (goal: under 1 ms)`,
    `compute + report, 50-year scenario: median ${fmt(t50.medianMs)}, p95 ${fmt(t50.p95Ms)}`,
    `export all ${all.length} presets (years CSVs + summary): median ${fmt(tExport.medianMs)}, p95 ${fmt(tExport.p95Ms)}`,
  ];
}
