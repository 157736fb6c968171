/** Where the command line writes: injectable so tests can run commands in-process. */
export interface Console {
  out(text: string): void;
  err(text: string): void;
}

export const processConsole: Console = {
  out: (text) => process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
  err: (text) => process.stderr.write(text.endsWith('\n') ? text : `${text}\n`),
};

/** Exit codes: 0 success, 1 invalid input, 2 usage error. */
export const EXIT = { ok: 0, invalid: 1, usage: 2 } as const;
