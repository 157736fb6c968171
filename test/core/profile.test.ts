import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PROFILES, profileShares, profileWeight, sum, type Profile } from '../../src/core';

const weights = (profile: Profile, n: number) =>
  Array.from({ length: n }, (_, k) => profileWeight(profile, k + 1, n));

describe('profileWeight', () => {
  it.each([
    ['even', 4, [1, 1, 1, 1]],
    ['front', 4, [4, 3, 2, 1]],
    ['back', 4, [1, 2, 3, 4]],
    ['bell', 4, [1, 2, 2, 1]],
    ['even', 5, [1, 1, 1, 1, 1]],
    ['front', 5, [5, 4, 3, 2, 1]],
    ['back', 5, [1, 2, 3, 4, 5]],
    ['bell', 5, [1, 2, 3, 2, 1]],
  ] as const)('%s over %i years weighs the years %j', (profile, n, expected) => {
    expect(weights(profile, n)).toEqual(expected);
  });

  it('gives a one-year program all its weight in that year, whatever the profile', () => {
    for (const p of PROFILES) expect(weights(p, 1)).toEqual([1]);
  });
});

describe('profileShares', () => {
  it('splits front over 4 years as 4/10, 3/10, 2/10, 1/10', () => {
    expect(profileShares('front', 4).map((s) => s.toString())).toEqual(['0.4', '0.3', '0.2', '0.1']);
  });

  it('splits bell over 5 years as 1/9, 2/9, 3/9, 2/9, 1/9', () => {
    const shares = profileShares('bell', 5);
    expect(shares.map((s) => s.toFixed(6))).toEqual([
      '0.111111',
      '0.222222',
      '0.333333',
      '0.222222',
      '0.111111',
    ]);
    expect(shares[2]?.times(9).toFixed(30)).toBe(`3.${'0'.repeat(30)}`);
  });

  it('splits 20 even years as 1/20 = 0.05 each', () => {
    const shares = profileShares('even', 20);
    expect(shares).toHaveLength(20);
    expect(shares.every((s) => s.eq('0.05'))).toBe(true);
  });
});

describe('properties', () => {
  const profileArb = fc.constantFrom(...PROFILES);
  const yearsArb = fc.integer({ min: 1, max: 50 });

  it('shares add up to exactly 1', () => {
    fc.assert(
      fc.property(profileArb, yearsArb, (profile, n) => {
        expect(sum(profileShares(profile, n)).eq(1)).toBe(true);
      }),
    );
  });

  it('each share is its weight over the sum of weights (to 30 places) and positive', () => {
    fc.assert(
      fc.property(profileArb, yearsArb, (profile, n) => {
        const w = weights(profile, n);
        const total = w.reduce((a, b) => a + b, 0);
        profileShares(profile, n).forEach((s, k) => {
          expect(s.gt(0)).toBe(true);
          expect(
            s
              .times(total)
              .minus(w[k] ?? 0)
              .abs()
              .lt('1e-30'),
          ).toBe(true);
        });
      }),
    );
  });

  it('front is back reversed, and even and bell are symmetric', () => {
    fc.assert(
      fc.property(yearsArb, (n) => {
        expect(weights('front', n)).toEqual(weights('back', n).reverse());
        expect(weights('bell', n)).toEqual(weights('bell', n).reverse());
      }),
    );
  });
});
