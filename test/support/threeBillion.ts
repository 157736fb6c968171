/** The hand-checkable scenario several chart tests share (not a test file itself). */
import { parseScenarioDoc, type JsonObject } from '../../src/io';
import type { Scenario } from '../../src/core';

/** US$3,000,000,000 over 2026–2028, even, no inflation, Canada pays 10 % (each field can be overridden). */
export function threeBillionScenario(over: JsonObject = {}): Scenario {
  const parsed = parseScenarioDoc({
    schemaVersion: 1,
    id: 'three-billion',
    name: 'Three billion',
    cost: { amount: '3000000000', currency: 'USD', dollarYear: 2026, label: 'Test amount' },
    startYear: 2026,
    years: 3,
    profile: 'even',
    costGrowthPct: '0',
    inflationPct: '0',
    discountRatePct: '0',
    share: { rule: 'percent', percent: '10' },
    ...over,
  });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return parsed.scenario;
}
