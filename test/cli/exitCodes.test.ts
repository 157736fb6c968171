import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { run, USAGE } from '../../src/cli/main';
import { UNSAFE_CHARS } from '../../src/core';
import { CURRENT_SCHEMA_VERSION } from '../../src/io';

const root = fileURLToPath(new URL('../../', import.meta.url));
const good = join(root, 'scenarios/trump-175-gdp.json');
const tmp = mkdtempSync(join(tmpdir(), 'golden-dome-exit-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const bad = join(tmp, 'bad.json');
writeFileSync(bad, '{ "schemaVersion": 2 }');
const out = join(tmp, 'out');

function cli(...argv: string[]) {
  const printed: string[] = [];
  const code = run(argv, { out: (t) => printed.push(t), err: (t) => printed.push(t) });
  return { code, printed: printed.join('\n') };
}

describe('exit codes: 0 done, 1 invalid input file, 2 usage or --out', () => {
  it.each([
    ['list', ['list'], 0],
    ['help', ['--help'], 0],
    ['no command', [], 2],
    ['validate, valid', ['validate', good], 0],
    ['validate, invalid', ['validate', good, bad], 1],
    ['validate, no file', ['validate'], 2],
    ['compute, valid', ['compute', good], 0],
    ['compute, invalid', ['compute', bad], 1],
    ['compute, two files', ['compute', good, good], 2],
    ['export, valid', ['export', good, '--out', out], 0],
    ['export, invalid', ['export', bad, '--out', out], 1],
    ['export, no --out', ['export', good], 2],
    ['export, --out a file', ['export', good, '--out', good], 2],
    ['simulate, valid', ['simulate', good, '--out', out, '--draws', '100'], 0],
    ['simulate, invalid', ['simulate', bad, '--out', out], 1],
    ['simulate, bad --seed', ['simulate', good, '--out', out, '--seed', '-1'], 2],
    ['simulate, --out a file', ['simulate', good, '--out', good], 2],
    ['a command named like an object property', ['constructor'], 2],
  ])('%s', (_label, argv, code) => {
    expect(cli(...argv).code).toBe(code);
  });

  it('--help and README say the same three codes', () => {
    expect(USAGE).toContain('0  done');
    expect(USAGE).toContain('1  an input file is invalid');
    expect(USAGE).toContain('2  a usage error, or an --out that cannot be written');
  });
});

describe('what the terminal shows is escaped and short', () => {
  it('a field name that would erase lines and print "13 files valid" is shown escaped', () => {
    const crafted = join(tmp, 'crafted.json');
    writeFileSync(crafted, '{ "schemaVersion": 2, "\\u001b[2K\\u001b[1A\\r13 files valid\\u202e": 1 }');
    const { code, printed } = cli('validate', crafted);
    expect(code).toBe(1);
    expect(printed).toContain('\\u001b[2K\\u001b[1A\\u000d13 files valid\\u202e');
    expect(printed.replace(/\n/g, '').match(UNSAFE_CHARS)).toBeNull();
  });

  it('a file name with a line break and an escape is shown escaped', () => {
    const name = join(tmp, 'a\nb\u001b[31m.json');
    writeFileSync(name, '{}');
    const { printed } = cli('validate', name);
    expect(printed.split('\n')[0]).toBe(
      `${tmp}/a\\u000ab\\u001b[31m.json: schemaVersion: missing: add "schemaVersion": ${CURRENT_SCHEMA_VERSION}`,
    );
  });

  it('an argument value is quoted at most 80 characters', () => {
    const { code, printed } = cli('compute', good, '--dollars', 'x'.repeat(100_000));
    expect(code).toBe(2);
    expect(printed.split('\n')[0]).toBe(
      `compute: --dollars must be nominal or constant, got "${'x'.repeat(80)}…" (100,000 characters)`,
    );
  });

  it('an unknown option of 100,000 characters is cut', () => {
    const { code, printed } = cli('validate', good, `--${'o'.repeat(100_000)}`);
    expect(code).toBe(2);
    expect(printed.split('\n')[0]).toBe(`validate: unknown option --${'o'.repeat(78)}…`);
  });

  it('an unknown command is quoted the same way', () => {
    expect(cli('\u001b]0;pwned\u0007').printed.split('\n')[0]).toBe(
      'unknown command "\\u001b]0;pwned\\u0007"',
    );
  });
});
