/**
 * A seeded pseudo-random generator built only from 32-bit integer operations (Math.imul, shifts,
 * xor, `| 0`), so a seed gives the same stream in every JavaScript engine: sfc32 (Chris Doty-Humphrey's
 * Small Fast Counting generator, from PractRand), its three state words filled by splitmix32.
 * Not for cryptography.
 */

import { SIMULATION_SETTINGS } from './settings';

/** Seeds are whole numbers from 0 to 2^32 − 1. */
export const MAX_SEED = SIMULATION_SETTINGS.seed.max;

/** One step of splitmix32 (Steele, Lea, Flood): advances `state` by the golden-ratio increment and mixes it. */
export function splitmix32(state: number): { state: number; value: number } {
  const next = (state + 0x9e3779b9) | 0;
  let z = next;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
  z ^= z >>> 16;
  return { state: next, value: z >>> 0 };
}

/** A generator of 32-bit unsigned integers. */
export type Rng = () => number;

/**
 * sfc32 seeded by splitmix32(seed) for its a, b, c words and a counter of 1, with the first 12
 * outputs discarded (as PractRand's reference does). Returns whole numbers in [0, 2^32).
 */
export function createRng(seed: number): Rng {
  if (!Number.isInteger(seed) || seed < 0 || seed > MAX_SEED) {
    throw new RangeError(`seed must be a whole number from 0 to ${MAX_SEED}, got ${seed}`);
  }
  let state = seed | 0;
  const words = [0, 0, 0].map(() => {
    const step = splitmix32(state);
    state = step.state;
    return step.value | 0;
  });
  let [a = 0, b = 0, c = 0] = words;
  let counter = 1;
  const next: Rng = () => {
    const t = (((a + b) | 0) + counter) | 0;
    counter = (counter + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (((c << 21) | (c >>> 11)) + t) | 0;
    return t >>> 0;
  };
  for (let i = 0; i < 12; i += 1) next();
  return next;
}

/** A uniform number in [0, 1): the generator's next 32 bits over 2^32 (exact in a double). */
export function nextUnit(rng: Rng): number {
  return rng() / 4294967296;
}
