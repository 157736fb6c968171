// @vitest-environment jsdom
/**
 * Chart downloads: the CSV behind a chart is exactly its drawn numbers (checked by hand), and every
 * chart has a download menu found by role and name, in English and French.
 */
import '@testing-library/jest-dom/vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { computeScenario } from '../../src/core';
import { toCsv } from '../../src/io';
import { createAppStore, getAppStore, replaceAppStore } from '../../src/state';
import { MemoryStorage } from '../support/memoryStorage';
import { ResultCharts } from '../../src/ui/charts';
import { budgetCsv, yearlyCsv } from '../../src/ui/charts/chartCsv';
import { threeBillionScenario } from '../support/threeBillion';
import { resultSeries } from '../../src/ui/charts/series';
import { ChartExportContext } from '../../src/ui/export/context';

afterEach(cleanup);

/** US$3,000,000,000 over 2026–2028, even, no inflation, Canada pays 10 %. */
function threeBillion() {
  return computeScenario(threeBillionScenario());
}

describe('chart CSV', () => {
  it('the yearly chart: Canada 0.1, US 0.9, total 1 billion a year, as the years CSV writes a CSV', () => {
    const csv = yearlyCsv(resultSeries(threeBillion(), 'USD', 'nominal'));
    expect(csv.name).toBe('yearly-chart');
    expect(toCsv(csv.header, csv.rows)).toBe(
      '\uFEFFyear,dollars,dollar_year,canada_usd_bn,us_usd_bn,total_usd_bn\r\n' +
        '2026,nominal,,0.100000,0.900000,1.000000\r\n' +
        '2027,nominal,,0.100000,0.900000,1.000000\r\n' +
        '2028,nominal,,0.100000,0.900000,1.000000\r\n',
    );
  });

  it('constant dollars name their year; percentages have 4 decimals, in both languages alike', () => {
    const en = budgetCsv(resultSeries(threeBillion(), 'CAD', 'constant', 'en'));
    const fr = budgetCsv(resultSeries(threeBillion(), 'CAD', 'constant', 'fr'));
    expect(fr).toEqual(en);
    expect(en.rows[0]?.slice(0, 3)).toEqual(['2026', 'constant', '2026']);
    expect(en.rows[0]?.[3]).toMatch(/^\d+\.\d{4}$/);
  });
});

describe('download menu', () => {
  beforeEach(() => vi.restoreAllMocks());
  const info = {
    name: 'Three billion',
    sentence: 'Canada would pay…',
    source: 'Source: test · Golden Dome cost calculator',
    units: 'Money in US dollars, nominal (as spent each year).',
    fileStem: 'three-billion',
  };

  function renderCharts(lang: 'en' | 'fr') {
    replaceAppStore(createAppStore(() => new MemoryStorage()));
    getAppStore().getState().setLang(lang);
    render(
      <ChartExportContext.Provider value={info}>
        <ResultCharts result={threeBillion()} currency="USD" dollars="nominal" />
      </ChartExportContext.Provider>,
    );
  }

  it('every chart has a menu button named after it, which opens PNG, SVG and CSV', () => {
    renderCharts('en');
    const menus = screen.getAllByRole('button', { name: /^Download chart: / });
    expect(menus).toHaveLength(4);
    const yearly = screen.getByRole('button', { name: /^Download chart: Yearly cost, US\$ billions/ });
    expect(yearly).toHaveAttribute('aria-expanded', 'false');
    fireEvent.click(yearly);
    expect(yearly).toHaveAttribute('aria-expanded', 'true');
    const group = screen.getByRole('group', { name: /^Download chart: Yearly cost/ });
    expect(within(group).getByRole('button', { name: /^PNG image, [\d,]+ × [\d,]+ px$/ })).toBeVisible();
    expect(within(group).getByRole('button', { name: 'SVG image (text stays text)' })).toBeVisible();
    expect(within(group).getByRole('button', { name: 'CSV of the numbers drawn' })).toBeVisible();
    fireEvent.keyDown(group, { key: 'Escape' });
    expect(yearly).toHaveAttribute('aria-expanded', 'false');
    expect(yearly).toHaveFocus();
  });

  it('the CSV button saves <scenario>.<chart>.csv and says so', () => {
    const clicked: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this.download);
    });
    URL.createObjectURL = () => 'blob:test';
    URL.revokeObjectURL = () => undefined;
    renderCharts('en');
    fireEvent.click(screen.getByRole('button', { name: /^Download chart: Yearly cost/ }));
    fireEvent.click(screen.getByRole('button', { name: 'CSV of the numbers drawn' }));
    expect(clicked).toEqual(['three-billion.yearly-chart.csv']);
    expect(screen.getByRole('status')).toHaveTextContent('Downloaded three-billion.yearly-chart.csv.');
  });

  it('in French', () => {
    renderCharts('fr');
    const yearly = screen.getByRole('button', {
      name: /^Télécharger le graphique\s: Coût annuel, en milliards/,
    });
    fireEvent.click(yearly);
    const group = screen.getByRole('group', {
      name: /^Télécharger le graphique\s: Coût annuel, en milliards/,
    });
    expect(within(group).getByRole('button', { name: 'CSV des nombres tracés' })).toBeVisible();
    // Shown as a table, there is no drawing to save as an image: it says how to get one.
    fireEvent.click(screen.getAllByRole('button', { name: 'Afficher sous forme de tableau' })[0]!);
    expect(within(group).queryByRole('button', { name: /^Image PNG/ })).toBeNull();
    expect(within(group).getByText(/Affichez-le en graphique/)).toBeVisible();
  });
});
