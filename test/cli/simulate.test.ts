import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cli } from '../support/cli';
import { sensitivity, simulate } from '../../src/core';
import { parseScenarioText, percentilesCsv, sensitivityCsv } from '../../src/io';

const preset = fileURLToPath(new URL('../../scenarios/cbo-2025-high-gdp.json', import.meta.url));

let tmp = '';
beforeEach(() => {
  tmp = mkdtempSync(join(tmpdir(), 'golden-dome-simulate-'));
});
afterEach(() => {
  rmSync(tmp, { recursive: true, force: true });
});
const read = (dir: string, name: string) => readFileSync(join(dir, name), 'utf8');

describe('simulate', () => {
  it('writes <id>.percentiles.csv and <id>.sensitivity.csv, the same bytes as the io functions', () => {
    const out = join(tmp, 'out');
    const { code, out: printed } = cli('simulate', preset, '--draws', '2000', '--seed', '5', '--out', out);
    expect(code).toBe(0);
    expect(printed).toBe(
      `wrote cbo-2025-high-gdp.percentiles.csv and cbo-2025-high-gdp.sensitivity.csv to ${out} (2000 draws, seed 5)`,
    );
    expect(readdirSync(out).sort()).toEqual([
      'cbo-2025-high-gdp.percentiles.csv',
      'cbo-2025-high-gdp.sensitivity.csv',
    ]);
    const parsed = parseScenarioText(readFileSync(preset, 'utf8'));
    if (!parsed.ok) throw new Error('preset invalid');
    const s = parsed.scenario;
    expect(read(out, 'cbo-2025-high-gdp.percentiles.csv')).toBe(
      percentilesCsv(s, simulate(s, { draws: 2000, seed: 5 })),
    );
    expect(read(out, 'cbo-2025-high-gdp.sensitivity.csv')).toBe(sensitivityCsv(s, sensitivity(s)));
    const rows = read(out, 'cbo-2025-high-gdp.sensitivity.csv').split('\r\n');
    expect(rows[1]).toMatch(
      /^cbo-2025-high-gdp,1,baseCost,USD,161000000000\.00,542000000000\.00,542000000000\.00,/,
    );
  });

  it('is deterministic, defaults to 10,000 draws and seed 1, and another seed gives other percentiles', () => {
    const [a, b, c] = ['a', 'b', 'c'].map((d) => join(tmp, d));
    expect(cli('simulate', preset, '--out', a ?? '').code).toBe(0);
    expect(cli('simulate', preset, `--out=${b ?? ''}`, '--draws=10000', '--seed=1').code).toBe(0);
    expect(cli('simulate', preset, '--out', c ?? '', '--seed', '2').code).toBe(0);
    const file = 'cbo-2025-high-gdp.percentiles.csv';
    expect(read(a ?? '', file)).toBe(read(b ?? '', file));
    expect(read(a ?? '', file).split('\r\n')[1]).toMatch(/^cbo-2025-high-gdp,10000,1,program_total_usd,,/);
    expect(read(c ?? '', file)).not.toBe(read(a ?? '', file));
  });

  it('notes a scenario without ranges', () => {
    const plain = fileURLToPath(new URL('../../scenarios/trump-175-gdp.json', import.meta.url));
    const { code, out } = cli('simulate', plain, '--draws', '100', '--out', tmp);
    expect(code).toBe(0);
    expect(out).toContain('note: the scenario has no ranges');
  });

  it('exits 1 for an invalid file, with its problems, and writes nothing', () => {
    const bad = join(tmp, 'bad.json');
    writeFileSync(
      bad,
      JSON.stringify({
        schemaVersion: 2,
        id: 'bad',
        name: 'Bad',
        cost: { estimateId: 'trump-total-2025' },
        share: { rule: 'gdp' },
        ranges: { costGrowthPct: { low: '50', high: '46', distribution: 'uniform' } },
      }),
    );
    const out = join(tmp, 'out');
    const { code, err } = cli('simulate', bad, '--out', out);
    expect(code).toBe(1);
    expect(err).toContain(`${bad}: ranges.costGrowthPct.low: low 50 is more than high 46`);
    expect(err).toContain('nothing written');
    expect(existsSync(out)).toBe(false);
  });

  it.each([
    ['--draws below 100', ['--draws', '99'], '--draws must be a whole number from 100 to 1000000, got "99"'],
    ['--draws above a million', ['--draws', '1000001'], '--draws must be a whole number from 100 to 1000000'],
    ['--draws not whole', ['--draws', '1e4'], '--draws must be a whole number'],
    ['--seed negative', ['--seed', '-1'], '--seed must be a whole number from 0 to 4294967295, got "-1"'],
    ['--seed above 2^32 − 1', ['--seed', '4294967296'], '--seed must be a whole number from 0 to 4294967295'],
    ['--seed fractional', ['--seed', '1.5'], '--seed must be a whole number'],
    ['no --out', ['--draws', '100'], 'simulate needs --out <dir>'],
    ['an unknown option', ['--dollars', 'constant'], 'unknown option --dollars'],
  ])('%s is a usage error (exit 2)', (_label, options, message) => {
    const out = join(tmp, 'out');
    const { code, err } = cli(
      'simulate',
      preset,
      ...options,
      ...(message.includes('--out') ? [] : ['--out', out]),
    );
    expect(code).toBe(2);
    expect(err).toContain(message);
    expect(existsSync(out)).toBe(false);
  });

  it('needs exactly one file (exit 2)', () => {
    expect(cli('simulate', '--out', tmp)).toMatchObject({ code: 2 });
    expect(cli('simulate', preset, preset, '--out', tmp).err).toContain('expected one scenario file, got 2');
  });

  it('is in the usage text', () => {
    expect(cli('help').out).toContain('simulate <file> --out <dir> [--draws N] [--seed S]');
  });
});
