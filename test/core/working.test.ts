import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  buildReport,
  computeScenario,
  dec,
  heldOutlook,
  DOLLARS,
  WORKING_TARGETS,
  workingFor,
  type Dec,
  type WorkingStep,
} from '../../src/core';
import { scenario, scenarioArb, share } from './fixtures';

const billions = (d: Dec) => d.div('1e9').toFixed(2);
const cbo542 = scenario({
  cost: { kind: 'estimate', estimateId: 'cbo-sbi-2025-high' },
  years: 20,
  inflationPct: dec(2),
  fx: { cadPerUsd: dec('1.39'), usdPerGbp: dec('1.3369') },
});

describe('the working of Canada’s total', () => {
  it('CBO US$542B (2025 dollars) → +2 % a year → US$671.63B as spent → × 7.13 % → × 1.39 → C$66.55B', () => {
    const w = workingFor(computeScenario(cbo542), 'canadaCad', 'nominal');
    expect(w.steps.map((s) => s.kind)).toEqual(['base', 'years', 'share', 'toCad']);
    expect(w.steps.map((s) => billions(s.value))).toEqual(['542.00', '671.63', '47.87', '66.55']);
    expect(w.steps[2]?.operand.times(100).toFixed(2)).toBe('7.13');
    expect(w.rounded.eq(buildReport(computeScenario(cbo542), 'nominal').totals.canadaCad)).toBe(true);
  });

  it('in constant dollars the years step keeps US$542B (factor 1)', () => {
    const w = workingFor(computeScenario(cbo542), 'canadaUsd', 'constant');
    expect(w.steps[1]).toMatchObject({ kind: 'years', dollars: 'constant' });
    expect(w.steps[1]?.operand.eq(1)).toBe(true);
    expect(billions(w.rounded)).toBe('38.63');
  });

  it('C$243B → ÷ 1.39 → +10 % growth → 50 % covered → NWS 40 % → − the C$13.9B credit (US$10B)', () => {
    const r = computeScenario(
      scenario({
        cost: { kind: 'custom', amount: dec('243e9'), currency: 'CAD', dollarYear: 2026, label: 'x' },
        costGrowthPct: dec(10),
        share: share({ rule: 'nws' }, { coveredPct: '50', creditCad: '13.9e9' }),
      }),
    );
    const w = workingFor(r, 'canadaUsd', 'nominal');
    expect(w.steps.map((s) => s.kind)).toEqual([
      'base',
      'toUsd',
      'growth',
      'years',
      'covered',
      'share',
      'credit',
    ]);
    // 243 ÷ 1.39 = 174.82; × 1.1 = 192.30; × 0.5 = 96.15; × 0.4 = 38.46; − 10 = 28.46.
    expect(w.steps.map((s) => billions(s.value))).toEqual([
      '243.00',
      '174.82',
      '192.30',
      '192.30',
      '96.15',
      '38.46',
      '28.46',
    ]);
    expect(w.steps[6]).toMatchObject({ operation: 'minus', creditDollars: 'nominal' });
  });

  it('a fixed amount names its dollars and the covered total it is set against', () => {
    const r = computeScenario(
      scenario({
        cost: { kind: 'estimate', estimateId: 'trump-total-2025' },
        inflationPct: dec(2),
        share: share({ rule: 'fixed', amount: dec('61e9'), currency: 'USD', amountDollars: 'constant' }),
      }),
    );
    const step = workingFor(r, 'canadaUsd', 'nominal').steps.find((s) => s.kind === 'share');
    expect(step).toMatchObject({ rule: 'fixed', fixed: { amountDollars: 'constant' } });
    if (step?.kind !== 'share' || !step.fixed) throw new Error('no fixed share step');
    expect(billions(step.fixed.coveredUsd)).toBe('175.00');
    expect(step.operand.times(100).toFixed(2)).toBe('34.86');
  });

  it('the US’s part is the program total less Canada’s, both rounded (as in the report)', () => {
    const w = workingFor(computeScenario(cbo542), 'usUsd', 'nominal');
    expect(w.steps.map((s) => s.kind)).toEqual(['base', 'years', 'minusCanada']);
    expect(billions(w.rounded)).toBe('623.75'); // 671.628 − 47.875
  });

  it('per person and share of the defence budget continue from Canada’s total in C$', () => {
    const r = computeScenario(cbo542);
    expect(
      workingFor(r, 'canadaCadPerPerson', 'nominal')
        .steps.map((s) => s.kind)
        .slice(-2),
    ).toEqual(['toCad', 'perPerson']);
    const budget = workingFor(r, 'canadaAvgPctOfDefenceBudget', 'nominal');
    expect(budget.steps.map((s) => s.kind).slice(-2)).toEqual(['perYear', 'ofBudget']);
    expect(budget.steps[budget.steps.length - 2]?.operand.eq(20)).toBe(true);
  });

  it('with an outlook, the share of the budget is each year’s cost over that year’s planned budget, averaged', () => {
    // US$3B over 2026–2028, 10 % by GDP: C$139M a year against the pledge path's C$59.77B, C$63.94B and
    // C$68.11B (2.15 %, 2.30 %, 2.45 % of C$2.78T): (0.232558… + 0.217391… + 0.204082…) ÷ 3 = 0.2180 %.
    const s = scenario({
      context: { ...scenario().context, canadaGdpUsd: dec('2000000000000'), usGdpUsd: dec('18000000000000') },
      outlook: { ...heldOutlook(), canadaBudget: { path: 'pledge' } },
    });
    const budget = workingFor(computeScenario(s), 'canadaAvgPctOfDefenceBudget', 'nominal');
    const last = budget.steps[budget.steps.length - 1];
    expect(last?.kind).toBe('ofPlannedBudget');
    expect(budget.rounded.toString()).toBe('0.218');
    if (last?.kind !== 'ofPlannedBudget') throw new Error('not a planned budget');
    expect([last.firstBudgetCad.toString(), last.lastBudgetCad.toString()]).toEqual([
      '59770000000',
      '68110000000',
    ]);
  });
});

