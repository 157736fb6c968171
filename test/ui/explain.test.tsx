// @vitest-environment jsdom
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { buildReport, computeScenario } from '../../src/core';
import { parseScenarioDoc } from '../../src/io';
import { createAppStore, formToDoc, getAppStore, replaceAppStore } from '../../src/state';
import { App } from '../../src/ui/App';
import { MemoryStorage } from '../support/memoryStorage';
import { formatMoney } from '../../src/i18n';

function renderApp() {
  replaceAppStore(createAppStore(() => new MemoryStorage()));
  return render(<App />);
}

/** Canada's total in C$ for the store's current form, as the core reports it. */
function canadaCad() {
  const parsed = parseScenarioDoc(formToDoc(getAppStore().getState().form));
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return buildReport(computeScenario(parsed.scenario), getAppStore().getState().dollars).totals.canadaCad;
}

const sourcePanel = () => screen.getByRole('complementary', { name: 'Source of the estimate' });

beforeEach(() => {
  window.history.replaceState(null, '', '/');
});

describe('the arithmetic under the sentence', () => {
  it('lists the steps from US$175B to the sentence’s figure, and follows the inputs', async () => {
    const user = userEvent.setup();
    renderApp();
    const list = screen.getByRole('list', { name: `How ${formatMoney(canadaCad(), 'CAD')} is worked out` });
    const items = within(list).getAllByRole('listitem');
    expect(items.map((li) => li.textContent)).toEqual([
      'Start: Trump’s total (US$175B), in 2025 dollars = US$175.00 billion',
      'spent over 2026–2028, with no inflation = US$175.00 billion',
      '× 7.13%: Canada’s share of the two economies (GDP) = US$12.47 billion',
      `× 1.39 (C$ for one US$) = ${formatMoney(canadaCad(), 'CAD')}`,
    ]);
    const inflation = screen.getByRole('textbox', { name: 'Inflation (%)' });
    await user.clear(inflation);
    await user.type(inflation, '2{Enter}');
    const updated = screen.getByRole('list', {
      name: `How ${formatMoney(canadaCad(), 'CAD')} is worked out`,
    });
    expect(within(updated).getAllByRole('listitem')[1]).toHaveTextContent(
      '+ 2.00% a year of inflation from 2025 prices, spent over 2026–2028: as spent = US$182.09 billion',
    );
  });

  it('is in French when the page is', () => {
    renderApp();
    act(() => getAppStore().getState().setLang('fr'));
    const list = screen.getByRole('list', { name: /^Comment on obtient/ });
    expect(within(list).getAllByRole('listitem')[0]?.textContent).toBe(
      'Départ\u00a0: Le total de Trump (175\u00a0G$\u00a0US), en dollars de 2025 = 175,00\u00a0milliards\u00a0$\u00a0US',
    );
  });
});

describe('Canada asks are a share, not a program cost', () => {
  it('are not in the published-estimate picker', () => {
    renderApp();
    const picker = screen.getByRole('combobox', { name: 'Published estimate' });
    expect(within(picker).queryByRole('option', { name: /price for Canada/ })).toBeNull();
    expect(within(picker).getByRole('option', { name: 'Trump’s total (US$175B)' })).toBeInTheDocument();
  });

  it('choosing one sets the fixed rule in constant dollars, says so, and cites both sources', async () => {
    const user = userEvent.setup();
    renderApp();
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Set Canada’s share to an ask' }),
      'trump-canada-61',
    );
    const { form } = getAppStore().getState();
    expect([form.shareRule, form.fixedAmountBillions, form.fixedCurrency, form.fixedAmountDollars]).toEqual([
      'fixed',
      '61',
      'USD',
      'constant',
    ]);
    expect(screen.getByText(/^Canada’s share is now/)).toHaveTextContent(
      'Canada’s share is now the fixed US$61B asked on 2025-05-27, in 2025 dollars, set against the program on screen (Trump’s total (US$175B)).',
    );
    expect(screen.getByRole('radio', { name: /Constant 2025 dollars/ })).toBeChecked();
    expect(sourcePanel()).toHaveTextContent('Oval Office');
    expect(within(sourcePanel()).getByRole('heading', { level: 4 })).toHaveTextContent(
      'Where Canada’s fixed amount comes from: Trump’s price for Canada (US$61B)',
    );
    expect(sourcePanel()).toHaveTextContent('Truth Social');
  });
});

describe('an older file with an ask as its base cost', () => {
  it('still shows it in the picker, and choosing an ask puts the asks’ US$175B in its place', async () => {
    const user = userEvent.setup();
    renderApp();
    const { form, loadScenario } = getAppStore().getState();
    act(() => loadScenario({ ...form, costMode: 'estimate', estimateId: 'trump-canada-71' }));
    const picker = screen.getByRole('combobox', { name: 'Published estimate' });
    expect(picker).toHaveValue('trump-canada-71');
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Set Canada’s share to an ask' }),
      'trump-canada-71',
    );
    expect(picker).toHaveValue('trump-total-2025');
    expect(within(picker).queryByRole('option', { name: /price for Canada/ })).toBeNull();
    expect(screen.getByText(/^Canada’s share is now/)).toHaveTextContent('(Trump’s total (US$175B))');
  });
});

describe('the credit’s dollars', () => {
  it('are asked only when there is a credit, and a constant credit changes the working at 2 % inflation', async () => {
    const user = userEvent.setup();
    renderApp();
    expect(screen.queryByRole('group', { name: 'The credit is in' })).toBeNull();
    const set = async (name: string, value: string) => {
      const field = screen.getByRole('textbox', { name });
      await user.clear(field);
      await user.type(field, `${value}{Enter}`);
    };
    await set('Inflation (%)', '2');
    await set('Credit for NORAD spending', '5');
    const credit = within(screen.getByRole('list', { name: /is worked out$/ })).getAllByRole('listitem')[3];
    expect(credit).toHaveTextContent(
      /^− US\$3\.60 billion: the credit for NORAD spending \(C\$5\.00 billion, dollars of each year\)/,
    );
    await user.click(screen.getByRole('radio', { name: /Constant 2025 dollars/ }));
    expect(getAppStore().getState().form.creditDollars).toBe('constant');
    const after = within(screen.getByRole('list', { name: /is worked out$/ })).getAllByRole('listitem')[3];
    expect(after).toHaveTextContent(
      /^× 0\.\d{4}: less the credit for NORAD spending \(C\$5\.00 billion, 2025 dollars\)/,
    );
  });
});

describe('picking an estimate', () => {
  it('says which settings were kept and offers the estimate’s preset', async () => {
    const user = userEvent.setup();
    renderApp();
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Published estimate' }),
      'cbo-sbi-2025-high',
    );
    const hint = screen.getByText(/Your other settings were kept/);
    expect(hint).toHaveTextContent(
      'The period is now the estimate’s (2026–2045). Your other settings were kept: inflation 0%, cost growth 0%, discount rate 3%, split by the size of each economy.',
    );
    await user.click(screen.getByRole('button', { name: /^Load the preset “CBO 2025 high/ }));
    expect(getAppStore().getState().form.inflationPct).toBe('2');
    expect(screen.queryByText(/Your other settings were kept/)).toBeNull();
  });
});
