/** Splits argv into positional arguments and --options; unknown options are usage errors. */
import { quotePath } from '../core';

export interface ParsedArgs {
  readonly positional: string[];
  readonly options: Record<string, string>;
}

export class UsageError extends Error {}

/** Parses `--name value` and `--name=value` for the allowed option names. */
export function parseArgs(argv: readonly string[], allowed: readonly string[]): ParsedArgs {
  const positional: string[] = [];
  const options: Record<string, string> = {};
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] ?? '';
    if (!arg.startsWith('--')) {
      positional.push(arg);
      continue;
    }
    const [name = '', inline] = arg.slice(2).split(/=(.*)/s, 2);
    if (!allowed.includes(name)) throw new UsageError(`unknown option ${quotePath([`--${name}`])}`);
    const value = inline ?? argv[++i];
    if (value === undefined || value.startsWith('--')) throw new UsageError(`--${name} needs a value`);
    options[name] = value;
  }
  return { positional, options };
}
