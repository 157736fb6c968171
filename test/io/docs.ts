/** Scenario documents for the io tests (not a test file itself). */
import type { JsonObject } from '../../src/io';

/** Round numbers: Canada has 10 million people, a C$50B defence budget and a tenth of a US$20T combined GDP. */
export const EASY_CONTEXT = {
  canadaGdpUsd: '2000000000000',
  usGdpUsd: '18000000000000',
  canadaPopulation: '10000000',
  canadaDefenceBudgetCad: '50000000000',
};

/** US$3B in 2026 dollars over 2026–2028, even, split by GDP (10 % with EASY_CONTEXT). */
export function customDoc(over: JsonObject = {}): JsonObject {
  return {
    schemaVersion: 1,
    id: 'easy-gdp',
    name: 'Easy GDP split',
    cost: { amount: '3000000000', currency: 'USD', dollarYear: 2026, label: 'Three billion' },
    startYear: 2026,
    years: 3,
    share: { rule: 'gdp' },
    context: EASY_CONTEXT,
    ...over,
  };
}

/** A catalog-estimate scenario: Trump's US$175B over its default 2026–2028, split by GDP. */
export function estimateDoc(over: JsonObject = {}): JsonObject {
  return {
    schemaVersion: 1,
    id: 'trump',
    name: 'Trump',
    cost: { estimateId: 'trump-total-2025' },
    share: { rule: 'gdp' },
    ...over,
  };
}
