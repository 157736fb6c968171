import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cli } from '../support/cli';

const root = fileURLToPath(new URL('../../', import.meta.url));
const preset = join(root, 'scenarios/trump-175-gdp.json');
const ranged = join(root, 'scenarios/cbo-2025-high-gdp.json');

let tmp = '';
beforeEach(() => {
  tmp = mkdtempSync(join(tmpdir(), 'golden-dome-out-'));
});
afterEach(() => {
  rmSync(tmp, { recursive: true, force: true });
});

/** Everything under a folder, as relative paths: to see that nothing was left half-written. */
const tree = (dir: string) => readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort();

describe('--out that cannot be written: one line naming it, exit 2, nothing written', () => {
  // The problem may name a path under tmp, which is only known once the test runs.
  const cases: [string, () => string, string | (() => string)][] = [
    [
      'an existing file',
      () => (writeFileSync(join(tmp, 'f'), 'keep'), join(tmp, 'f')),
      'is a file, not a folder',
    ],
    ['an empty value', () => '', 'is empty: give a folder, such as out/'],
    [
      'a path below a file',
      () => (writeFileSync(join(tmp, 'f'), 'keep'), join(tmp, 'f/sub/out')),
      () => `${join(tmp, 'f')} is a file, not a folder`,
    ],
    [
      'a folder where summary.csv should go',
      () => (mkdirSync(join(tmp, 'out/summary.csv'), { recursive: true }), join(tmp, 'out')),
      'summary.csv there is a folder, where the CSV file should go',
    ],
    [
      'a symbolic link as --out',
      () => (
        mkdirSync(join(tmp, 'elsewhere')),
        symlinkSync(join(tmp, 'elsewhere'), join(tmp, 'link')),
        join(tmp, 'link')
      ),
      'is a symbolic link: give the folder itself',
    ],
    [
      'a symbolic link where a CSV should go',
      () => {
        mkdirSync(join(tmp, 'out'));
        writeFileSync(join(tmp, 'secret'), 'keep');
        symlinkSync(join(tmp, 'secret'), join(tmp, 'out/summary.csv'));
        return join(tmp, 'out');
      },
      'summary.csv there is a symbolic link; remove it first',
    ],
    ['a read-only special location', () => '/sys/golden-dome-x', 'not permitted'],
  ];

  it.each(cases)('%s', (_label, setUp, problem) => {
    const out = setUp();
    const before = tree(tmp);
    const { code, err, out: printed } = cli('export', preset, '--out', out);
    const said = typeof problem === 'string' ? problem : problem();
    expect({ code, err, printed }).toEqual({ code: 2, err: `export: --out ${out}: ${said}`, printed: '' });
    expect(tree(tmp)).toEqual(before);
    if (existsSync(join(tmp, 'secret'))) expect(readFileSync(join(tmp, 'secret'), 'utf8')).toBe('keep');
  });

  it('simulate says the same before simulating', () => {
    writeFileSync(join(tmp, 'f'), 'keep');
    expect(cli('simulate', ranged, '--out', join(tmp, 'f'), '--draws', '100')).toMatchObject({
      code: 2,
      err: `simulate: --out ${join(tmp, 'f')}: is a file, not a folder`,
    });
  });

  it('/proc/x: one line and exit 2 at once, not a hang at 100 % CPU (a real process)', () => {
    const result = spawnSync(
      join(root, 'node_modules/.bin/tsx'),
      ['src/cli/main.ts', 'export', 'scenarios/trump-175-gdp.json', '--out', '/proc/x'],
      { cwd: root, encoding: 'utf8', timeout: 20_000 },
    );
    expect(result.signal).toBeNull();
    expect(result.status).toBe(2);
    expect(result.stderr).toBe('export: --out /proc/x: cannot create files there\n');
  }, 30_000);
});

describe('--out that can be written', () => {
  it('creates missing parents and leaves no temporary folder', () => {
    const out = join(tmp, 'a/b/out');
    expect(cli('export', preset, '--out', out).code).toBe(0);
    expect(tree(tmp)).toEqual([
      'a',
      'a/b',
      'a/b/out',
      'a/b/out/summary.csv',
      'a/b/out/trump-175-gdp.years.csv',
    ]);
  });

  it('replaces the CSVs in an existing folder and keeps the other files there', () => {
    const out = join(tmp, 'out');
    mkdirSync(out);
    writeFileSync(join(out, 'summary.csv'), 'old');
    writeFileSync(join(out, 'notes.txt'), 'mine');
    expect(cli('export', preset, '--out', out).code).toBe(0);
    expect(tree(out)).toEqual(['notes.txt', 'summary.csv', 'trump-175-gdp.years.csv']);
    expect(readFileSync(join(out, 'summary.csv'), 'utf8')).toMatch(/^\uFEFFscenario_id,/);
    expect(readFileSync(join(out, 'notes.txt'), 'utf8')).toBe('mine');
  });

  it('simulate writes its two files the same way', () => {
    const out = join(tmp, 'sim');
    expect(cli('simulate', ranged, '--out', out, '--draws', '100').code).toBe(0);
    expect(tree(out)).toEqual(['cbo-2025-high-gdp.percentiles.csv', 'cbo-2025-high-gdp.sensitivity.csv']);
  });
});
