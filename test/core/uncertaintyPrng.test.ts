import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRng, MAX_SEED, nextUnit, splitmix32 } from '../../src/core';

const take = (seed: number, n: number) => {
  const rng = createRng(seed);
  return Array.from({ length: n }, () => rng());
};

describe('the seeded generator (known answers from a C build of the reference sfc32 and splitmix32)', () => {
  it('splitmix32 from state 1 gives 2527132011, 314344336, 2535364964', () => {
    let state = 1;
    const values = [0, 1, 2].map(() => {
      const step = splitmix32(state);
      state = step.state;
      return step.value;
    });
    expect(values).toEqual([2527132011, 314344336, 2535364964]);
  });

  it('seed 1 starts 792534090, 3215351813, 160231488, 1151041103, 1990438114, 272676157', () => {
    expect(take(1, 6)).toEqual([792534090, 3215351813, 160231488, 1151041103, 1990438114, 272676157]);
  });

  it('seed 0 and the largest seed have their own known starts', () => {
    expect(take(0, 3)).toEqual([591558436, 2737234123, 107644106]);
    expect(take(MAX_SEED, 3)).toEqual([401775837, 815230463, 1635982147]);
  });

  it('turns 32 bits into [0, 1) exactly: 2^31 is 0.5', () => {
    expect(nextUnit(() => 2 ** 31)).toBe(0.5);
    expect(nextUnit(() => 0)).toBe(0);
    expect(nextUnit(() => 2 ** 32 - 1)).toBeLessThan(1);
  });

  it('refuses a seed that is negative, fractional or above 2^32 − 1', () => {
    for (const bad of [-1, 1.5, MAX_SEED + 1, Number.NaN]) expect(() => createRng(bad)).toThrow(RangeError);
  });

  it('is roughly uniform: 100,000 draws put 10 % ± 0.5 % in each tenth', () => {
    const rng = createRng(7);
    const bins = new Array<number>(10).fill(0);
    for (let i = 0; i < 100_000; i += 1) {
      const bin = Math.floor(nextUnit(rng) * 10);
      bins[bin] = (bins[bin] ?? 0) + 1;
    }
    for (const count of bins) expect(Math.abs(count - 10_000)).toBeLessThan(500);
  });
});

describe('properties', () => {
  it('the same seed gives the same stream, of whole numbers in [0, 2^32)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: MAX_SEED }), (seed) => {
        const [a, b] = [take(seed, 20), take(seed, 20)];
        expect(a).toEqual(b);
        expect(a.every((x) => Number.isInteger(x) && x >= 0 && x < 2 ** 32)).toBe(true);
      }),
    );
  });

  it('neighbouring seeds give different streams', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: MAX_SEED - 1 }), (seed) => {
        expect(take(seed, 4)).not.toEqual(take(seed + 1, 4));
      }),
    );
  });
});
