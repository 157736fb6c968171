import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cli } from '../support/cli';
import { CATALOG, computeScenario } from '../../src/core';
import { parseScenarioText, summaryCsv, yearsCsv } from '../../src/io';

const scenariosDir = fileURLToPath(new URL('../../scenarios/', import.meta.url));
const presets = readdirSync(scenariosDir)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => join(scenariosDir, f));
const preset = (name: string) => join(scenariosDir, name);

let tmp = '';
beforeEach(() => {
  tmp = mkdtempSync(join(tmpdir(), 'golden-dome-cli-'));
});
afterEach(() => {
  rmSync(tmp, { recursive: true, force: true });
});
const file = (name: string, text: string) => {
  const path = join(tmp, name);
  writeFileSync(path, text);
  return path;
};
const doc = (over: Record<string, unknown> = {}) =>
  JSON.stringify({
    schemaVersion: 1,
    id: 'ok',
    name: 'OK',
    cost: { estimateId: 'trump-total-2025' },
    share: { rule: 'gdp' },
    ...over,
  });

describe('list', () => {
  it('prints every catalog id with its amount and source', () => {
    const { code, out } = cli('list');
    expect(code).toBe(0);
    for (const e of CATALOG) expect(out).toContain(e.id);
    expect(out).toContain('542,000,000,000');
    expect(out).toContain('Congressional Budget Office');
  });
});

describe('validate', () => {
  it('exits 0 for all the presets', () => {
    const { code, out, err } = cli('validate', ...presets);
    expect([code, err]).toEqual([0, '']);
    expect(out).toBe(`${presets.length} files valid`);
  });

  it('exits 1 with one "file: field: message" line per problem', () => {
    const notJson = file('broken.json', '{ "schemaVersion": 1,');
    const years = file('years.json', doc({ years: 51, profile: 'zigzag' }));
    const { code, out, err } = cli('validate', preset('trump-175-gdp.json'), notJson, years);
    expect(code).toBe(1);
    expect(out).toBe('');
    const lines = err.split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(new RegExp(`^${notJson}: \\(file\\): not valid JSON`));
    expect(lines).toContain(`${years}: years: must be at most 50`);
    expect(lines).toContain(`${years}: profile: must be one of even, front, back, bell`);
  });

  it('names unknown fields, unreadable files and ids used twice', () => {
    const unknown = file('unknown.json', doc({ inflation: '2' }));
    const missing = join(tmp, 'nope.json');
    const twin = file('twin.json', doc());
    const { code, err } = cli('validate', unknown, missing, file('first.json', doc()), twin);
    expect(code).toBe(1);
    expect(err).toContain(`${unknown}: inflation: unknown field "inflation"`);
    expect(err).toContain(`${missing}: cannot read the file (ENOENT)`);
    expect(err).toContain(`${twin}: id: "ok" is also the id of ${join(tmp, 'first.json')}`);
  });
});

describe('compute', () => {
  it('prints the years and totals: $542B over 20 years is 27,100,000,000.00 a year in constant dollars', () => {
    const { code, out } = cli('compute', preset('cbo-2025-high-gdp.json'), '--dollars', 'constant');
    expect(code).toBe(0);
    const yearLines = out.split('\n').filter((l) => /^\s*20\d\d /.test(l));
    expect(yearLines).toHaveLength(20);
    expect(yearLines.every((l) => l.includes('27,100,000,000.00'))).toBe(true);
    expect(out).toMatch(/^total\s+542,000,000,000\.00/m);
    expect(out).toContain('constant dollars; share rule gdp');
    expect(out).toContain("Canada's share of the program: 7.1281%");
  });

  it('uses nominal dollars by default: 27.1B × 1.02 = 27,642,000,000.00 in 2026', () => {
    const { code, out } = cli('compute', preset('cbo-2025-high-gdp.json'));
    expect(code).toBe(0);
    expect(out).toMatch(/^\s*2026\s+27,642,000,000\.00/m);
  });

  it('computes rule "area" from the sourced land areas: Canada 48.9995 % of US$175B = 85,749,198,226.18', () => {
    const area = file('area.json', doc({ id: 'area', share: { rule: 'area' }, inflationPct: '0' }));
    const { code, out } = cli('compute', area);
    expect(code).toBe(0);
    expect(out).toContain('nominal dollars; share rule area');
    // 8,788,702.80 ÷ (8,788,702.80 + 9,147,593.07) = 0.48999541843…
    expect(out).toContain("Canada's share of the program: 48.9995%");
    expect(out).toMatch(/^total\s+175,000,000,000\.00\s+85,749,198,226\.18\s+89,250,801,773\.82/m);
  });

  it('computes rule "area" from the file’s own land areas: 1 ÷ (1 + 4) = 20 %', () => {
    const area = file(
      'area.json',
      doc({ id: 'area', share: { rule: 'area' }, context: { canadaLandAreaKm2: '1', usLandAreaKm2: '4' } }),
    );
    const { code, out } = cli('compute', area, '--json');
    expect(code).toBe(0);
    expect(JSON.parse(out)).toMatchObject({
      exact: { ruleFraction: '0.2', canadaBeforeCreditUsd: '35000000000' },
    });
  });

  it('exits 1 for an invalid file and 2 for more than one file', () => {
    const bad = file('bad.json', doc({ share: { rule: 'percent', percent: '101' } }));
    expect(cli('compute', bad)).toMatchObject({
      code: 1,
      err: `${bad}: share.percent: must be at most 100, got 101`,
    });
    expect(cli('compute', preset('trump-175-gdp.json'), preset('nws-40-precedent.json')).code).toBe(2);
  });
});

