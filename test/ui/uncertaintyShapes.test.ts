/** Where the tornado's parts go in pixels, and the fan's axis top, checked by hand. */
import { describe, expect, it } from 'vitest';
import { fanMax } from '../../src/ui/charts/fanSeries';
import { tornadoBars, tornadoParts } from '../../src/ui/charts/tornadoSeries';

describe('tornadoParts', () => {
  it('splits a bar from 10 to 30 at the most likely 15 over 200 px: 50 px below, 150 px above', () => {
    const [bar] = tornadoBars([{ input: 'x', lowInput: '1', highInput: '2', atLow: 30, atHigh: 10 }], 15);
    expect(bar && tornadoParts(bar, 100, 200)).toEqual({
      below: { x: 100, width: 50 },
      above: { x: 150, width: 150 },
    });
  });

  it('has only an upper part when the whole bar is above the most likely total', () => {
    const [bar] = tornadoBars([{ input: 'x', lowInput: '1', highInput: '2', atLow: 20, atHigh: 40 }], 20);
    expect(bar && tornadoParts(bar, 0, 100)).toEqual({ below: undefined, above: { x: 0, width: 100 } });
  });

  it('has no part when the input does not move the total', () => {
    const [bar] = tornadoBars([{ input: 'x', lowInput: '1', highInput: '2', atLow: 20, atHigh: 20 }], 20);
    expect(bar && tornadoParts(bar, 0, 100)).toEqual({ below: undefined, above: undefined });
  });
});

describe('fanMax', () => {
  const year = (p95: number) => ({ year: 2026, p5: 0, p25: 0, p50: 0, p75: 0, p95 });
  it('is the highest 95th percentile, and 0 for no years or negative values', () => {
    expect(fanMax([year(3), year(7.5), year(2)])).toBe(7.5);
    expect(fanMax([])).toBe(0);
    expect(fanMax([year(-1)])).toBe(0);
  });
});
