#!/usr/bin/env node
/**
 * Entry point: `npm run cli -- <command>` (through tsx) and the package's `golden-dome` binary (built
 * to dist-cli/bin/golden-dome.js). Parses argv, runs a command, sets the exit code.
 */
import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { quoteText } from '../core';
import { parseArgs, UsageError } from './args';
import { compute, exportCsv, list, validate } from './commands';
import { EXIT, processConsole, safeConsole, type Console } from './console';
import { OutError } from './outDir';
import { gradeCommand } from './grade';
import { simulateCommand } from './simulate';
import { commandHelp, COMMANDS, isCommand, USAGE, type CommandSpec } from './usage';

export { USAGE } from './usage';

const HELP = ['--help', '-h'];

/** Runs one command; returns the exit code. */
export function run(argv: readonly string[], terminal: Console = processConsole): number {
  const console = safeConsole(terminal);
  const [command, ...rest] = argv;
  if (command === undefined || command === 'help' || command === '--help' || command === '-h') {
    console.out(USAGE);
    return command === undefined ? EXIT.usage : EXIT.ok;
  }
  if (!isCommand(command)) {
    console.err(`unknown command ${quoteText(command)}\n\n${USAGE}`);
    return EXIT.usage;
  }
  if (rest.some((arg) => HELP.includes(arg))) {
    console.out(commandHelp(command));
    return EXIT.ok;
  }
  try {
    const spec: CommandSpec = COMMANDS[command];
    const args = parseArgs(rest, Object.keys(spec.options), Object.keys(spec.flags));
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
      console.err(`${command}: ${error.message}\n\n${commandHelp(command)}`);
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

if (isProgram()) {
  // A reader that stops early (`golden-dome list | head`) closes the pipe: stop quietly, no stack trace.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit();
  });
  process.exitCode = run(process.argv.slice(2));
}
