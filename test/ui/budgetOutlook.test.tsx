// @vitest-environment jsdom
/**
 * The results with an outlook (issue 14): the budget chart's per-year budget, its NATO lines and
 * texts, the GDP chart's baseline and the peak card, checked by hand.
 */
import '@testing-library/jest-dom/vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { computeScenario, type ScenarioResult } from '../../src/core';
import { parseScenarioDoc } from '../../src/io';
import { createAppStore, getAppStore, replaceAppStore } from '../../src/state';
import { ResultCharts } from '../../src/ui/charts';
import { budgetCsv } from '../../src/ui/charts/chartCsv';
import { gdpText } from '../../src/ui/charts/describe';
import { budgetText } from '../../src/ui/charts/describeBudget';
import { resultSeries } from '../../src/ui/charts/series';
import { SummaryCards } from '../../src/ui/results/SummaryCards';
import { summarySentence } from '../../src/ui/results/summaryText';
import { MemoryStorage } from '../support/memoryStorage';

afterEach(cleanup);

/** French no-break spaces as plain spaces, so expected texts read as typed. */
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

interface Options {
  readonly amount?: string;
  readonly years?: number;
  readonly outlook?: Record<string, unknown>;
}

/**
 * US$1B a year from 2026 (US$3B over 3 years by default), even, no inflation, Canada pays 10 %:
 * C$0.139B a year at 1.39. With `outlook`, a version 4 file (GDP US$2,240B in 2024).
 */
function scenario({ amount = '3000000000', years = 3, outlook }: Options = {}): ScenarioResult {
  const parsed = parseScenarioDoc({
    schemaVersion: outlook ? 4 : 1,
    id: 'outlook-test',
    name: 'Outlook test',
    cost: { amount, currency: 'USD', dollarYear: 2026, label: 'Test amount' },
    startYear: 2026,
    years,
    profile: 'even',
    costGrowthPct: '0',
    inflationPct: '0',
    discountRatePct: '0',
    share: { rule: 'percent', percent: '10' },
    ...(outlook ? { outlook } : {}),
  });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return computeScenario(parsed.scenario);
}

const PLEDGE_FLAT = { canadaGdpGrowthPct: '0', usGdpGrowthPct: '0', canadaBudget: { path: 'pledge' } };

describe('the budget series with an outlook (checked by hand)', () => {
  // GDP C$3,113.6B every year (US$2,240B × 1.39, growth 0). The pledge path: 2 % in 2025 rising by
  // 0.15 points a year, so 2.15 %, 2.30 %, 2.45 % → C$66.9424B, C$71.6128B, C$76.2832B. The new money
  // is that minus C$62.7B held: C$4.2424B, C$8.9128B, C$13.5832B.
  const s = resultSeries(scenario({ outlook: PLEDGE_FLAT }), 'USD', 'nominal');

  it('plans the budget on the pledge path and puts C$0.139B on top of it', () => {
    expect(s.outlook).toBe(true);
    expect(s.budget.map((p) => p.budgetBn)).toEqual([66.9424, 71.6128, 76.2832]);
    expect(s.budget.map((p) => p.goldenDomeBn)).toEqual([0.139, 0.139, 0.139]);
  });

  it('sets the cost against each year’s budget and the pledge’s new money', () => {
    // 0.139 ÷ 66.9424 = 0.20764…% ; 0.139 ÷ 4.2424 = 3.27644…%
    expect(s.budget.map((p) => p.pct)).toEqual([0.2076, 0.1941, 0.1822]);
    expect(s.budget.map((p) => p.gapPct)).toEqual([3.2764, 1.5596, 1.0233]);
  });

  it('draws NATO 2 % and 3.5 % of each year’s GDP as C$ a year', () => {
    expect(s.pledgeLines.map((l) => l.label)).toEqual(['NATO 2%', 'NATO 3.5%']);
    // 2 % and 3.5 % of C$3,113.6B
    expect(s.budget.map((p) => p.natoBn)).toEqual([
      [62.272, 108.976],
      [62.272, 108.976],
      [62.272, 108.976],
    ]);
  });

  it('puts each year’s planned budget over that year’s GDP in the GDP chart', () => {
    // The pledge path's shares exactly; US$0.1B ÷ US$2,240B = 0.0045 %
    expect(s.gdp.map((p) => [p.withoutPct, p.goldenDomePct, p.withPct])).toEqual([
      [2.15, 0.0045, 2.1545],
      [2.3, 0.0045, 2.3045],
      [2.45, 0.0045, 2.4545],
    ]);
  });

  it('is the C$62.7B budget every year without an outlook (core still sets the pledge against 2024 GDP)', () => {
    const held = resultSeries(scenario(), 'USD', 'nominal');
    expect(held.outlook).toBe(false);
    expect(held.budget[0]).toEqual({
      year: 2026,
      pct: 0.2217,
      budgetBn: 62.7,
      goldenDomeBn: 0.139,
      gapPct: 3.2764,
      natoBn: [62.272, 108.976],
    });
  });
});

