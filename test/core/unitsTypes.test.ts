/**
 * Money carries its currency in its type: the type-check (npm run typecheck, which covers test/)
 * refuses to add US dollars to Canadian dollars. Each `@ts-expect-error` below fails the type-check
 * if the line it marks ever type-checks.
 */
import { describe, expect, it } from 'vitest';
import { buildReport, cad, computeScenario, dec, usd, usdToCad, type Cad, type Usd } from '../../src/core';
import { parseScenarioText } from '../../src/io';

describe('branded money', () => {
  it('adds amounts of one currency, and refuses to mix currencies', () => {
    const a = usd('1.5');
    const b = usd('2');
    const c = cad('3');
    expect(a.plus(b).toString()).toBe('3.5');
    // @ts-expect-error US dollars plus Canadian dollars
    expect(a.plus(c).toString()).toBe('4.5');
    // @ts-expect-error Canadian dollars minus US dollars
    expect(c.minus(a).toString()).toBe('1.5');
    // @ts-expect-error a plain decimal is not money of any currency
    expect(a.plus(dec(1)).toString()).toBe('2.5');
    // @ts-expect-error Canadian dollars are not US dollars
    const wrong: Usd = c;
    expect(wrong.toString()).toBe('3');
    const converted: Cad = usdToCad(a, { cadPerUsd: dec('1.4'), usdPerGbp: dec('1.3') });
    expect(converted.plus(c).toString()).toBe('5.1');
  });

  it('types a report’s money by currency', () => {
    const parsed = parseScenarioText(
      JSON.stringify({
        schemaVersion: 3,
        id: 'typed',
        name: 'Typed',
        cost: { estimateId: 'trump-total-2025' },
        share: { rule: 'percent', percent: '10' },
      }),
    );
    if (!parsed.ok) throw new Error('invalid');
    const { totals } = buildReport(computeScenario(parsed.scenario), 'nominal');
    expect(totals.canadaUsd.plus(totals.usUsd).eq(totals.programUsd)).toBe(true);
    // @ts-expect-error the program in US dollars plus Canada's part in Canadian dollars
    expect(totals.programUsd.plus(totals.canadaCad).gt(totals.programUsd)).toBe(true);
  });
});
