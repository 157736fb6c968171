/** Splits argv into positional arguments, --options with a value and --flags; unknown ones are usage errors. */
import { quotePath } from '../core';

export interface ParsedArgs {
  readonly positional: string[];
  readonly options: Record<string, string>;
  /** The flags given (`--json`): options that take no value. */
  readonly flags: ReadonlySet<string>;
}

export class UsageError extends Error {}

/** Parses `--name value` and `--name=value` for the allowed option names, and `--flag` for the allowed flags. */
export function parseArgs(
  argv: readonly string[],
  allowed: readonly string[],
  allowedFlags: readonly string[] = [],
): ParsedArgs {
  const positional: string[] = [];
  const options: Record<string, string> = {};
  const flags = new Set<string>();
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] ?? '';
    if (!arg.startsWith('--')) {
      positional.push(arg);
      continue;
    }
    const [name = '', inline] = arg.slice(2).split(/=(.*)/s, 2);
    if (allowedFlags.includes(name)) {
      if (inline !== undefined) throw new UsageError(`--${name} takes no value`);
      flags.add(name);
      continue;
    }
    if (!allowed.includes(name)) throw new UsageError(`unknown option ${quotePath([`--${name}`])}`);
    const value = inline ?? argv[++i];
    if (value === undefined || value.startsWith('--')) throw new UsageError(`--${name} needs a value`);
    options[name] = value;
  }
  return { positional, options, flags };
}
