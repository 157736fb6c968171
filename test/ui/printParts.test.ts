import { describe, expect, it } from 'vitest';
import { pageCounterContent } from '../../src/ui/exercises/PageNumbers';
import { qrPath } from '../../src/ui/exercises/QrCode';

describe('page numbers in print', () => {
  it('turns the catalog message into CSS counters, in both languages', () => {
    expect(pageCounterContent('Page {n} of {count}')).toBe('"Page " counter(page) " of " counter(pages)');
    expect(pageCounterContent('Page {n} sur {count}')).toBe('"Page " counter(page) " sur " counter(pages)');
  });

  it('escapes quotes and backslashes so a message cannot break the style sheet', () => {
    expect(pageCounterContent('"{n}"\\')).toBe('"\\"" counter(page) "\\"\\\\"');
  });
});

describe('the QR code of the link', () => {
  const link = 'https://example.org/golden-dome/?view=exercises&exercise=inflation-constant-dollars&lang=fr';

  it('is a square with a quiet zone of 4 modules and the three finder patterns', () => {
    const { size, d } = qrPath(link);
    // Version v has 17 + 4v modules, plus 4 on each side.
    expect((size - 8 - 17) % 4).toBe(0);
    const dark = new Set([...d.matchAll(/M(\d+) (\d+)/g)].map((m) => `${m[1]},${m[2]}`));
    const inner = size - 8;
    // The 7×7 finder patterns: a dark ring and a dark 3×3 centre, at three corners.
    for (const [x0, y0] of [
      [4, 4],
      [4 + inner - 7, 4],
      [4, 4 + inner - 7],
    ] as const) {
      for (let i = 0; i < 7; i++) {
        expect(dark.has(`${x0 + i},${y0}`)).toBe(true);
        expect(dark.has(`${x0},${y0 + i}`)).toBe(true);
      }
      expect(dark.has(`${x0 + 1},${y0 + 1}`)).toBe(false);
      expect(dark.has(`${x0 + 3},${y0 + 3}`)).toBe(true);
    }
    // Nothing in the quiet zone.
    for (const cell of dark) {
      const [x, y] = cell.split(',').map(Number);
      expect(x).toBeGreaterThanOrEqual(4);
      expect(y).toBeLessThan(size - 4);
    }
  });

  it('is the same for the same link (made here, not fetched)', () => {
    expect(qrPath(link)).toEqual(qrPath(link));
  });
});
