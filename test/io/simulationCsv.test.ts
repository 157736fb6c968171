import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sensitivity, simulate, type Scenario } from '../../src/core';
import {
  parseCsv,
  parseScenarioDoc,
  percentilesCsv,
  PERCENTILES_HEADER,
  sensitivityCsv,
  SENSITIVITY_HEADER,
  type JsonObject,
} from '../../src/io';
import { customDoc } from './docs';

function load(doc: JsonObject): Scenario {
  const parsed = parseScenarioDoc(doc);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return parsed.scenario;
}

const lines = (...rows: string[]) => `\uFEFF${rows.map((r) => `${r}\r\n`).join('')}`;
const same = (value: string) => Array<string>(5).fill(value).join(',');

/** US$3B over 3 years, 10 % to Canada by GDP, 10 million people (see docs.ts); a cost range and a rate range. */
const ranged = load(
  customDoc({
    schemaVersion: 2,
    ranges: {
      baseCost: { low: '2000000000', high: '4000000000', distribution: 'triangular' },
      cadPerUsd: { low: '1.3', high: '1.5', distribution: 'uniform' },
    },
  }),
);

describe('headers', () => {
  it('are the contract’s columns in the contract’s order', () => {
    expect(PERCENTILES_HEADER.join(',')).toBe('scenario_id,draws,seed,metric,year,p5,p25,p50,p75,p95');
    expect(SENSITIVITY_HEADER.join(',')).toBe(
      'scenario_id,rank,input,unit,low,most_likely,high,canada_total_cad_at_low,canada_total_cad_at_high,swing_cad',
    );
  });
});

describe('percentilesCsv', () => {
  it('without ranges every percentile is the deterministic figure: the totals, then each year in USD, then in CAD', () => {
    const s = load(customDoc());
    expect(percentilesCsv(s, simulate(s, { draws: 100, seed: 7 }))).toBe(
      lines(
        PERCENTILES_HEADER.join(','),
        `easy-gdp,100,7,program_total_usd,,${same('3000000000.00')}`,
        `easy-gdp,100,7,canada_total_usd,,${same('300000000.00')}`,
        `easy-gdp,100,7,canada_total_cad,,${same('417000000.00')}`, // × 1.39
        `easy-gdp,100,7,canada_cad_per_person,,${same('41.70')}`, // ÷ 10 million
        `easy-gdp,100,7,canada_year_usd,2026,${same('100000000.00')}`,
        `easy-gdp,100,7,canada_year_usd,2027,${same('100000000.00')}`,
        `easy-gdp,100,7,canada_year_usd,2028,${same('100000000.00')}`,
        `easy-gdp,100,7,canada_year_cad,2026,${same('139000000.00')}`,
        `easy-gdp,100,7,canada_year_cad,2027,${same('139000000.00')}`,
        `easy-gdp,100,7,canada_year_cad,2028,${same('139000000.00')}`,
        // Added after the rows above: C$139M a year ÷ the C$50B budget; US$100M ÷ the US$2T GDP.
        `easy-gdp,100,7,canada_peak_pct_of_defence_budget,,${same('0.2780')}`,
        `easy-gdp,100,7,canada_peak_pct_of_gdp,,${same('0.0050')}`,
      ),
    );
  });

  it('keeps the bytes it wrote before the peak shares were added: each preset’s old file is the start of the new one', () => {
    // Written by the command line before this change: simulate <preset> --draws 1000 --seed 1.
    for (const id of ['aei-high-population', 'cbo-2025-high-gdp']) {
      const before = readFileSync(
        `test/fixtures/simulation-before-growth-range/${id}.percentiles.csv`,
        'utf8',
      );
      const s = load(JSON.parse(readFileSync(`scenarios/${id}.json`, 'utf8')) as JsonObject);
      const after = percentilesCsv(s, simulate(s, { draws: 1000, seed: 1 }));
      expect(after.startsWith(before)).toBe(true);
      expect(
        after
          .slice(before.length)
          .split('\r\n')
          .filter(Boolean)
          .map((l) => l.split(',')[3]),
      ).toEqual(['canada_peak_pct_of_defence_budget', 'canada_peak_pct_of_gdp']);
      expect(sensitivityCsv(s, sensitivity(s))).toBe(
        readFileSync(`test/fixtures/simulation-before-growth-range/${id}.sensitivity.csv`, 'utf8'),
      );
    }
  });

  it('a zero-width GDP growth range of 10 % gives the deterministic shares: 0.25 % of a 2 %-of-GDP budget ÷ 1.1² = 0.2066 %', () => {
    // Budget 2 % of GDP: C$139M ÷ (2 % × US$2T × 1.1² × 1.39) = 0.25 % ÷ 1.21; US$100M ÷ US$2.42T = 0.0041 %.
    const s = load(
      customDoc({
        schemaVersion: 4,
        outlook: { canadaGdpGrowthPct: '0', canadaBudget: { path: 'gdpShare' } },
        ranges: { canadaGdpGrowthPct: { low: '10', mostLikely: '10', high: '10', distribution: 'uniform' } },
      }),
    );
    const rows = parseCsv(percentilesCsv(s, simulate(s, { draws: 100, seed: 7 }))).slice(-2);
    expect(rows.map((r) => r.slice(3).join(','))).toEqual([
      `canada_peak_pct_of_defence_budget,,${same('0.2066')}`,
      `canada_peak_pct_of_gdp,,${same('0.0041')}`,
    ]);
  });

  it('the same seed gives the same bytes; another seed gives other bytes', () => {
    const csv = (seed: number) => percentilesCsv(ranged, simulate(ranged, { draws: 2000, seed }));
    expect(csv(11)).toBe(csv(11));
    expect(csv(12)).not.toBe(csv(11));
  });

  it('has 4 money total rows, 2 per year and 2 share rows, each with five ordered figures (money 2 decimals, shares 4)', () => {
    const rows = parseCsv(percentilesCsv(ranged, simulate(ranged, { draws: 2000, seed: 1 }))).slice(1);
    expect(rows).toHaveLength(4 + 2 * 3 + 2);
    for (const [i, row] of rows.entries()) {
      const figures = row.slice(5);
      const places = i < 4 + 2 * 3 ? /^\d+\.\d\d$/ : /^\d+\.\d{4}$/;
      expect(figures.every((f) => places.test(f))).toBe(true);
      expect(figures.map(Number)).toEqual([...figures.map(Number)].sort((a, b) => a - b));
    }
  });
});

describe('sensitivityCsv', () => {
  it('ranks the inputs by swing, values in their own units: US$2B–4B moves Canada C$278M, 1.3–1.5 CAD/USD C$60M', () => {
    expect(sensitivityCsv(ranged, sensitivity(ranged))).toBe(
      lines(
        SENSITIVITY_HEADER.join(','),
        // 2B, 4B × 10 % × 1.39
        'easy-gdp,1,baseCost,USD,2000000000.00,3000000000.00,4000000000.00,278000000.00,556000000.00,278000000.00',
        // 3B × 10 % × 1.3, × 1.5
        'easy-gdp,2,cadPerUsd,cad_per_usd,1.3000,1.3900,1.5000,390000000.00,450000000.00,60000000.00',
      ),
    );
  });

  it('is just the header for a scenario without ranges', () => {
    const s = load(customDoc());
    expect(sensitivityCsv(s, sensitivity(s))).toBe(lines(SENSITIVITY_HEADER.join(',')));
  });
});
