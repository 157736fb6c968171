import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  answerChain,
  dec,
  defaultOutlook,
  evaluateExpression,
  parseExpression,
  scenarioEnv,
  YEAR_FUNCTIONS,
  type Outlook,
  type Scenario,
} from '../../src/core';
import { chainLineText, chainStepText } from '../../src/i18n';
import { scenario } from './fixtures';

/** Round numbers: Canada's GDP US$2T growing 5 % a year, C$1.39 per US$, its budget C$50B; the pledge path. */
const outlook: Outlook = {
  ...defaultOutlook(),
  canadaGdpGrowthPct: dec(5),
  canadaBudget: { path: 'pledge' },
};
const easy = scenario({
  context: {
    ...scenario().context,
    canadaGdpUsd: dec('2000000000000'),
    canadaDefenceBudgetCad: dec('50000000000'),
  },
  fx: { ...scenario().fx, cadPerUsd: dec('1.39') },
  outlook,
});

function run(source: string, s: Scenario = easy): string {
  const parsed = parseExpression(source);
  if (!parsed.ok) throw new Error(parsed.error.message);
  const result = evaluateExpression(parsed.expr, scenarioEnv(s));
  if (!result.ok) throw new Error(result.error.message);
  return result.value.toString();
}

describe('the figures of one year in an answer’s formula', () => {
  it('works by hand: 2T × 1.05² = 2.205T; 2.15 % of it at 1.39 = C$65.90B; minus C$50B = C$15.90B', () => {
    expect(run('year_gdp_usd("2026")')).toBe('2205000000000');
    // 2 + (3.5 − 2) × 1 ÷ 10 = 2.15; 2,205 × 1.39 = 3,064.95; × 2.15 % = 65.896425 (C$ billions).
    expect(run('year_pledge_pct("2026")')).toBe('2.15');
    expect(run('year_budget_pct("2026")')).toBe('2.15');
    expect(run('year_budget_cad("2026") / 1e9')).toBe('65.896425');
    expect(run('year_pledge_gap_cad("2026") / 1e9')).toBe('15.896425');
    // The path is held at 3.5 % after 2035.
    expect(run('year_pledge_pct("2040")')).toBe('3.5');
  });

  it('gives Canada’s yearly cost in the scenario’s years only: US$1B a year × 1.39 × its GDP share', () => {
    const share = run('rule_share_pct("gdp")');
    const perYear = dec(share).times('0.0139').toDecimalPlaces(30).toString();
    expect(dec(run('year_canada_cad("2027") / 1e9')).toDecimalPlaces(30).toString()).toBe(perYear);
    const parsed = parseExpression('year_canada_cad("2030")');
    if (!parsed.ok) throw new Error('parse');
    const result = evaluateExpression(parsed.expr, scenarioEnv(easy));
    expect(result.ok).toBe(false);
  });

  it('refuses an argument that is not a year from 2024 to 2100, with its position', () => {
    for (const arg of ['2023', '2101', '20x6', '26', 'next']) {
      const parsed = parseExpression(`1 + year_budget_cad("${arg}")`);
      expect(parsed.ok, arg).toBe(false);
      if (!parsed.ok) expect(parsed.error.message).toMatch(/not a year from 2024 to 2100/);
    }
  });

  it('without an outlook (files before version 4), every year is today’s figure', () => {
    const old = scenario({ context: easy.context, fx: easy.fx });
    expect(run('year_gdp_usd("2030")', old)).toBe('2000000000000');
    expect(run('year_budget_cad("2030")', old)).toBe('50000000000');
    // The held budget as a share of GDP: 50 ÷ (2,000 × 1.39) × 100.
    expect(dec(run('year_budget_pct("2030")', old)).toFixed(4)).toBe('1.7986');
  });

  it('works the planned budget from the outlook’s inputs, worded in both languages', () => {
    const parsed = parseExpression('year_budget_cad("2026") / 1e9');
    if (!parsed.ok) throw new Error('parse');
    const chain = answerChain(parsed.expr, easy);
    const text = (lang: 'en' | 'fr') =>
      chain.lines.map((_l, i) => chainLineText(chain, i, 'billions', 2, lang));
    expect(text('en')).toEqual([
      '3.5 − 2 = 1.5',
      '1.5 × 1 ÷ 10 + 2 = 2.15',
      '2,000 × 1.1025 × 1.39 × 2.15 ÷ 100 ≈ 65.90',
    ]);
    expect(text('fr')[2]?.replace(/\s/g, ' ')).toBe('2 000 × 1,1025 × 1,39 × 2,15 ÷ 100 ≈ 65,90');
    const growth = chain.lines[2]?.steps[1];
    if (!growth) throw new Error('no growth step');
    expect(chainStepText(growth, 'en')).toBe(
      '× 1.1025: 2 years of GDP growth at 5% a year (1.05 to the power 2)',
    );
    expect(chainStepText(growth, 'fr').replace(/\s/g, ' ')).toBe(
      '× 1,1025 : 2 ans de croissance du PIB à 5 % par an (1,05 à la puissance 2)',
    );
    expect(chain.value.eq(dec(run('year_budget_cad("2026") / 1e9')))).toBe(true);
  });

  describe('properties', () => {
    const year = fc.integer({ min: 2024, max: 2060 });
    it('every year figure’s chain ends at its value exactly, for any year and growth', () => {
      fc.assert(
        fc.property(year, fc.integer({ min: -5, max: 12 }), (y, growth) => {
          const s = { ...easy, outlook: { ...outlook, canadaGdpGrowthPct: dec(growth) } };
          for (const fn of YEAR_FUNCTIONS.filter((f) => f !== 'year_canada_cad')) {
            const parsed = parseExpression(`${fn}("${y}")`);
            if (!parsed.ok) throw new Error('parse');
            expect(answerChain(parsed.expr, s).value.toString(), fn).toBe(run(`${fn}("${y}")`, s));
          }
        }),
        { numRuns: 40 },
      );
    });

    it('the pledge path never falls from one year to the next, and stays between 2 % and 3.5 %', () => {
      fc.assert(
        fc.property(year, (y) => {
          const now = dec(run(`year_pledge_pct("${y}")`));
          expect(dec(run(`year_pledge_pct("${y + 1}")`)).gte(now)).toBe(true);
          expect(now.gte(2) && now.lte('3.5')).toBe(true);
        }),
      );
    });
  });
});
