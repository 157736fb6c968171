import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));

it('runs as a real process: export writes the CSVs and exits 0', () => {
  const out = mkdtempSync(join(tmpdir(), 'golden-dome-process-'));
  try {
    const result = spawnSync(
      join(root, 'node_modules/.bin/tsx'),
      [
        'src/cli/main.ts',
        'export',
        'scenarios/trump-175-gdp.json',
        'scenarios/nws-40-precedent.json',
        '--out',
        out,
      ],
      { cwd: root, encoding: 'utf8', timeout: 60_000 },
    );
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('wrote 2 years CSV files and summary.csv');
    expect(existsSync(join(out, 'trump-175-gdp.years.csv'))).toBe(true);
    expect(existsSync(join(out, 'nws-40-precedent.years.csv'))).toBe(true);
    const summary = readFileSync(join(out, 'summary.csv'), 'utf8').split('\r\n');
    expect(summary[0]?.startsWith('\uFEFFscenario_id,name,')).toBe(true);
    expect(summary[2]).toMatch(
      /^nws-40-precedent,.*,40\.0000,100,1\.39,175000000000\.00,70000000000\.00,105000000000\.00,/,
    );
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}, 60_000);
