/** The chart image's legend: items in a row from the left, a new row when the next would not fit. */
import { describe, expect, it } from 'vitest';
import { legendLayout } from '../../src/ui/export/legendLayout';

const swatch = { width: 24, height: 16 };

describe('legendLayout', () => {
  it('places items one after another: swatch, 6 px, words, 18 px', () => {
    // 24 + 6 + 100 + 18 = 148 px an item.
    const { places, bottom } = legendLayout(
      [
        { swatch, labelWidth: 100 },
        { swatch, labelWidth: 100 },
      ],
      20,
      480,
      300,
      22,
    );
    expect(places).toEqual([
      { swatch: { x: 20, y: 303 }, text: { x: 50, y: 315 } },
      { swatch: { x: 168, y: 303 }, text: { x: 198, y: 315 } },
    ]);
    expect(bottom).toBe(322);
  });

  it('starts a new row when the next item would pass the inner width, never before the first', () => {
    const wide = { swatch: null, labelWidth: 400 }; // 0 + 6 + 400 + 18 = 424 px
    const { places, bottom } = legendLayout([wide, wide, wide], 20, 480, 0, 22);
    expect(places.map((p) => p.text)).toEqual([
      { x: 26, y: 15 },
      { x: 26, y: 37 },
      { x: 26, y: 59 },
    ]);
    expect(places.every((p) => p.swatch === null)).toBe(true);
    expect(bottom).toBe(66);
  });

  it('takes no room without items', () => {
    expect(legendLayout([], 20, 480, 123, 22)).toEqual({ places: [], bottom: 123 });
  });
});
