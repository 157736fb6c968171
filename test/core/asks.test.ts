import { describe, expect, it } from 'vitest';
import {
  askOfShare,
  ASKS_SET_AGAINST_ID,
  CANADA_ASKS,
  CATALOG,
  dec,
  findEstimate,
  isProgramEstimate,
  PROGRAM_GROUPS,
} from '../../src/core';

describe('Canada asks', () => {
  it('are the US$61B (Truth Social, 2025-05-27) and US$71B (Air Force One, 2025-07-31) asks, in 2025 dollars', () => {
    expect(CANADA_ASKS.map((a) => [a.id, a.amount, a.source.date, a.dollarYear])).toEqual([
      ['trump-canada-61', '61000000000', '2025-05-27', 2025],
      ['trump-canada-71', '71000000000', '2025-07-31', 2025],
    ]);
  });

  it('are not program estimates: the picker’s groups leave them out, and every other entry is in one', () => {
    expect(PROGRAM_GROUPS).not.toContain('canada-ask');
    const programs = CATALOG.filter(isProgramEstimate);
    expect(programs.length + CANADA_ASKS.length).toBe(CATALOG.length);
    expect(programs.every((e) => PROGRAM_GROUPS.includes(e.group))).toBe(true);
    expect(findEstimate(ASKS_SET_AGAINST_ID)?.amount).toBe('175000000000');
  });

  it('a fixed share is an ask when its amount and currency are the ask’s', () => {
    expect(askOfShare({ rule: 'fixed', amount: dec('61e9'), currency: 'USD' })?.id).toBe('trump-canada-61');
    expect(
      askOfShare({ rule: 'fixed', amount: dec('71000000000'), currency: 'USD', amountDollars: 'constant' })
        ?.id,
    ).toBe('trump-canada-71');
    expect(askOfShare({ rule: 'fixed', amount: dec('61e9'), currency: 'CAD' })).toBeUndefined();
    expect(askOfShare({ rule: 'fixed', amount: dec('60e9'), currency: 'USD' })).toBeUndefined();
    expect(askOfShare({ rule: 'gdp' })).toBeUndefined();
  });
});