describe('export', () => {
  it('writes <id>.years.csv for each scenario and summary.csv, the same bytes as the io functions', () => {
    const out = join(tmp, 'out');
    const { code, out: printed } = cli('export', ...presets, '--out', out);
    expect(code).toBe(0);
    expect(printed).toBe(`wrote ${presets.length} years CSV files and summary.csv to ${out}`);
    const results = presets.map((p) => {
      const parsed = parseScenarioText(readFileSync(p, 'utf8'));
      if (!parsed.ok) throw new Error(p);
      return computeScenario(parsed.scenario);
    });
    expect(readdirSync(out).sort()).toEqual(
      [...results.map((r) => `${r.scenario.id}.years.csv`), 'summary.csv'].sort(),
    );
    for (const r of results)
      expect(readFileSync(join(out, `${r.scenario.id}.years.csv`), 'utf8')).toBe(yearsCsv([r], 'nominal'));
    expect(readFileSync(join(out, 'summary.csv'), 'utf8')).toBe(summaryCsv(results));
  });

  it('writes constant dollars with --dollars=constant', () => {
    const out = join(tmp, 'out');
    expect(cli('export', preset('cbo-2025-high-gdp.json'), `--out=${out}`, '--dollars=constant').code).toBe(
      0,
    );
    const lines = readFileSync(join(out, 'cbo-2025-high-gdp.years.csv'), 'utf8').split('\r\n');
    expect(lines[1]).toMatch(/^cbo-2025-high-gdp,2026,constant,27100000000\.00,/);
  });

  it('writes nothing at all when any input is invalid', () => {
    const out = join(tmp, 'out');
    const bad = file('bad.json', doc({ years: 0 }));
    const { code, err } = cli('export', preset('trump-175-gdp.json'), bad, '--out', out);
    expect(code).toBe(1);
    expect(err).toContain(`${bad}: years: must be at least 1`);
    expect(err).toContain('nothing written');
    expect(existsSync(out)).toBe(false);
  });
});

describe('usage errors exit 2', () => {
  it.each([
    ['no command', [], 'Usage:'],
    ['unknown command', ['frobnicate'], 'unknown command "frobnicate"'],
    ['validate with no files', ['validate'], 'validate: no scenario file given'],
    ['unknown option', ['validate', 'x.json', '--verbose'], 'validate: unknown option --verbose'],
    [
      '--dollars bogus',
      ['compute', 'x.json', '--dollars', 'bogus'],
      '--dollars must be nominal or constant, got "bogus"',
    ],
    ['--dollars without a value', ['compute', 'x.json', '--dollars'], '--dollars needs a value'],
    ['export without --out', ['export', 'x.json'], 'export needs --out <dir>'],
  ])('%s', (_label, argv, message) => {
    const { code, out, err } = cli(...argv);
    expect(code).toBe(2);
    expect(`${out}${err}`).toContain(message);
  });

  it('prints the usage for help and exits 0', () => {
    const { code, out } = cli('help');
    expect(code).toBe(0);
    expect(out).toContain('export <files...> --out <dir>');
  });
});
