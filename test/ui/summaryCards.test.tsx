// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { act, render, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { buildReport, computeScenario, dec, type Dollars } from '../../src/core';
import { formatMoney } from '../../src/i18n';
import { parseScenarioText } from '../../src/io';
import { createAppStore, getAppStore, replaceAppStore } from '../../src/state';
import { SummaryCards } from '../../src/ui/results/SummaryCards';
import { MemoryStorage } from '../support/memoryStorage';

const PRESET = join(import.meta.dirname, '..', '..', 'scenarios', 'trump-175-gdp.json');

function result() {
  const parsed = parseScenarioText(readFileSync(PRESET, 'utf8'));
  if (!parsed.ok) throw new Error('preset');
  return computeScenario({ ...parsed.scenario, inflationPct: dec(2), discountRatePct: dec(3) });
}

/** The value and detail of the card labelled `label`. */
function card(label: string): [string, string] {
  const box = within(screen.getByText(label, { exact: true }).closest('.card') as HTMLElement);
  return [
    box.getByText((_, el) => el?.className === 'card-value').textContent ?? '',
    box.getByText((_, el) => el?.className === 'card-detail').textContent ?? '',
  ];
}

function show(dollars: Dollars) {
  return render(<SummaryCards result={result()} currency="USD" dollars={dollars} />);
}

beforeEach(() => {
  replaceAppStore(createAppStore(() => new MemoryStorage()));
});

describe('the present-value card', () => {
  it('in nominal dollars: the whole program at the start year, discounted at the rate', () => {
    show('nominal');
    const pv = buildReport(result(), 'nominal').totals.presentValueUsd;
    expect(card('Present value')).toEqual([
      formatMoney(pv, 'USD'),
      'whole program at 2026, discounted at 3%',
    ]);
  });

  it('in constant dollars: the same figure, saying it is nominal spending discounted, not constant dollars', () => {
    show('constant');
    const pv = buildReport(result(), 'nominal').totals.presentValueUsd;
    expect(card('Present value')).toEqual([
      formatMoney(pv, 'USD'),
      'nominal spending of the whole program, discounted to 2026 at 3% (not constant dollars)',
    ]);
    act(() => getAppStore().getState().setLang('fr'));
    expect(card('Valeur actualisée')[1]).toBe(
      'dépenses nominales de l’ensemble du programme, actualisées en 2026 à 3\u00a0% (pas en dollars constants)',
    );
  });
});
