// @vitest-environment jsdom
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { buildReport, computeScenario, type Scenario } from '../../src/core';
import { parseScenarioDoc } from '../../src/io';
import { createAppStore, formToDoc, getAppStore, replaceAppStore } from '../../src/state';
import { App } from '../../src/ui/App';
import { MemoryStorage } from '../support/memoryStorage';
import { formatMoney } from '../../src/i18n';

let storage: MemoryStorage;

function renderApp() {
  replaceAppStore(createAppStore(() => storage));
  return render(<App />);
}

/** What the core says for the store's current form (the truth the UI must show). */
function coreTotals(patch: (s: Scenario) => Scenario = (s) => s) {
  const parsed = parseScenarioDoc(formToDoc(getAppStore().getState().form));
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return buildReport(computeScenario(patch(parsed.scenario)), getAppStore().getState().dollars).totals;
}

function card(label: string): string {
  const term = within(screen.getByLabelText('Summary')).getByText(label);
  return term.nextElementSibling?.querySelector('.card-value')?.textContent ?? '';
}

beforeEach(() => {
  storage = new MemoryStorage();
});

describe('the calculator page', () => {
  it('shows the default scenario computed by the core', () => {
    renderApp();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(/Golden Dome/);
    expect(card('Program total')).toBe('US$175.00 billion');
    expect(card('Canada’s total')).toBe(formatMoney(coreTotals().canadaCad, 'CAD'));
    expect(screen.getByRole('complementary', { name: 'Source of the estimate' })).toHaveTextContent(
      'total cost when it’s completed',
    );
  });

  it('moving the Years slider updates the summary to the core’s value', () => {
    renderApp();
    fireEvent.change(screen.getByRole('slider', { name: 'Years' }), { target: { value: '5' } });
    expect(getAppStore().getState().form.years).toBe('5');
    expect(screen.getByRole('textbox', { name: 'Years' })).toHaveValue('5');
    expect(card('Canada per person')).toBe(formatMoney(coreTotals().canadaCadPerPerson, 'CAD'));
    expect(screen.getByText(/over 5 years \(2026–2030\)/)).toBeInTheDocument();
  });

  it('typing a value updates the slider; an out-of-range value is refused with a message', async () => {
    const user = userEvent.setup();
    renderApp();
    const years = screen.getByRole('textbox', { name: 'Years' });
    await user.clear(years);
    await user.type(years, '12{Enter}');
    expect(screen.getByRole('slider', { name: 'Years' })).toHaveValue('12');
    await user.clear(years);
    await user.type(years, '51');
    await user.tab();
    expect(screen.getByRole('alert')).toHaveTextContent('Years: Enter a value from 1 to 50.');
    expect(years).toHaveAttribute('aria-invalid', 'true');
    expect(getAppStore().getState().form.years).toBe('12');
  });

  it('switches between US and Canadian dollars, and nominal and constant dollars', async () => {
    const user = userEvent.setup();
    renderApp();
    await user.click(screen.getByRole('radio', { name: 'Canadian dollars' }));
    expect(card('Program total')).toBe('C$243.25 billion'); // 175 × 1.39
    await user.click(screen.getByRole('radio', { name: 'US dollars' }));
    fireEvent.change(screen.getByRole('slider', { name: 'Inflation (%)' }), { target: { value: '2' } });
    // 2025 dollars spent in 2026–2028: 175/3 × (1.02 + 1.0404 + 1.061208) = 58.333… × 3.121608 = 182.0938 billion
    expect(card('Program total')).toBe('US$182.09 billion');
    await user.click(screen.getByRole('radio', { name: /Constant/ }));
    expect(card('Program total')).toBe('US$175.00 billion');
  });

  it('changing the estimate shows its source and period', async () => {
    const user = userEvent.setup();
    renderApp();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Published estimate' }), 'independent-524');
    expect(screen.getByRole('complementary', { name: 'Source of the estimate' })).toHaveTextContent(
      'A misprint of',
    );
    expect(screen.getByRole('textbox', { name: 'Years' })).toHaveValue('20');
  });

  it('a fixed amount above the covered cost shows the problem instead of results', async () => {
    const user = userEvent.setup();
    renderApp();
    await user.click(screen.getByRole('radio', { name: /A fixed amount/ }));
    const before = screen.getByText(/^Canada would pay/).textContent;
    fireEvent.change(screen.getByRole('slider', { name: 'Fixed amount' }), { target: { value: '200' } });
    expect(screen.getByRole('alert')).toHaveTextContent(/more than the covered cost/);
    expect(screen.getByRole('button', { name: 'Save scenario' })).toBeDisabled();
    // The field at fault is marked and says why; the last results stay, marked out of date.
    const field = screen.getByRole('textbox', { name: 'Fixed amount' });
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(field).toHaveAccessibleDescription(/more than the covered cost/);
    expect(screen.getByRole('alert')).toHaveTextContent(/out of date/);
    expect(screen.getByText(/^Canada would pay/).textContent).toBe(before);
    expect(screen.queryByRole('button', { name: /Download/ })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Undo last change' }));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('a chart shown as a table stays a table while the inputs are wrong and after they are fixed', async () => {
    const user = userEvent.setup();
    renderApp();
    const yearly = () => screen.getByRole('region', { name: /^Yearly cost, / });
    const drawn = await screen.findByRole('region', { name: /^Yearly cost, / }, { timeout: 10_000 });
    await user.click(within(drawn).getByRole('button', { name: 'Show as table' }));
    await user.click(screen.getByRole('radio', { name: /A fixed amount/ }));
    fireEvent.change(screen.getByRole('slider', { name: 'Fixed amount' }), { target: { value: '200' } });
    expect(screen.getByRole('alert')).toHaveTextContent(/out of date/);
    expect(within(yearly()).getByRole('table')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Undo last change' }));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(within(yearly()).getByRole('table')).toBeInTheDocument();
    expect(within(yearly()).getByRole('button', { name: 'Show as chart' })).toBeInTheDocument();
  });

  it('saves, keeps saved scenarios over a reload, and compares two', async () => {
    const user = userEvent.setup();
    const first = renderApp();
    await user.type(screen.getByRole('textbox', { name: 'Name' }), 'By GDP');
    await user.click(screen.getByRole('button', { name: 'Save scenario' }));
    await user.click(screen.getByRole('radio', { name: /North Warning System/ }));
    await user.type(screen.getByRole('textbox', { name: 'Name' }), 'NWS 40%');
    await user.click(screen.getByRole('button', { name: 'Save scenario' }));
    first.unmount();

    renderApp(); // a fresh store over the same storage: a reload
    const list = within(screen.getByRole('region', { name: 'Saved scenarios' })).getByRole('list');
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((li) => li.querySelector('.saved-name')?.textContent),
    ).toEqual(['By GDP', 'NWS 40%']);
    await user.click(screen.getByRole('checkbox', { name: 'Compare By GDP' }));
    await user.click(screen.getByRole('checkbox', { name: 'Compare NWS 40%' }));
    const compare = screen.getByRole('region', { name: 'Comparing 2 scenarios' });
    const rows = within(compare).getAllByRole('row');
    expect(rows).toHaveLength(3);
    expect(rows[2]).toHaveTextContent('40.00%');
    expect(rows[2]).toHaveTextContent('C$97.30 billion'); // 40% of 175 = 70 × 1.39
  });

  it('a bad scenario file changes nothing and says what is wrong', async () => {
    renderApp();
    const before = getAppStore().getState().form;
    const input = screen.getByLabelText('Open scenario file');
    const file = new File(
      [
        '{"schemaVersion": 1, "id": "x", "name": "X", "cost": {"estimateId": "trump-total-2025"}, "years": 0, "share": {"rule": "gdp"}}',
      ],
      'bad.json',
      { type: 'application/json' },
    );
    await act(async () => {
      fireEvent.change(input, { target: { files: [file] } });
      await new Promise((r) => setTimeout(r, 0));
    });
    expect(await screen.findByRole('alert')).toHaveTextContent(
      /bad\.json.*nothing changed.*Years: must be at least 1/,
    );
    expect(getAppStore().getState().form).toBe(before);
  });
});
