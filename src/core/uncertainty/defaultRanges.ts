/**
 * The range the page offers when a range is switched on, and where it comes from: a sourced pair or
 * figures where there are some, a rule of thumb (said as such) where there are none. Exact (Dec).
 */
import type { RangedInput } from './range';
import { catalogCostRange, ownValue } from './ranges';
import { dec, type Dec } from '../money';
import { COST_GROWTH_MARKS, NWS_SHARE_PCT } from '../reference';
import { defaultContext, defaultFx } from '../defaults';
import { contextRuleSharePct } from '../share';
import type { Scenario } from '../scenario';

/**
 * Where a starting range comes from:
 * - `catalog-pair`: the low and high published estimates of one source (CBO 2025, AEI 2025);
 * - `rand-growth`: 0 % to RAND's +46 % average growth of completed programs;
 * - `market-quotes`: the USD/CAD quotes of 20–23 May 2025 (1.3755–1.396);
 * - `gdp-to-nws`: Canada's share of the two economies (default GDP figures) to the North Warning System's 40 %;
 * - `rule-of-thumb-cost`: −25 % to +50 % of the base cost (no source; a rule of thumb);
 * - `rule-of-thumb-inflation`: 1 point below to 2 points above the rate (no source; a rule of thumb);
 * - `rule-of-thumb-growth`: 2 points below to 2 points above the outlook's GDP growth (no source: the
 *   projections give one path, not a range; a rule of thumb).
 */
export const RANGE_BASES = [
  'catalog-pair',
  'rand-growth',
  'market-quotes',
  'gdp-to-nws',
  'rule-of-thumb-cost',
  'rule-of-thumb-inflation',
  'rule-of-thumb-growth',
] as const;
export type RangeBasis = (typeof RANGE_BASES)[number];

/** True for the bases that no source gives. */
export function isRuleOfThumb(basis: RangeBasis): boolean {
  return basis.startsWith('rule-of-thumb');
}

const RAND_GROWTH_PCT = COST_GROWTH_MARKS.find((m) => m.source.outlet.startsWith('RAND'))?.value ?? '46';
/** The USD/CAD market quotes of 20–23 May 2025 (docs/sources.md, exchange rates). */
const CAD_PER_USD_LOW = '1.3755';
const CAD_PER_USD_HIGH = '1.396';

/** The rule of thumb's spread around the outlook's GDP growth, in points of % a year. */
const GROWTH_SPREAD_POINTS = 2;

/** Canada's GDP share with the default figures, in percent, exact (7.128…). */
function defaultGdpSharePct(): Dec {
  return contextRuleSharePct('gdp', defaultContext(), defaultFx());
}

/**
 * The starting low and high of a range on `input`, in the input's own unit, widened to contain the
 * scenario's own value, and the basis they come from. The base cost of a catalog estimate with a
 * low/high pair takes the pair.
 */
export function defaultRange(
  scenario: Scenario,
  input: RangedInput,
): { low: Dec; high: Dec; basis: RangeBasis } {
  const own = ownValue(scenario, input) ?? dec(0);
  const pair =
    input === 'baseCost' && scenario.cost.kind === 'estimate'
      ? catalogCostRange(scenario.cost.estimateId)
      : undefined;
  const [low, high, basis]: [Dec, Dec, RangeBasis] = pair
    ? [pair.low, pair.high, 'catalog-pair']
    : input === 'baseCost'
      ? [own.times('0.75'), own.times('1.5'), 'rule-of-thumb-cost']
      : input === 'costGrowthPct'
        ? [dec(0), dec(RAND_GROWTH_PCT), 'rand-growth']
        : input === 'cadPerUsd'
          ? [dec(CAD_PER_USD_LOW), dec(CAD_PER_USD_HIGH), 'market-quotes']
          : input === 'canadaSharePct'
            ? [defaultGdpSharePct(), dec(NWS_SHARE_PCT.value), 'gdp-to-nws']
            : input === 'canadaGdpGrowthPct'
              ? [own.minus(GROWTH_SPREAD_POINTS), own.plus(GROWTH_SPREAD_POINTS), 'rule-of-thumb-growth']
              : [own.minus(1), own.plus(2), 'rule-of-thumb-inflation'];
  return { low: low.lt(own) ? low : own, high: high.gt(own) ? high : own, basis };
}