/** The value a step's operation gives from the value before it. */
function apply(before: Dec, step: WorkingStep): Dec {
  switch (step.operation) {
    case 'start':
      return step.operand;
    case 'times':
      return before.times(step.operand);
    case 'divide':
      return before.div(step.operand);
    case 'minus':
      return before.minus(step.operand);
    case 'percentOf':
      return before.div(step.operand).times(100);
  }
}

describe('properties', () => {
  it('every working ends at the report’s figure to the cent (or 4 places for a percentage), in both dollars', () => {
    fc.assert(
      fc.property(scenarioArb, fc.constantFrom(...DOLLARS), (s, dollars) => {
        const r = computeScenario(s);
        const totals = buildReport(r, dollars).totals;
        for (const target of WORKING_TARGETS) {
          expect(workingFor(r, target, dollars).rounded.eq(totals[target])).toBe(true);
        }
      }),
    );
  });

  it('each step’s value is its operation on the value before it (to the working precision; a cent for the US’s rounded part)', () => {
    fc.assert(
      fc.property(scenarioArb, fc.constantFrom(...DOLLARS), (s, dollars) => {
        const r = computeScenario(s);
        const scale = r.totalNominalUsd
          .abs()
          .plus(r.totalConstantUsd.abs())
          .plus(r.base.amount.abs())
          .times(2);
        for (const target of WORKING_TARGETS) {
          let before = dec(0);
          for (const step of workingFor(r, target, dollars).steps) {
            // Scaled by the largest figure in play: a credit can leave a small difference of two large numbers.
            const size = scale.times(step.unit === 'pct' ? 100 : step.unit === 'CAD' ? s.fx.cadPerUsd : 1);
            const tolerance = step.kind === 'minusCanada' ? dec('0.01') : size.times('1e-30').plus('1e-20');
            expect(apply(before, step).minus(step.value).abs().lte(tolerance)).toBe(true);
            before = step.value;
          }
        }
      }),
    );
  });
});
