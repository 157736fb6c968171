/**
 * The npm package as a user gets it: packed once (`npm pack` builds dist-cli/ through prepack), installed
 * from the tarball in an empty folder outside the repository (decimal.js and zod from npm's cache), then
 * the `golden-dome` binary, the library entry from an .mjs file, and its types from a .ts file.
 */
import { execFileSync, spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../support/cli';
import { USAGE } from '../../src/cli/usage';
import { buildReport, computeScenario, fixed } from '../../src/core';
import { parseScenarioText } from '../../src/io';

const root = fileURLToPath(new URL('../../', import.meta.url));
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  name: string;
  dependencies: Record<string, string>;
};
const tmp = mkdtempSync(join(tmpdir(), 'golden-dome-pack-'));
const app = join(tmp, 'app');
const installed = join(app, 'node_modules', pkg.name);
const PRESET = 'trump-175-gdp.json';

function run(command: string, args: string[], cwd: string): SpawnSyncReturns<string> {
  return spawnSync(command, args, { cwd, encoding: 'utf8', timeout: 120_000 });
}

/** The installed binary through its node_modules/.bin link, as npx runs it, without npx's start-up time. */
const bin = (...args: string[]) => run(join(app, 'node_modules/.bin/golden-dome'), args, app);

/** The README's library example: the js block after its "library-example" marker. */
function readmeExample(): string {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const block = /<!-- library-example[^>]*-->\s*```js\n([\s\S]*?)```/.exec(readme)?.[1];
  if (block === undefined) throw new Error('README has no library example');
  return block;
}

beforeAll(() => {
  // prepack's build prints to stdout too: the tarball is the one .tgz file in the empty folder.
  execFileSync('npm', ['pack', '--pack-destination', tmp], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  const tarball = readdirSync(tmp).filter((f) => f.endsWith('.tgz'));
  expect(tarball).toHaveLength(1);
  mkdirSync(app);
  writeFileSync(join(app, 'package.json'), '{ "name": "app", "private": true, "type": "module" }\n');
  execFileSync(
    'npm',
    ['install', '--prefer-offline', '--no-audit', '--no-fund', join(tmp, tarball[0] ?? '')],
    { cwd: app, stdio: ['ignore', 'pipe', 'pipe'] },
  );
}, 300_000);

afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('the packed package', () => {
  it('installs only its runtime dependencies, and holds no test, source or app build', () => {
    expect(Object.keys(pkg.dependencies).sort()).toEqual(['decimal.js', 'zod']);
    expect(
      readdirSync(join(app, 'node_modules'))
        .filter((f) => !f.startsWith('.'))
        .sort(),
    ).toEqual(['decimal.js', pkg.name, 'zod'].sort());
    const top = readdirSync(installed).sort();
    expect(top).toEqual(['README.md', 'dist-cli', 'package.json', 'scenarios']);
    expect(readdirSync(join(installed, 'dist-cli')).sort()).toEqual(['bin', 'lib']);
  });

  it('npx golden-dome --help prints the usage and exits 0', () => {
    const result = run('npx', ['--no-install', 'golden-dome', '--help'], app);
    expect([result.status, result.stderr]).toEqual([0, '']);
    expect(result.stdout).toBe(`${USAGE}\n`);
    const compute = bin('compute', '--help');
    expect(compute.status).toBe(0);
    expect(compute.stdout).toMatch(/^Usage: golden-dome compute <file>/);
  }, 60_000);

  it('export writes the same bytes as npm run cli, from the presets inside the package', () => {
    const preset = join(installed, 'scenarios', PRESET);
    const byBinary = run('npx', ['--no-install', 'golden-dome', 'export', preset, '--out', 'out-bin'], app);
    expect([byBinary.status, byBinary.stderr]).toEqual([0, '']);
    const outCli = join(tmp, 'out-cli');
    const byCli = run('npm', ['run', '--silent', 'cli', '--', 'export', preset, '--out', outCli], root);
    expect([byCli.status, byCli.stderr]).toEqual([0, '']);
    const names = readdirSync(join(app, 'out-bin')).sort();
    expect(names).toEqual(['summary.csv', PRESET.replace('.json', '.years.csv')]);
    expect(readdirSync(outCli).sort()).toEqual(names);
    for (const name of names)
      expect(readFileSync(join(app, 'out-bin', name)).equals(readFileSync(join(outCli, name))), name).toBe(
        true,
      );
  }, 60_000);

  it('compute --json prints the same JSON as the sources; exit codes 1 and 2 as documented', () => {
    const preset = join(installed, 'scenarios', PRESET);
    const result = bin('compute', preset, '--json');
    expect([result.status, result.stderr]).toEqual([0, '']);
    expect(result.stdout).toBe(`${cli('compute', preset, '--json').out}`);
    expect(bin('compute', 'package.json').status).toBe(1);
    expect(bin('export', preset).status).toBe(2);
  });

  it('grade finds the exercises inside the package', () => {
    const result = bin('grade', 'nope.csv', '--out', 'out');
    expect(result.status).toBe(1);
    expect(result.stderr).toBe(
      'nope.csv: cannot read the file (ENOENT)\nno file could be marked; nothing written\n',
    );
  });

  it('the README library example runs from an .mjs file and prints the core’s figures', () => {
    writeFileSync(join(app, 'example.mjs'), readmeExample());
    const result = run('node', ['example.mjs'], app);
    expect(result.stderr).toBe('');
    const parsed = parseScenarioText(readFileSync(join(root, 'scenarios', PRESET), 'utf8'));
    if (!parsed.ok) throw new Error(PRESET);
    const { totals } = buildReport(computeScenario(parsed.scenario), 'nominal');
    const expected = [fixed(totals.canadaUsd, 2), fixed(totals.canadaSharePct, 4)];
    expect(result.stdout).toBe(`${expected.join('\n')}\n`);
    for (const figure of expected) expect(readmeExample()).toContain(`// ${figure}`);
  });

  it('its types check in a TypeScript file (Node module resolution, strict)', () => {
    writeFileSync(
      join(app, 'typed.ts'),
      [
        "import { computeScenario, parseScenarioText, type Dec, type Scenario } from 'golden-dome-calculator';",
        "const parsed = parseScenarioText('{}');",
        'const scenario: Scenario | undefined = parsed.ok ? parsed.scenario : undefined;',
        'const total: Dec | undefined = scenario && computeScenario(scenario).totalNominalUsd;',
        '// @ts-expect-error: a scenario is not a string',
        "computeScenario('not a scenario');",
        'export { total };',
        '',
      ].join('\n'),
    );
    const tsc = run(
      process.execPath,
      [
        join(root, 'node_modules/typescript/bin/tsc'),
        '--noEmit',
        '--strict',
        '--module',
        'nodenext',
        '--moduleResolution',
        'nodenext',
        'typed.ts',
      ],
      app,
    );
    expect(tsc.stdout + tsc.stderr).toBe('');
    expect(tsc.status).toBe(0);
  }, 120_000);
});