describe('the budget chart’s words', () => {
  const s = (lang: 'en' | 'fr') => resultSeries(scenario({ outlook: PLEDGE_FLAT }), 'USD', 'nominal', lang);

  it('says the planned budget’s path and the peak, in English', () => {
    const text = budgetText(s('en'), 'en');
    expect(text.title).toBe(
      'Canada’s defence budget with its Golden Dome cost on top, C$ billions (nominal)',
    );
    expect(text.summary).toBe(
      'Bars by year, 2026–2028: Canada’s planned defence budget, from C$66.94 billion in 2026 to C$76.28 billion in 2028, with its Golden Dome cost on top, against dashed lines at NATO’s 2%, 3.5% of each year’s GDP. The cost peaks at 0.21% of the budget in 2026.',
    );
    const table = text.table();
    expect(table.columns).toEqual([
      'Year',
      '% of defence budget',
      'Planned defence budget',
      'Canada’s Golden Dome cost',
      'NATO 2% of GDP',
      'NATO 3.5% of GDP',
      '% of the pledge’s new money',
    ]);
    expect(table.rows[0]).toEqual(['2026', '0.21%', '66.94', '0.14', '62.27', '108.98', '3.28%']);
    expect(text.tips().get('2026')?.lines).toEqual([
      'Planned defence budget: C$66.94 billion',
      'Canada’s Golden Dome cost: C$0.14 billion',
      '0.21% of Canada’s defence budget',
      '3.28% of the new money the NATO pledge adds',
      'NATO 2% of GDP: C$62.27 billion',
      'NATO 3.5% of GDP: C$108.98 billion',
    ]);
  });

  it('says the same in French', () => {
    const text = budgetText(s('fr'), 'fr');
    expect(plain(text.title)).toBe(
      'Budget de la défense du Canada, avec le coût du Dôme d’or par-dessus, en milliards $ CA (dollars nominaux)',
    );
    expect(plain(text.summary)).toContain(
      'le budget de la défense prévu du Canada, de 66,94 milliards $ CA en 2026 à 76,28 milliards $ CA en 2028',
    );
    expect(plain(text.summary)).toContain('Le coût culmine à 0,21 % du budget en 2026.');
    const table = text.table();
    expect(table.columns.map(plain)).toEqual([
      'Année',
      '% du budget de la défense',
      'Budget de la défense prévu',
      'Coût du Dôme d’or pour le Canada',
      'OTAN 2 % du PIB',
      'OTAN 3,5 % du PIB',
      '% de l’argent neuf de l’engagement',
    ]);
    expect(table.rows[0]?.map(plain)).toEqual([
      '2026',
      '0,21 %',
      '66,94',
      '0,14',
      '62,27',
      '108,98',
      '3,28 %',
    ]);
  });

  it('says when the pledge adds no new money, and keeps the held wording without an outlook', () => {
    // GDP shrinking 5 % a year: 2026's GDP is C$3,113.6B × 0.95² = C$2,810.024B; 2.15 % of it is
    // C$60.42B, less than C$62.7B: the pledge adds nothing that year.
    const shrinking = resultSeries(
      scenario({ outlook: { ...PLEDGE_FLAT, canadaGdpGrowthPct: '-5' }, years: 1, amount: '1000000000' }),
      'USD',
      'nominal',
    );
    const text = budgetText(shrinking, 'en');
    expect(text.table().rows[0]?.at(-1)).toBe('none');
    expect(text.tips().get('2026')?.lines).toContain('the NATO pledge adds no new money this year');
    const held = budgetText(resultSeries(scenario(), 'USD', 'nominal'), 'en');
    expect(held.summary).toContain(
      'Canada’s defence budget of C$62.70 billion a year (2025-26, held constant)',
    );
    expect(held.table().columns).toHaveLength(6);
    expect(held.table().rows[0]).toEqual(['2026', '0.22%', '62.70', '0.14', '62.27', '108.98']);
  });

  it('writes every drawn number to the CSV, the same in both languages', () => {
    const csv = budgetCsv(s('en'));
    expect(budgetCsv(s('fr'))).toEqual(csv);
    expect(csv.header).toEqual([
      'year',
      'dollars',
      'dollar_year',
      'canada_pct_of_defence_budget',
      'canada_defence_budget_cad_bn',
      'canada_golden_dome_cad_bn',
      'nato_2_pct_of_gdp_cad_bn',
      'nato_3_5_pct_of_gdp_cad_bn',
      'canada_pct_of_pledge_gap',
    ]);
    expect(csv.rows[0]).toEqual([
      '2026',
      'nominal',
      '',
      '0.2076',
      '66.942400',
      '0.139000',
      '62.272000',
      '108.976000',
      '3.2764',
    ]);
    // Where the pledge adds nothing the cell is empty, as in the years CSV.
    const shrinking = scenario({ outlook: { ...PLEDGE_FLAT, canadaGdpGrowthPct: '-5' }, years: 1 });
    expect(budgetCsv(resultSeries(shrinking, 'USD', 'nominal')).rows[0]?.at(-1)).toBe('');
  });

  it('the GDP chart says each year’s GDP instead of one figure', () => {
    expect(gdpText(s('en'), 'en').table().caption).toBe(
      'Canada’s planned defence spending as a percentage of each year’s GDP, without and with its Golden Dome share; NATO targets: 2%, 3.5%, 5%',
    );
  });
});

