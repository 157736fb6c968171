import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildReport, CATALOG, computeScenario, findEstimate, PROFILES } from '../../src/core';
import { scenario } from './fixtures';

describe('catalog', () => {
  it('has unique ids, each with a source outlet, title and date', () => {
    expect(new Set(CATALOG.map((e) => e.id)).size).toBe(CATALOG.length);
    for (const e of CATALOG) {
      expect(e.source.outlet.length * e.source.title.length).toBeGreaterThan(0);
      expect(e.source.date).toMatch(/^(\d{4}(-\d{2}-\d{2})?|undated)$/);
    }
  });

  it('links every low/high pair both ways and every restatement to an existing figure', () => {
    for (const e of CATALOG) {
      if (e.range) expect(findEstimate(e.range.otherId)?.range?.otherId).toBe(e.id);
      if (e.restates) expect(findEstimate(e.restates.id)).toBeDefined();
    }
  });

  it('holds the published figures: $175B, C$243B, $542B, $524B (misprint), $61B', () => {
    const amount = (id: string) => `${findEstimate(id)?.amount ?? '?'} ${findEstimate(id)?.currency ?? '?'}`;
    expect(amount('trump-total-2025')).toBe('175000000000 USD');
    expect(amount('ctv-cad-2025')).toBe('243000000000 CAD');
    expect(amount('cbo-sbi-2025-high')).toBe('542000000000 USD');
    expect(findEstimate('independent-524')?.restates).toEqual({
      id: 'cbo-sbi-2025-high',
      reason: 'misprint',
    });
    expect(amount('trump-canada-61')).toBe('61000000000 USD');
    expect(findEstimate('no-such-id')).toBeUndefined();
  });
});

describe('properties', () => {
  it('every estimate, over any period and profile, computes to its own amount in US dollars (no growth, no inflation)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...CATALOG),
        fc.integer({ min: 1, max: 50 }),
        fc.constantFrom(...PROFILES),
        (e, years, profile) => {
          const r = computeScenario(
            scenario({ cost: { kind: 'estimate', estimateId: e.id }, years, profile }),
          );
          expect(buildReport(r, 'nominal').totals.programUsd.toFixed(2)).toBe(r.base.usd.toFixed(2));
          if (e.currency === 'USD') expect(r.base.usd.eq(e.amount)).toBe(true);
        },
      ),
    );
  });
});
