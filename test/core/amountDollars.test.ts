import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildReport, computeScenario, dec, scenarioProblems, type Scenario } from '../../src/core';
import { scenario, scenarioArb, share } from './fixtures';

/** US$175B (2025 dollars) over 2026–2028 at 2 % inflation: nominal total 175/3 × (1.02 + 1.0404 + 1.061208). */
const trump175 = (s: Scenario['share']) =>
  scenario({
    cost: { kind: 'estimate', estimateId: 'trump-total-2025' },
    inflationPct: dec(2),
    share: s,
  });
const ask61 = (amountDollars?: 'nominal' | 'constant') =>
  share({
    rule: 'fixed',
    amount: dec('61000000000'),
    currency: 'USD',
    ...(amountDollars ? { amountDollars } : {}),
  });

describe('which dollars a fixed amount is in', () => {
  it('without the field, US$61B is nominal: 61 ÷ 182.0938 = 33.50 % of the program (as before version 3)', () => {
    const r = computeScenario(trump175(ask61()));
    expect(r.totalNominalUsd.toFixed(2)).toBe('182093800000.00');
    const report = buildReport(r, 'nominal');
    expect(report.totals.canadaUsd.toFixed(2)).toBe('61000000000.00');
    expect(report.totals.canadaSharePct.toFixed(4)).toBe('33.4992');
    expect(computeScenario(trump175(ask61('nominal'))).canadaFraction.eq(r.canadaFraction)).toBe(true);
  });

  it('in constant 2025 dollars, US$61B of US$175B is 34.86 %: US$61B constant, 61 × 1.040536 = US$63.47B as spent', () => {
    const r = computeScenario(trump175(ask61('constant')));
    expect(buildReport(r, 'constant').totals.canadaUsd.toFixed(2)).toBe('61000000000.00');
    expect(buildReport(r, 'nominal').totals.canadaUsd.toFixed(2)).toBe('63472696000.00');
    expect(buildReport(r, 'nominal').totals.canadaSharePct.toFixed(4)).toBe('34.8571');
  });

  it('refuses a constant amount above the covered constant total, naming the dollars', () => {
    const s = trump175(
      share({ rule: 'fixed', amount: dec('176e9'), currency: 'USD', amountDollars: 'constant' }),
    );
    expect(scenarioProblems(s)[0]?.message).toContain('constant 2025 dollars');
  });
});

describe('which dollars the credit is in', () => {
  // US$300 (2025 dollars) over 2026–2028 at 10 %: nominal 110 + 121 + 133.1 = 364.1. Canada 50 %.
  const half = (creditDollars?: 'nominal' | 'constant') =>
    scenario({
      cost: { kind: 'custom', amount: dec(300), currency: 'USD', dollarYear: 2025, label: 'x' },
      inflationPct: dec(10),
      share: {
        ...share({ rule: 'percent', percent: dec(50) }, { creditCad: '69.5' }),
        ...(creditDollars ? { creditDollars } : {}),
      },
    });

  it('a nominal C$69.50 (US$50 at 1.39) comes off Canada’s nominal US$182.05: US$132.05 as spent', () => {
    const r = computeScenario(half());
    expect(buildReport(r, 'nominal').totals.canadaUsd.toFixed(2)).toBe('132.05');
    expect(computeScenario(half('nominal')).canadaFraction.eq(r.canadaFraction)).toBe(true);
  });

  it('a constant C$69.50 comes off Canada’s constant US$150: US$100 constant, two thirds of 182.05 as spent', () => {
    const r = computeScenario(half('constant'));
    expect(buildReport(r, 'constant').totals.canadaUsd.toFixed(2)).toBe('100.00');
    expect(buildReport(r, 'nominal').totals.canadaUsd.toFixed(2)).toBe('121.37');
  });
});

describe('properties', () => {
  it('a fixed amount in constant dollars is exactly Canada’s constant total before any credit, at any inflation', () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        if (s.share.rule !== 'fixed' || s.share.amountDollars !== 'constant' || !s.share.creditCad.isZero())
          return;
        const r = computeScenario(s);
        const canadaConstant = r.totalConstantUsd.times(r.canadaFraction);
        const fixedUsd = s.share.amount;
        expect(
          canadaConstant.minus(fixedUsd).abs().lte(r.totalConstantUsd.abs().times('1e-30').plus('1e-20')),
        ).toBe(true);
      }),
    );
  });

  it('with no inflation and the dollar-year at the start, the dollars of the amount and credit change nothing', () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        if (!s.inflationPct.isZero()) return;
        const nominal: Scenario = {
          ...s,
          share: {
            ...s.share,
            creditDollars: 'nominal',
            ...(s.share.rule === 'fixed' ? { amountDollars: 'nominal' } : {}),
          },
        };
        expect(scenarioProblems(nominal)).toEqual([]);
        const a = buildReport(computeScenario(s), 'nominal').totals;
        const b = buildReport(computeScenario(nominal), 'nominal').totals;
        expect(a.canadaUsd.minus(b.canadaUsd).abs().lte('0.01')).toBe(true);
      }),
    );
  });
});
