/**
 * What a range on a scenario's input is: which inputs can have one, its distributions and its shape.
 * Data only (no computation), so that the scenario type can hold ranges without importing the
 * code that resolves them (ranges.ts), which itself computes scenarios.
 */
import type { Dec } from '../money';

/**
 * The inputs a scenario can give a range to, in the order the simulation draws them. A new input is
 * appended, never inserted: a seed then gives the same draws as before to every scenario that does
 * not range it. canadaGdpGrowthPct is the outlook's (docs/model.md §12): only with an outlook.
 */
export const RANGED_INPUTS = [
  'baseCost',
  'costGrowthPct',
  'inflationPct',
  'cadPerUsd',
  'canadaSharePct',
  'canadaGdpGrowthPct',
] as const;
export type RangedInput = (typeof RANGED_INPUTS)[number];

/**
 * The distributions a range can have. PERT is left out on purpose: sampling a beta distribution
 * needs log/exp/pow (or a gamma sampler), which are not correctly rounded in JavaScript, so the
 * same seed could give different numbers in different engines.
 */
export const DISTRIBUTIONS = ['uniform', 'triangular'] as const;
export type Distribution = (typeof DISTRIBUTIONS)[number];

/** A range on one input, in the input's own unit (see RANGE_UNITS). low ≤ mostLikely ≤ high. */
export interface Range {
  readonly low: Dec;
  readonly mostLikely: Dec;
  readonly high: Dec;
  readonly distribution: Distribution;
}

export type Ranges = Partial<Record<RangedInput, Range>>;

/** A range as a file gives it: mostLikely may be left out (it then defaults to the scenario's own value). */
export interface RangeSpec {
  readonly low: Dec;
  readonly mostLikely?: Dec | undefined;
  readonly high: Dec;
  readonly distribution: Distribution;
}

export type RangeSpecs = Partial<Record<RangedInput, RangeSpec>>;