describe('the charts with an outlook', () => {
  it('name the planned budget in the budget chart’s legend and the GDP chart’s note', () => {
    render(<ResultCharts result={scenario({ outlook: PLEDGE_FLAT })} currency="USD" dollars="nominal" />);
    const budget = screen.getByRole('region', { name: /^Canada’s defence budget with its Golden Dome cost/ });
    expect(within(budget).getByText('Planned defence budget')).toBeInTheDocument();
    expect(within(budget).getByText('NATO targets (2%, 3.5% of GDP)')).toBeInTheDocument();
    const gdp = screen.getByRole('region', { name: /% of GDP/ });
    expect(
      within(gdp).getByText(
        'Canada’s planned defence budget each year over that year’s GDP; the Golden Dome share is stacked on top.',
      ),
    ).toBeInTheDocument();
  });
});

describe('the summary sentence', () => {
  it('sets the cost against the planned budget with an outlook, today’s without', () => {
    const planned = scenario({ outlook: PLEDGE_FLAT });
    // (0.2076… + 0.1941… + 0.1822…) ÷ 3 = 0.19…%
    expect(summarySentence(planned, 'USD', 'nominal')).toMatch(
      /, or 0\.2% of Canada’s planned defence budget each year on average\.$/,
    );
    expect(plain(summarySentence(planned, 'USD', 'nominal', 'fr'))).toMatch(
      /soit en moyenne, chaque année, 0,2 % du budget de la défense prévu du Canada pour l’année\.$/,
    );
    expect(summarySentence(scenario(), 'USD', 'nominal')).toMatch(
      /of Canada’s current yearly defence budget each year on average\.$/,
    );
  });
});

describe('the peak card', () => {
  function renderCard(result: ScenarioResult, lang: 'en' | 'fr' = 'en') {
    replaceAppStore(createAppStore(() => new MemoryStorage()));
    getAppStore().getState().setLang(lang);
    render(<SummaryCards result={result} currency="USD" dollars="nominal" />);
    const cards = screen.getByLabelText(lang === 'en' ? 'Summary' : 'Sommaire');
    const label = lang === 'en' ? 'Canada’s peak year' : 'Année de pointe du Canada';
    // The card's term, then its definition: the value and the sentence.
    return within(cards).getByText(label).nextElementSibling as HTMLElement;
  }

  it('says the peak share of the planned budget and of the new money, and the threshold', () => {
    // US$300B over 3 years: C$13.9B a year; ÷ C$66.9424B = 20.76 %, ÷ C$4.2424B = 327.64 % (2026).
    const card = renderCard(scenario({ amount: '300000000000', outlook: PLEDGE_FLAT }));
    expect(card).toHaveTextContent(
      '20.8%At its peak in 2026, Golden Dome would take 20.8% of Canada’s planned defence budget (327.6% of the new money the pledge adds). First above 5% of the budget in 2026.',
    );
  });

  it('says “never above” below the threshold, in French', () => {
    const card = renderCard(scenario({ outlook: PLEDGE_FLAT }), 'fr');
    expect(plain(card.textContent ?? '')).toBe(
      '0,2 %À son sommet, en 2026, le Dôme d’or absorberait 0,2 % du budget de la défense prévu du Canada (3,3 % de l’argent neuf qu’ajoute l’engagement de l’OTAN). Jamais au-dessus de 5 % du budget.',
    );
  });

  it('says plainly when the pledge adds no new money in the peak year', () => {
    const card = renderCard(
      scenario({ outlook: { ...PLEDGE_FLAT, canadaGdpGrowthPct: '-5' }, years: 1, amount: '1000000000' }),
    );
    // C$0.139B ÷ (2.15 % × C$2,810.024B = C$60.4155B) = 0.23 %
    expect(card).toHaveTextContent(
      '0.2%At its peak in 2026, Golden Dome would take 0.2% of Canada’s planned defence budget; the pledge adds no new money that year. Never above 5% of the budget.',
    );
  });

  it('keeps today’s card without an outlook', () => {
    // C$0.139B ÷ C$62.7B = 0.22 %
    expect(renderCard(scenario())).toHaveTextContent('0.2%of its defence budget, in 2026');
  });
});
