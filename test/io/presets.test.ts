import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildReport, computeScenario, ONE, sum, usd, type Dec, type Scenario } from '../../src/core';
import { parseScenarioText, scenarioToText, summaryCsv, yearsCsv } from '../../src/io';

const dir = fileURLToPath(new URL('../../scenarios/', import.meta.url));
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .sort();

function load(file: string): Scenario {
  const parsed = parseScenarioText(readFileSync(`${dir}${file}`, 'utf8'));
  if (!parsed.ok)
    throw new Error(`${file}: ${parsed.problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`);
  return parsed.scenario;
}
const totals = (file: string) => buildReport(computeScenario(load(file)), 'nominal').totals;

describe('scenarios/*.json', () => {
  it('ships at least ten presets', () => {
    expect(files.length).toBeGreaterThanOrEqual(10);
  });

  it('trump-175-gdp by hand: the US pays 175e9 × 29.18489 ÷ 31.42489 = US$162,525,811,546.20', () => {
    const report = buildReport(computeScenario(load('trump-175-gdp.json')), 'nominal');
    expect(report.totals.usUsd.toFixed(2)).toBe('162525811546.20');
    expect(report.totals.canadaUsd.toFixed(2)).toBe('12474188453.80');
  });

  describe.each(files)('%s', (file) => {
    it('is valid, named after its id, and has a name and description for students', () => {
      const s = load(file);
      expect(`${s.id}.json`).toBe(file);
      expect(s.name.length).toBeGreaterThan(10);
      expect(s.description.length).toBeGreaterThan(40);
    });

    it('computes: Canada and the US each within a cent or two of their exact parts, adding up to the program', () => {
      const exact = computeScenario(load(file));
      const report = buildReport(exact, 'nominal');
      expect(report.rows).toHaveLength(load(file).years);
      // The US's exact part, computed here from the fraction and not by the report's subtraction.
      const usFraction = ONE.minus(exact.canadaFraction);
      const near = (rounded: Dec, x: Dec, cents: string) => rounded.minus(x).abs().lt(cents);
      exact.years.forEach((y, i) => {
        const row = report.rows[i];
        if (!row) throw new Error(`no row ${i}`);
        expect(near(row.canadaUsd, y.nominalUsd.times(exact.canadaFraction), '0.01')).toBe(true);
        expect(near(row.usUsd, y.nominalUsd.times(usFraction), '0.02')).toBe(true);
        expect(row.canadaUsd.plus(row.usUsd).eq(row.programUsd)).toBe(true);
        expect(row.canadaUsd.gte(0) && row.usUsd.gte(0)).toBe(true);
      });
      const nominal = sum(exact.years.map((y) => y.nominalUsd));
      expect(near(report.totals.usUsd, nominal.times(usFraction), '0.01')).toBe(true);
      expect(report.totals.canadaUsd.plus(report.totals.usUsd).eq(report.totals.programUsd)).toBe(true);
    });

    it('survives scenarioToText → parseScenarioText with the same computed CSVs', () => {
      const s = load(file);
      const again = parseScenarioText(scenarioToText(s));
      if (!again.ok) throw new Error(JSON.stringify(again.problems));
      const [a, b] = [computeScenario(s), computeScenario(again.scenario)];
      expect(summaryCsv([b])).toBe(summaryCsv([a]));
      expect(yearsCsv([b], 'nominal')).toBe(yearsCsv([a], 'nominal'));
      expect(yearsCsv([b], 'constant')).toBe(yearsCsv([a], 'constant'));
    });
  });
});

describe('preset figures checked by hand', () => {
  it('trump-175-gdp: Canada pays 7.1281 % of US$175B = US$12,474,188,453.80', () => {
    const t = totals('trump-175-gdp.json');
    expect([t.programUsd.toFixed(2), t.canadaUsd.toFixed(2), t.canadaSharePct.toFixed(4)]).toEqual([
      '175000000000.00',
      '12474188453.80',
      '7.1281',
    ]);
  });

  it('trump-243-cad-gdp: C$243B at 1.39 is US$174,820,143,884.89', () => {
    expect(totals('trump-243-cad-gdp.json').programUsd.toFixed(2)).toBe('174820143884.89');
  });

  it('ask-61-fixed and ask-71-fixed: Canada pays exactly US$61B (34.8571 %) and US$71B (40.5714 %)', () => {
    const [a, b] = [totals('ask-61-fixed.json'), totals('ask-71-fixed.json')];
    expect([a.canadaUsd.toFixed(2), a.usUsd.toFixed(2), a.canadaSharePct.toFixed(4)]).toEqual([
      '61000000000.00',
      '114000000000.00',
      '34.8571',
    ]);
    expect([b.canadaUsd.toFixed(2), b.canadaSharePct.toFixed(4)]).toEqual(['71000000000.00', '40.5714']);
  });

  it('nws-40-precedent: 40 % of US$175B is US$70B', () => {
    expect(totals('nws-40-precedent.json').canadaUsd.toFixed(2)).toBe('70000000000.00');
  });

  it('cbo-2025-high-gdp: US$27.1B a year in 2025 dollars, 27.1B × 1.02 = 27.642B in 2026', () => {
    const r = computeScenario(load('cbo-2025-high-gdp.json'));
    expect(
      buildReport(r, 'constant').rows.every((row) => row.programUsd.toFixed(2) === '27100000000.00'),
    ).toBe(true);
    expect(buildReport(r, 'nominal').rows[0]?.programUsd.toFixed(2)).toBe('27642000000.00');
  });

  it('norad-credit-gdp: the C$38.6B credit lowers Canada’s total but leaves the program as it is', () => {
    const [plain, credit] = [totals('cbo-2025-high-gdp.json'), totals('norad-credit-gdp.json')];
    expect(credit.programUsd.eq(plain.programUsd)).toBe(true);
    // The credit is US$27,769,784,172.66 (38.6B ÷ 1.39), to within a cent of rounding.
    expect(plain.canadaUsd.minus(credit.canadaUsd).minus(usd('27769784172.66')).abs().lte('0.01')).toBe(true);
  });
});
