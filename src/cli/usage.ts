/**
 * What each command takes and does, described once: the overview (`golden-dome --help`), each
 * command's own help (`golden-dome <command> --help`) and the options the parser accepts come from here.
 */
import { SIMULATION_SETTINGS } from '../core';

const { draws: DRAWS, seed: SEED } = SIMULATION_SETTINGS;

export interface CommandSpec {
  /** `compute <file> [--dollars D] [--json]`: the command and its arguments. */
  readonly synopsis: string;
  /** One or a few lines for the overview. */
  readonly summary: string;
  /** Options that take a value (`--out <dir>`): the value's placeholder and what the option means. */
  readonly options: Readonly<Record<string, readonly [value: string, text: string]>>;
  /** Options that take none (`--json`), with what each means. */
  readonly flags: Readonly<Record<string, string>>;
  /** More than the summary, for the command's own help; empty when the summary says it all. */
  readonly details: string;
  /** The exit codes this command uses, in a few words each. */
  readonly exits: readonly string[];
}

const DOLLARS_OPTION = 'nominal (default) or constant dollars';
const OUT_OPTION = 'a folder, created if missing';
const OUT_DETAILS =
  'The files are written into a temporary folder beside --out and moved into place only when all\n' +
  'are written; --out, or a file in it, being a symbolic link is refused.';

export const COMMANDS = {
  list: {
    synopsis: 'list',
    summary: 'the catalog of published estimates and their sources',
    options: {},
    flags: {},
    details: 'Then why the published numbers differ, each with its arithmetic.',
    exits: ['0 done'],
  },
  validate: {
    synopsis: 'validate <files...>',
    summary: 'check scenario files; one line per problem',
    options: {},
    flags: {},
    details: 'Each problem is one line: file: field: message (at most 20 per file).',
    exits: ['0 every file is valid', '1 a file is invalid', '2 a usage error'],
  },
  compute: {
    synopsis: 'compute <file> [--dollars D] [--json]',
    summary: 'the years and totals as a table (or as exact JSON)',
    options: { dollars: ['D', DOLLARS_OPTION] },
    flags: {
      json:
        'print the result as JSON: the scenario, the rounded report and the exact\n' +
        'unrounded figures, every figure a decimal string (never a floating-point number)',
    },
    details: '',
    exits: ['0 done', '1 the file is invalid', '2 a usage error'],
  },
  export: {
    synopsis: 'export <files...> --out <dir> [--dollars D]',
    summary: 'write <dir>/<id>.years.csv for each scenario and <dir>/summary.csv',
    options: { out: ['<dir>', OUT_OPTION], dollars: ['D', `${DOLLARS_OPTION} in the years CSV files`] },
    flags: {},
    details: `Nothing is written if any file is invalid.\n${OUT_DETAILS}`,
    exits: ['0 done', '1 a file is invalid; nothing written', '2 a usage error, or --out cannot be written'],
  },
  simulate: {
    synopsis: 'simulate <file> --out <dir> [--draws N] [--seed S]',
    summary:
      "the scenario's ranges: write <dir>/<id>.percentiles.csv\n" +
      '(percentiles 5–95 of the totals and of each year) and\n' +
      '<dir>/<id>.sensitivity.csv (which input matters most)',
    options: {
      out: ['<dir>', OUT_OPTION],
      draws: ['N', `${DRAWS.min} to ${DRAWS.max} draws (default ${DRAWS.default})`],
      seed: [
        'S',
        `${SEED.min} to ${SEED.max} (default ${SEED.default}): the same seed gives the same files as the browser`,
      ],
    },
    flags: {},
    details: OUT_DETAILS,
    exits: [
      '0 done',
      '1 the file is invalid; nothing written',
      '2 a usage error, or --out cannot be written',
    ],
  },
  grade: {
    synopsis: 'grade <files...> --out <dir>',
    summary:
      "mark a class's answers files (from the exercises' student\n" +
      'pages) again: write <dir>/class-results.csv, the same\n' +
      'bytes as the class results page; files that cannot be\n' +
      'marked are listed and the others still marked',
    options: { out: ['<dir>', OUT_OPTION] },
    flags: {},
    details: OUT_DETAILS,
    exits: [
      '0 done (files that could not be marked are listed)',
      '1 no file could be marked; nothing written',
      '2 a usage error, or --out cannot be written',
    ],
  },
} as const satisfies Record<string, CommandSpec>;

export type CommandName = keyof typeof COMMANDS;

/** Whether `name` is one of the commands (not an Object property such as "constructor"). */
export function isCommand(name: string): name is CommandName {
  return Object.hasOwn(COMMANDS, name);
}

const WIDTH = 39;
const indent = (text: string, by: number) =>
  text
    .split('\n')
    .map((line, i) => (i === 0 ? line : `${' '.repeat(by)}${line}`))
    .join('\n');

/** `  synopsis    summary`, the summary under the synopsis when it is too long to share its line. */
function overviewEntry({ synopsis, summary }: CommandSpec): string {
  const left = `  ${synopsis}`;
  return left.length < WIDTH
    ? `${left.padEnd(WIDTH)}${indent(summary, WIDTH)}`
    : `${left}\n${' '.repeat(WIDTH)}${indent(summary, WIDTH)}`;
}

export const USAGE = `Golden Dome cost calculator — command line

Usage: golden-dome <command> [options]        (in the repository: npm run cli -- <command>)

${Object.values(COMMANDS).map(overviewEntry).join('\n')}

  D is nominal (default) or constant. N is ${DRAWS.min} to ${DRAWS.max} draws (default ${DRAWS.default}); S is a seed from
  ${SEED.min} to ${SEED.max} (default ${SEED.default}): the same seed gives the same files as the browser.
  --out is a folder, created if missing. The files are written into a temporary folder beside it
  and moved into place only when all are written; --out, or a file in it, being a symbolic link is
  refused. golden-dome <command> --help says more about one command.

Exit codes:
  0  done
  1  an input file is invalid (one line per problem: file: field: message); nothing written
     (grade: no answers file could be marked; files it could not mark are listed, exit 0)
  2  a usage error, or an --out that cannot be written (one line naming it and the problem)`;

/** A summary as a sentence: a capital letter and a full stop. */
const sentence = (summary: string) => `${summary.charAt(0).toUpperCase()}${summary.slice(1)}.`;

/** `golden-dome <command> --help`: its synopsis, what it does, each option, its exit codes. */
export function commandHelp(name: CommandName): string {
  const spec: CommandSpec = COMMANDS[name];
  const rows = [
    ...Object.entries(spec.options).map(([option, [value, text]]) => [`--${option} ${value}`, text] as const),
    ...Object.entries(spec.flags).map(([flag, text]) => [`--${flag}`, text] as const),
    ['--help', 'this help'] as const,
  ];
  const width = Math.max(...rows.map(([left]) => left.length)) + 4;
  const options = rows.map(([left, text]) => `  ${left.padEnd(width - 2)}${indent(text, width)}`);
  return [
    `Usage: golden-dome ${spec.synopsis}`,
    '',
    `${sentence(spec.summary)}${spec.details ? `\n${spec.details}` : ''}`,
    '',
    'Options:',
    ...options,
    '',
    'Exit codes:',
    ...spec.exits.map((line) => `  ${line.replace(' ', '  ')}`),
  ].join('\n');
}
