import { describe, expect, it } from 'vitest';
import { computeScenario, type ScenarioResult } from '../../src/core';
import {
  parseCsv,
  parseScenarioDoc,
  summaryCsv,
  SUMMARY_HEADER,
  yearsCsv,
  YEARS_HEADER,
  type JsonObject,
} from '../../src/io';
import { customDoc, estimateDoc } from './docs';

function result(doc: JsonObject): ScenarioResult {
  const parsed = parseScenarioDoc(doc);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return computeScenario(parsed.scenario);
}

/** US$3B over 3 years, 10 % to Canada by GDP: 1B a year, Canada 100M, C$139M, C$13.90 for each of 10M people. */
const gdp = result(customDoc());
/** The same US$3B front-loaded (3:2:1), Canada 25 %, discounted at 10 %. */
const front = result(
  customDoc({
    id: 'easy-front',
    name: 'Easy front, 25 %',
    profile: 'front',
    discountRatePct: '10',
    share: { rule: 'percent', percent: '25' },
  }),
);

const lines = (...rows: string[]) => `\uFEFF${rows.map((r) => `${r}\r\n`).join('')}`;
const YEARS_LINE =
  'scenario_id,year,dollars,program_usd,canada_usd,us_usd,canada_cad,canada_cad_per_person,canada_pct_of_defence_budget,canada_pct_of_gdp,canada_gdp_usd,canada_defence_budget_cad,pledge_gap_cad,canada_pct_of_pledge_gap';
const SUMMARY_LINE =
  'scenario_id,name,estimate_id,source,base_amount,base_currency,dollar_year,start_year,years,profile,cost_growth_pct,inflation_pct,discount_rate_pct,share_rule,canada_share_pct,covered_pct,cad_per_usd,program_total_usd,canada_total_usd,us_total_usd,canada_total_cad,canada_cad_per_person,present_value_usd,canada_budget_path,canada_peak_year,canada_peak_pct_of_defence_budget,canada_peak_pct_of_pledge_gap';

describe('headers', () => {
  it('are the contract’s columns in the contract’s order', () => {
    expect(YEARS_HEADER.join(',')).toBe(YEARS_LINE);
    expect(SUMMARY_HEADER.join(',')).toBe(SUMMARY_LINE);
  });
});

describe('yearsCsv', () => {
  // Without an outlook (version 3 and before) the GDP and budget are the context's every year. The
  // pledge's new money: 2.15 %, 2.30 %, 2.45 % (2 % in 2025 to 3.5 % in 2035) of C$2.78T (US$2T at
  // 1.39) minus the C$50B budget: C$9.77B, C$13.94B, C$18.11B; C$139M is 1.4227 % of C$9.77B.
  it('writes the even 10 % scenario exactly: money to 2 places, percentages to 4, no separators', () => {
    expect(yearsCsv([gdp], 'nominal')).toBe(
      lines(
        YEARS_LINE,
        'easy-gdp,2026,nominal,1000000000.00,100000000.00,900000000.00,139000000.00,13.90,0.2780,0.0050,2000000000000.00,50000000000.00,9770000000.00,1.4227',
        'easy-gdp,2027,nominal,1000000000.00,100000000.00,900000000.00,139000000.00,13.90,0.2780,0.0050,2000000000000.00,50000000000.00,13940000000.00,0.9971',
        'easy-gdp,2028,nominal,1000000000.00,100000000.00,900000000.00,139000000.00,13.90,0.2780,0.0050,2000000000000.00,50000000000.00,18110000000.00,0.7675',
      ),
    );
  });

  it('writes several scenarios one after the other, in constant dollars when asked', () => {
    // Per person 52.125 + 34.75 + 17.375: the spare cent goes to the first of the tied remainders.
    // % of GDP 0.01875 and 0.00625 round half-even to 0.0188 and 0.0062.
    expect(yearsCsv([gdp, front], 'constant')).toBe(
      lines(
        YEARS_LINE,
        'easy-gdp,2026,constant,1000000000.00,100000000.00,900000000.00,139000000.00,13.90,0.2780,0.0050,2000000000000.00,50000000000.00,9770000000.00,1.4227',
        'easy-gdp,2027,constant,1000000000.00,100000000.00,900000000.00,139000000.00,13.90,0.2780,0.0050,2000000000000.00,50000000000.00,13940000000.00,0.9971',
        'easy-gdp,2028,constant,1000000000.00,100000000.00,900000000.00,139000000.00,13.90,0.2780,0.0050,2000000000000.00,50000000000.00,18110000000.00,0.7675',
        'easy-front,2026,constant,1500000000.00,375000000.00,1125000000.00,521250000.00,52.13,1.0425,0.0188,2000000000000.00,50000000000.00,9770000000.00,5.3352',
        'easy-front,2027,constant,1000000000.00,250000000.00,750000000.00,347500000.00,34.75,0.6950,0.0125,2000000000000.00,50000000000.00,13940000000.00,2.4928',
        'easy-front,2028,constant,500000000.00,125000000.00,375000000.00,173750000.00,17.37,0.3475,0.0062,2000000000000.00,50000000000.00,18110000000.00,0.9594',
      ),
    );
  });
});

describe('summaryCsv', () => {
  it('writes one row per scenario with its parameters and nominal totals', () => {
    // Present value of the front scenario: 1.5B + 1B / 1.1 + 0.5B / 1.21 = 2,822,314,049.59.
    expect(summaryCsv([gdp, front])).toBe(
      lines(
        SUMMARY_LINE,
        'easy-gdp,Easy GDP split,,Custom amount: Three billion,3000000000.00,USD,2026,2026,3,even,0,0,0,gdp,10.0000,100,1.39,3000000000.00,300000000.00,2700000000.00,417000000.00,41.70,3000000000.00,held,2026,0.2780,1.4227',
        'easy-front,"Easy front, 25 %",,Custom amount: Three billion,3000000000.00,USD,2026,2026,3,front,0,0,10,percent,25.0000,100,1.39,3000000000.00,750000000.00,2250000000.00,1042500000.00,104.25,2822314049.59,held,2026,1.0425,5.3352',
      ),
    );
  });

  it('names a catalog estimate and cites its source (quoted, since it holds commas)', () => {
    const [, row] = parseCsv(summaryCsv([result(estimateDoc())]));
    expect(row?.slice(0, 3)).toEqual(['trump', 'Trump', 'trump-total-2025']);
    expect(row?.[3]).toMatch(
      /^President Trump, Oval Office remarks .*, 2025-05-20, https:\/\/www\.notus\.org\//,
    );
    expect(row?.slice(4, 7)).toEqual(['175000000000.00', 'USD', '2025']);
  });

  it('keeps an accented name as written', () => {
    const csv = summaryCsv([result(customDoc({ name: 'Défense du Québec : « Dôme d’or »' }))]);
    expect(csv.split('\r\n')[1]).toMatch(/^easy-gdp,Défense du Québec : « Dôme d’or »,,/);
  });

  it('neutralizes a name that starts with "=" and quotes it when it holds a comma or quote', () => {
    const csv = summaryCsv([result(customDoc({ name: '=HYPERLINK("http://x"), a "fair" share' }))]);
    expect(csv.split('\r\n')[1]).toMatch(/^easy-gdp,"'=HYPERLINK\(""http:\/\/x""\), a ""fair"" share",,/);
    expect(parseCsv(csv)[1]?.[1]).toBe('\'=HYPERLINK("http://x"), a "fair" share');
  });
});
