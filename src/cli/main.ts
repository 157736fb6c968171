#!/usr/bin/env node
/**
 * Entry point: `npm run cli -- <command>` (through tsx) and the package's `golden-dome` binary (built
 * to dist-cli/bin/golden-dome.js). Parses argv, runs a command, sets the exit code.
 */
import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { quoteText, SIMULATION_SETTINGS } from '../core';
import { parseArgs, UsageError } from './args';
import { compute, exportCsv, list, validate } from './commands';
import { EXIT, processConsole, safeConsole, type Console } from './console';
import { OutError } from './outDir';
import { gradeCommand } from './grade';
import { simulateCommand } from './simulate';

const { draws: DRAWS, seed: SEED } = SIMULATION_SETTINGS;

export const USAGE = `Golden Dome cost calculator — command line

Usage: npm run cli -- <command>

  list                                   the catalog of published estimates and their sources
  validate <files...>                    check scenario files; one line per problem
  compute <file> [--dollars D]           the years and totals as a table
  export <files...> --out <dir> [--dollars D]
                                         write <dir>/<id>.years.csv for each scenario and <dir>/summary.csv
  simulate <file> --out <dir> [--draws N] [--seed S]
                                         the scenario's ranges: write <dir>/<id>.percentiles.csv
                                         (percentiles 5–95 of the totals and of each year) and
                                         <dir>/<id>.sensitivity.csv (which input matters most)
  grade <files...> --out <dir>           mark a class's answers files (from the exercises' student
                                         pages) again: write <dir>/class-results.csv, the same
                                         bytes as the class results page; files that cannot be
                                         marked are listed and the others still marked

  D is nominal (default) or constant. N is ${DRAWS.min} to ${DRAWS.max} draws (default ${DRAWS.default}); S is a seed from
  ${SEED.min} to ${SEED.max} (default ${SEED.default}): the same seed gives the same files as the browser.
  --out is a folder, created if missing. The files are written into a temporary folder beside it
  and moved into place only when all are written; --out, or a file in it, being a symbolic link is
  refused.

Exit codes:
  0  done
  1  an input file is invalid (one line per problem: file: field: message); nothing written
     (grade: no answers file could be marked; files it could not mark are listed, exit 0)
  2  a usage error, or an --out that cannot be written (one line naming it and the problem)`;

const OPTIONS: Record<string, readonly string[]> = {
  list: [],
  validate: [],
  compute: ['dollars'],
  export: ['out', 'dollars'],
  simulate: ['out', 'draws', 'seed'],
  grade: ['out'],
};

/** Runs one command; returns the exit code. */
export function run(argv: readonly string[], terminal: Console = processConsole): number {
  const console = safeConsole(terminal);
  const [command, ...rest] = argv;
  if (command === undefined || command === 'help' || command === '--help' || command === '-h') {
    console.out(USAGE);
    return command === undefined ? EXIT.usage : EXIT.ok;
  }
  const allowed = Object.hasOwn(OPTIONS, command) ? OPTIONS[command] : undefined;
  if (!allowed) {
    console.err(`unknown command ${quoteText(command)}\n\n${USAGE}`);
    return EXIT.usage;
  }
  try {
    const args = parseArgs(rest, allowed);
    if (command === 'list') return list(console);
    if (command === 'validate') return validate(args, console);
    if (command === 'compute') return compute(args, console);
    if (command === 'simulate') return simulateCommand(args, console);
    if (command === 'grade') return gradeCommand(args, console);
    return exportCsv(args, console);
  } catch (error) {
    if (error instanceof OutError) {
      console.err(`${command}: ${error.message}`);
      return EXIT.usage;
    }
    if (error instanceof UsageError) {
      console.err(`${command}: ${error.message}\n\n${USAGE}`);
      return EXIT.usage;
    }
    throw error;
  }
}

/** Run as a program (not imported): argv[1] is this file, or a link to it such as node_modules/.bin/golden-dome. */
function isProgram(): boolean {
  const script = process.argv[1];
  if (script === undefined) return false;
  try {
    return realpathSync(script) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

if (isProgram()) process.exitCode = run(process.argv.slice(2));
