/** Spending profiles: how a program's cost is spread over its years. */
import { Dec, sum } from './money';

export const PROFILES = ['even', 'front', 'back', 'bell'] as const;
export type Profile = (typeof PROFILES)[number];

/**
 * The weight of year i (1-based) of an N-year program:
 * even 1; front N+1−i; back i; bell min(i, N+1−i).
 */
export function profileWeight(profile: Profile, i: number, years: number): number {
  switch (profile) {
    case 'even':
      return 1;
    case 'front':
      return years + 1 - i;
    case 'back':
      return i;
    case 'bell':
      return Math.min(i, years + 1 - i);
  }
}

/**
 * Each year's share of the whole (weight over the sum of weights), as exact fractions. The last
 * year takes 1 minus the others, so the shares add up to exactly 1 whatever the precision.
 */
export function profileShares(profile: Profile, years: number): readonly Dec[] {
  const key = `${profile} ${years}`;
  let shares = SHARES.get(key);
  if (!shares) {
    shares = computeShares(profile, years);
    SHARES.set(key, shares);
  }
  return shares;
}

/**
 * The shares of each profile and length, worked out once: a simulation computes thousands of draws
 * of one scenario, and the shares are twenty divisions at 80 digits. At most 4 × 50 small lists.
 */
const SHARES = new Map<string, readonly Dec[]>();

function computeShares(profile: Profile, years: number): readonly Dec[] {
  const weights = Array.from({ length: years }, (_, k) => new Dec(profileWeight(profile, k + 1, years)));
  const total = sum(weights);
  const shares = weights.map((w) => w.div(total));
  if (shares.length > 0) shares[shares.length - 1] = new Dec(1).minus(sum(shares.slice(0, -1)));
  return shares;
}
