import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  buildReport,
  CATALOG,
  computeScenario,
  CONTEXT_DEFAULTS,
  COST_GROWTH_MARKS,
  findEstimate,
  FX_DEFAULTS,
  NATO_TARGETS_PCT,
  NORAD_MODERNIZATION_CAD,
  NWS_SHARE_PCT,
  PROFILES,
  type ReferenceFigure,
} from '../../src/core';
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

describe('the catalog in French', () => {
  /** Outlets that are proper names and read the same in French. */
  const PROPER_OUTLETS = new Set([
    'Congressional Budget Office',
    'American Enterprise Institute (Todd Harrison)',
    'Congressional Research Service (IN12576)',
    'Congressional Research Service (IN12447)',
    'Forecast International',
    'US Census Bureau',
    'Government Accountability Office',
    'RAND Corporation',
  ]);

  it('gives every estimate a French label, scope and notes', () => {
    for (const e of CATALOG) {
      expect(e.fr, e.id).toBeDefined();
      for (const field of ['label', 'scope', 'notes'] as const) {
        expect(e.fr?.[field].trim(), `${e.id} ${field}`).not.toBe('');
        expect(e.fr?.[field], `${e.id} ${field}`).not.toBe(e[field]);
        // French typography: no ordinary space before : ; % », none after «, no English quotes.
        expect(e.fr?.[field], `${e.id} ${field}`).not.toMatch(/ [:;%»]|« |[“”]/);
      }
    }
  });

  it('keeps the amount of each label in the French label', () => {
    // "(US$175B)" ↔ "(175 G$ US)": the same digits.
    const digits = (s: string) => (s.match(/\(([^)]*)\)\s*$/)?.[1] ?? '').replace(/\D/g, '');
    for (const e of CATALOG) expect(digits(e.fr?.label ?? ''), e.id).toBe(digits(e.label));
  });

  it('names every outlet in French unless it is a proper name', () => {
    for (const e of CATALOG) {
      if (!PROPER_OUTLETS.has(e.source.outlet)) expect(e.source.outletFr, e.id).toBeTruthy();
    }
  });

  it('gives every reference figure a French label (and short words where it has some)', () => {
    const figures: ReferenceFigure[] = [
      ...Object.values(CONTEXT_DEFAULTS),
      ...Object.values(FX_DEFAULTS),
      NWS_SHARE_PCT,
      NORAD_MODERNIZATION_CAD,
      ...COST_GROWTH_MARKS,
      ...NATO_TARGETS_PCT,
    ];
    for (const f of figures) {
      expect(f.labelFr, f.label).toBeTruthy();
      expect(f.labelFr, f.label).not.toBe(f.label);
      if (f.short) expect(f.shortFr, f.label).toBeTruthy();
      if (!PROPER_OUTLETS.has(f.source.outlet)) expect(f.source.outletFr, f.label).toBeTruthy();
    }
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
