/** `simulate <file> [--draws N] [--seed S] --out <dir>`: the uncertainty CSVs of one scenario. */
import { quoteText, sensitivity, SIMULATION_SETTINGS, simulate as runSimulation } from '../core';
import { percentilesCsv, sensitivityCsv } from '../io';
import { UsageError, type ParsedArgs } from './args';
import { EXIT, type Console } from './console';
import { loadScenarios } from './loadScenarios';
import { checkOut, writeOut } from './outDir';
import { shownPath } from './shown';

/** A whole-number option within [min, max]; a usage error otherwise. */
function wholeOption(args: ParsedArgs, name: string, min: number, max: number, fallback: number): number {
  const text = args.options[name];
  if (text === undefined) return fallback;
  const value = /^\d+$/.test(text) ? Number(text) : Number.NaN;
  if (!(value >= min && value <= max)) {
    throw new UsageError(`--${name} must be a whole number from ${min} to ${max}, got ${quoteText(text)}`);
  }
  return value;
}

/** Writes <out>/<id>.percentiles.csv and <out>/<id>.sensitivity.csv; nothing if the file is invalid. */
export function simulateCommand(args: ParsedArgs, console: Console): number {
  const { draws: d, seed: s } = SIMULATION_SETTINGS;
  const draws = wholeOption(args, 'draws', d.min, d.max, d.default);
  const seed = wholeOption(args, 'seed', s.min, s.max, s.default);
  const out = args.options['out'];
  if (out === undefined) throw new UsageError('simulate needs --out <dir>');
  if (args.positional.length !== 1)
    throw new UsageError(`expected one scenario file, got ${args.positional.length}`);
  checkOut(out, []);
  const { results, problems } = loadScenarios(args.positional);
  const scenario = results[0]?.scenario;
  if (problems.length > 0 || !scenario) {
    problems.forEach((p) => console.err(p));
    console.err('nothing written');
    return EXIT.invalid;
  }
  const names = [`${scenario.id}.percentiles.csv`, `${scenario.id}.sensitivity.csv`] as const;
  checkOut(out, names); // before the simulation, which can take seconds
  writeOut(out, [
    { name: names[0], text: percentilesCsv(scenario, runSimulation(scenario, { draws, seed })) },
    { name: names[1], text: sensitivityCsv(scenario, sensitivity(scenario)) },
  ]);
  console.out(`wrote ${names.join(' and ')} to ${shownPath(out)} (${draws} draws, seed ${seed})`);
  if (Object.keys(scenario.ranges).length === 0) {
    console.out('note: the scenario has no ranges, so every draw is the same scenario');
  }
  return EXIT.ok;
}
