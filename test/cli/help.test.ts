import { describe, expect, it } from 'vitest';
import { cli } from '../support/cli';
import { COMMANDS, USAGE } from '../../src/cli/usage';

const names = Object.keys(COMMANDS) as (keyof typeof COMMANDS)[];

describe('--help', () => {
  it.each(names)('%s --help prints its usage, options and exit codes, and exits 0', (name) => {
    const spec = COMMANDS[name];
    for (const argv of [
      [name, '--help'],
      [name, '-h'],
      [name, 'some.json', '--help'],
    ]) {
      const { code, out, err } = cli(...argv);
      expect([code, err]).toEqual([0, '']);
      expect(out.split('\n')[0]).toBe(`Usage: golden-dome ${spec.synopsis}`);
      for (const option of [...Object.keys(spec.options), ...Object.keys(spec.flags), 'help'])
        expect(out).toContain(`--${option}`);
      expect(out).toContain('Exit codes:');
      expect(out).toMatch(/^ {2}0 {2}/m);
    }
  });

  it('the overview lists every command with its synopsis', () => {
    const { code, out } = cli('--help');
    expect(code).toBe(0);
    expect(out).toBe(USAGE);
    for (const name of names) expect(out).toContain(`  ${COMMANDS[name].synopsis}`);
    expect(out).toContain('Usage: golden-dome <command>');
  });

  it('a usage error shows the command’s own help after the problem, and exits 2', () => {
    const { code, err } = cli('compute', '--dollars', 'real', 'x.json');
    expect(code).toBe(2);
    const [problem, blank, usage] = err.split('\n');
    expect([problem, blank, usage]).toEqual([
      'compute: --dollars must be nominal or constant, got "real"',
      '',
      `Usage: golden-dome ${COMMANDS.compute.synopsis}`,
    ]);
  });

  it('a flag takes no value, and a command takes only its own options', () => {
    expect(cli('compute', 'x.json', '--json=yes').err.split('\n')[0]).toBe('compute: --json takes no value');
    expect(cli('export', 'x.json', '--json').err.split('\n')[0]).toBe('export: unknown option --json');
    expect(cli('export', 'x.json', '--json').code).toBe(2);
  });
});
