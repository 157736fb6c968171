/** Where the command line writes: injectable so tests can run commands in-process. */
import { terminalText } from './shown';

export interface Console {
  out(text: string): void;
  err(text: string): void;
}

const line = (text: string) => (text.endsWith('\n') ? text : `${text}\n`);

export const processConsole: Console = {
  out: (text) => process.stdout.write(line(text)),
  err: (text) => process.stderr.write(line(text)),
};

/** A console that escapes control characters in everything printed (see shown.ts). */
export function safeConsole(console: Console): Console {
  return { out: (text) => console.out(terminalText(text)), err: (text) => console.err(terminalText(text)) };
}

/** Exit codes: 0 done, 1 an invalid input file, 2 a usage error or an --out that cannot be written. */
export const EXIT = { ok: 0, invalid: 1, usage: 2 } as const;
