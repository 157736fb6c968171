// @vitest-environment jsdom
import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { defaultOutlook, findEstimate, PERCENTILE_KEYS, sensitivity, simulate } from '../../src/core';
import { formatMoney, formatPct } from '../../src/i18n';
import { parseScenarioDoc, percentilesCsv } from '../../src/io';
import { formToDoc, getAppStore } from '../../src/state';
import { CalculatorView } from '../../src/ui/CalculatorView';
import { rangeFieldLimits, startingRange } from '../../src/ui/inputs/rangeFields';
import { rangeSentence } from '../../src/ui/uncertainty/uncertaintyView';
import { freshStore, loadPreset, RANGED_PRESET } from '../support/presetStore';

function currentScenario() {
  const parsed = parseScenarioDoc(formToDoc(getAppStore().getState().form));
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return parsed.scenario;
}

beforeEach(() => {
  freshStore();
});

describe('the range of outcomes', () => {
  it('says what to do when no input has a range', () => {
    render(<CalculatorView />);
    const panel = screen.getByRole('region', { name: 'Range of outcomes' });
    expect(panel).toHaveTextContent('Give a range to one or more inputs');
  });

  it('simulates a preset with ranges and reports the core’s percentiles, same seed same numbers', async () => {
    loadPreset();
    getAppStore().getState().setSimulation(2000, 7);
    render(<CalculatorView />);
    const expected = simulate(currentScenario(), { draws: 2000, seed: 7 });
    const panel = screen.getByRole('region', { name: 'Range of outcomes' });
    expect(
      await within(panel).findByText(new RegExp(escape(rangeSentence(expected))), {}, { timeout: 5000 }),
    ).toBeInTheDocument();
    expect(
      await within(panel).findByRole('heading', { name: /Which assumption matters most/ }, { timeout: 5000 }),
    ).toBeInTheDocument();
    expect(
      await within(panel).findByRole(
        'heading',
        { name: /range of outcomes, US\$ billions/ },
        { timeout: 5000 },
      ),
    ).toBeInTheDocument();
    // The tornado's first row is the input that moves Canada's total most (here the base cost).
    expect(sensitivity(currentScenario())[0]?.input).toBe('baseCost');
    expect(percentilesCsv(currentScenario(), expected)).toContain('canada_total_cad');
  });

  it('says its headline figure is the median, in English and French, and names the median column', async () => {
    loadPreset();
    getAppStore().getState().setSimulation(2000, 7);
    const simulation = simulate(currentScenario(), { draws: 2000, seed: 7 });
    const t = simulation.totals.canadaTotalCad;
    expect(rangeSentence(simulation)).toBe(
      `Median of Canada’s total: ${formatMoney(t.p50, 'CAD')} (90% range ${formatMoney(t.p5, 'CAD')} to ${formatMoney(t.p95, 'CAD')})`,
    );
    expect(rangeSentence(simulation, 'fr')).toMatch(/^Médiane du total du Canada\u00a0: /);
    render(<CalculatorView />);
    const panel = screen.getByRole('region', { name: 'Range of outcomes' });
    expect(
      await within(panel).findByRole('columnheader', { name: '50th percentile (median)' }, { timeout: 5000 }),
    ).toBeInTheDocument();
  });

  it('a range checkbox fills a sourced starting range (the CBO low–high pair) and can be removed', async () => {
    const user = userEvent.setup();
    loadPreset(RANGED_PRESET, (preset) => ({ ...preset, ranges: {} }));
    render(<CalculatorView />);
    await user.click(screen.getByRole('checkbox', { name: 'Range for base cost' }));
    const pair = findEstimate('cbo-sbi-2025-low');
    expect(pair?.amount).toBe('161000000000');
    expect(screen.getByRole('textbox', { name: 'Base cost low' })).toHaveValue('161');
    expect(screen.getByRole('textbox', { name: 'Base cost high' })).toHaveValue('542');
    expect(currentScenario().ranges.baseCost?.low.toString()).toBe('161000000000');
    fireEvent.change(screen.getByRole('slider', { name: 'Base cost low' }), { target: { value: '300' } });
    expect(currentScenario().ranges.baseCost?.low.toString()).toBe('300000000000');
    await user.click(screen.getByRole('checkbox', { name: 'Range for base cost' }));
    expect(currentScenario().ranges.baseCost).toBeUndefined();
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

describe('the GDP growth range and the peak shares', () => {
  it('offers a range for Canada’s GDP growth, switched off while the scenario has no outlook, and says why', () => {
    render(<CalculatorView />);
    const box = screen.getByRole('checkbox', { name: 'Range for Canada’s GDP growth' });
    expect(box).toBeDisabled();
    expect(box).toHaveAccessibleDescription(
      'Needs projected GDP and budgets: as given, Canada’s GDP does not grow, so its growth has nothing to vary.',
    );
  });

  it('starts a growth range 2 points either side of the outlook’s growth, in % a year', () => {
    const s = { ...currentScenario(), outlook: defaultOutlook() };
    expect(startingRange('canadaGdpGrowthPct', s)).toEqual({
      low: '2.04',
      high: '6.04',
      mostLikely: '',
      distribution: 'triangular',
    });
    expect(rangeFieldLimits('canadaGdpGrowthPct')).toEqual({ min: -20, max: 30, step: 0.1 });
  });

  it('is named in French too', () => {
    getAppStore().getState().setLang('fr');
    render(<CalculatorView />);
    expect(
      screen.getByRole('checkbox', { name: 'Plage pour la croissance du PIB du Canada' }),
    ).toBeDisabled();
  });

  it('lists the percentiles of Canada’s peak share of its budget and of GDP, as percentages', async () => {
    loadPreset();
    getAppStore().getState().setSimulation(2000, 7);
    const expected = simulate(currentScenario(), { draws: 2000, seed: 7 });
    render(<CalculatorView />);
    const panel = screen.getByRole('region', { name: 'Range of outcomes' });
    const row = await within(panel).findByRole(
      'row',
      { name: /Canada, peak year \(% of defence budget\)/ },
      { timeout: 5000 },
    );
    const p = expected.totals.canadaPeakPctOfDefenceBudget;
    expect(
      within(row)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(PERCENTILE_KEYS.map((k) => formatPct(p[k], 2)));
    expect(
      within(panel).getByRole('rowheader', { name: 'Canada, largest year (% of GDP)' }),
    ).toBeInTheDocument();
  });
});
