/**
 * Links made for someone else to open: from a web page, to that page; from the single file opened
 * from disk, to the public address set at build time, or else to the file, marked local only. And no
 * module other than madeLink.ts builds an address from the page's own, so the rule holds everywhere.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeLink } from '../../src/ui/madeLink';

const SRC = resolve(import.meta.dirname, '../../src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

describe('makeLink', () => {
  const address = '/dist/golden-dome-calculator.html?view=exercises&exercise=per-person&lang=fr#s=2.x';

  it('links a served page to its own address', () => {
    expect(makeLink('/a/?view=why', 'https://example.org/a/?lang=fr', '')).toEqual({
      url: 'https://example.org/a/?view=why',
      localOnly: false,
    });
    // A public address is for the file only: a served page keeps its own.
    expect(makeLink('/a/?view=why', 'http://127.0.0.1:4173/a/', 'https://example.org/gd/').url).toBe(
      'http://127.0.0.1:4173/a/?view=why',
    );
  });

  it('links the file to the public address, keeping the view, language and scenario', () => {
    expect(
      makeLink(address, 'file:///media/usb/golden-dome-calculator.html', 'https://example.org/gd/'),
    ).toEqual({
      url: 'https://example.org/gd/?view=exercises&exercise=per-person&lang=fr#s=2.x',
      localOnly: false,
    });
  });

  it('without a public address, links the file to itself and says it works only here', () => {
    expect(makeLink(address, 'file:///media/usb/golden-dome-calculator.html', '')).toEqual({
      url: `file://${address}`,
      localOnly: true,
    });
  });
});

describe('links are made in one place', () => {
  it('no other module builds a link from the page’s own address', () => {
    const offenders = sourceFiles(SRC)
      .filter((file) => !file.endsWith('madeLink.ts'))
      .filter((file) => /location\.(href|origin|host|protocol)\b/.test(readFileSync(file, 'utf8')))
      .map((file) => relative(SRC, file));
    expect(offenders).toEqual([]);
  });
});
