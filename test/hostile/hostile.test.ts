import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main';
import { UNSAFE_CHARS } from '../../src/core';

const root = fileURLToPath(new URL('../../', import.meta.url));
const dir = fileURLToPath(new URL('./files/', import.meta.url));
/** The corpus files that are valid scenarios (read, not refused). */
const VALID = new Set(['valid-utf16le.json', 'valid-utf16be.json']);
const LINE_MAX = 400;
const OUTPUT_MAX = 10_000;

const tmp = mkdtempSync(join(tmpdir(), 'golden-dome-hostile-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const base = { schemaVersion: 2, id: 'x', name: 'X', cost: { estimateId: 'trump-total-2025' } };
/** Files too big to commit, made at test time. */
const generated: Record<string, () => string> = {
  'value-50mb.json': () =>
    JSON.stringify({ ...base, share: { rule: 'gdp' }, inflationPct: '9'.repeat(52_428_800) }),
  'unknown-fields-100000.json': () =>
    JSON.stringify({
      ...base,
      share: { rule: 'gdp' },
      ...Object.fromEntries(Array.from({ length: 100_000 }, (_, i) => [`f${i}`, i])),
    }),
  'nesting-100000.json': () => `${'['.repeat(100_000)}${']'.repeat(100_000)}`,
  'nesting-100000-in-a-field.json': () =>
    `{ "schemaVersion": 2, "share": ${'{"a":'.repeat(100_000)}1${'}'.repeat(100_000)} }`,
  'field-name-1mb.json': () =>
    JSON.stringify({ ...base, share: { rule: 'gdp' }, ['\u001b'.repeat(1_000_000)]: 1 }),
  'name-500kb.json': () => JSON.stringify({ ...base, share: { rule: 'gdp' }, name: 'n'.repeat(500_000) }),
  'unknown-rule-500kb.json': () => JSON.stringify({ ...base, share: { rule: 'r'.repeat(500_000) } }),
};
for (const [name, make] of Object.entries(generated)) writeFileSync(join(tmp, name), make());

function validate(...paths: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = run(['validate', ...paths], { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, text: [...out, ...err].join('\n') };
}

/** What every run must keep to, whatever the file. */
function expectSane(text: string) {
  expect(text.length).toBeLessThanOrEqual(OUTPUT_MAX);
  for (const line of text.split('\n')) expect(line.length).toBeLessThanOrEqual(LINE_MAX);
  expect(text.replace(/\n/g, '').match(UNSAFE_CHARS)).toBeNull();
}

const corpus = readdirSync(dir).sort();

describe('the hostile corpus through validate', () => {
  it('has the files the issue lists', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(20);
  });

  it.each(corpus)('%s', (name) => {
    const { code, text } = validate(join(dir, name));
    expect(code).toBe(VALID.has(name) ? 0 : 1);
    expectSane(text);
  });

  it.each(Object.keys(generated))('%s (made at test time)', (name) => {
    const { code, text } = validate(join(tmp, name));
    expect(code).toBe(1);
    expectSane(text);
  });

  it('/dev/zero is refused as too large, not read forever', () => {
    expect(validate('/dev/zero')).toEqual({ code: 1, text: '/dev/zero: too large (more than 100 MB)' });
  });

  it('all of them at once: still one short line per problem', () => {
    const { code, text } = validate(...corpus.map((f) => join(dir, f)));
    expect(code).toBe(1);
    for (const line of text.split('\n')) expect(line.length).toBeLessThanOrEqual(LINE_MAX);
  });
});

it('a 50 MB bad value through the real command line: stderr is one short line, not 52 MB', () => {
  const result = spawnSync(
    join(root, 'node_modules/.bin/tsx'),
    ['src/cli/main.ts', 'validate', join(tmp, 'value-50mb.json')],
    {
      cwd: root,
      encoding: 'utf8',
      timeout: 60_000,
    },
  );
  expect(result.status).toBe(1);
  expect(result.stdout).toBe('');
  expect(result.stderr).toBe(
    `${join(tmp, 'value-50mb.json')}: inflationPct: too long for a decimal number (at most 100 characters), got "${'9'.repeat(80)}…" (52,428,800 characters)\n`,
  );
}, 60_000);
