// @vitest-environment jsdom
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { parseScenarioDoc } from '../../src/io';
import { formToDoc, getAppStore } from '../../src/state';
import { OutlookSection } from '../../src/ui/inputs/OutlookSection';
import { freshStore, loadPreset } from '../support/presetStore';

/** The outlook of the scenario being edited, as the file would give it (undefined: as given). */
function outlookDoc() {
  return formToDoc(getAppStore().getState().form)['outlook'];
}

/**
 * An accessible name as a pattern, whatever the spaces: a hint's dash may follow its label with no
 * space (how the name is computed from the label's parts), and French uses no-break spaces.
 */
function spaced(text: string, whole = true): RegExp {
  const escaped = text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '[ \u00a0]?');
  return new RegExp(`^${escaped}${whole ? '$' : ''}`);
}

function section(lang: 'en' | 'fr' = 'en') {
  freshStore();
  loadPreset('cbo-2025-high-gdp');
  act(() => getAppStore().getState().setLang(lang));
  render(<OutlookSection />);
  return userEvent.setup();
}

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('the outlook section', () => {
  it('starts as given (a preset keeps its numbers), with no projected fields', () => {
    section();
    expect(
      screen.getByRole('group', { name: '5. Defence budgets and GDP, year by year' }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('radio', { name: /^As given\s*— the 2024 GDP and the 2025-26 budget every year/ }),
    ).toBeChecked();
    expect(screen.queryByRole('slider', { name: 'Canada nominal GDP growth' })).toBeNull();
    expect(outlookDoc()).toBeUndefined();
  });

  it('switched to projected: the sourced growth with its mark and source, both budgets on the NATO pledge', async () => {
    const user = section();
    await user.click(screen.getByRole('radio', { name: /^Projected/ }));
    expect(screen.getByRole('textbox', { name: 'Canada nominal GDP growth' })).toHaveValue('4.04');
    expect(screen.getByRole('textbox', { name: 'US nominal GDP growth' })).toHaveValue('3.836');
    expect(screen.getByRole('button', { name: '4.04% Budget 2025' })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('button', { name: '3.836% CBO' })).toBeInTheDocument();
    expect(screen.getByText(/Congressional Budget Office/)).toBeInTheDocument();
    const canada = screen.getByRole('group', { name: 'Canada’s defence budget' });
    expect(
      within(canada).getByRole('radio', {
        name: spaced(
          'NATO pledge: 3.5% of GDP by 2035 — from 2% of GDP in 2025-26 (Government of Canada, June 9, 2025) to 3.5% in 2035 (NATO, June 25, 2025), in a straight line, then held',
        ),
      }),
    ).toBeChecked();
    const us = screen.getByRole('group', { name: 'US defence budget' });
    expect(within(us).getByRole('radio', { name: /^Held at the 2025 level/ })).not.toBeChecked();
    expect(
      within(us).getByRole('radio', {
        name: /^NATO pledge.* from 3.22% of GDP in 2025 \(NATO, August 28, 2025\) to 3.5%/,
      }),
    ).toBeChecked();
    expect(outlookDoc()).toMatchObject({ canadaBudget: { path: 'pledge' }, usBudget: { path: 'pledge' } });
    expect(screen.getByRole('textbox', { name: 'Threshold share of Canada’s defence budget' })).toHaveValue(
      '5',
    );

    await user.click(screen.getByRole('radio', { name: /^As given/ }));
    expect(outlookDoc()).toBeUndefined();
    await user.click(screen.getByRole('radio', { name: /^Projected/ }));
    expect(outlookDoc()).toMatchObject({ canadaGdpGrowthPct: '4.04' });
  });

  it('each path can be chosen by keyboard and mouse; a custom target shows its share and year', async () => {
    const user = section();
    await user.click(screen.getByRole('radio', { name: /^Projected/ }));
    const canada = screen.getByRole('group', { name: 'Canada’s defence budget' });
    for (const [name, path] of [
      [/^Held at the 2025-26 level/, 'held'],
      [/^Constant share of GDP/, 'gdpShare'],
      [/^NATO pledge/, 'pledge'],
    ] as const) {
      await user.click(within(canada).getByRole('radio', { name }));
      expect(outlookDoc()).toMatchObject({ canadaBudget: { path } });
    }
    expect(screen.queryByRole('textbox', { name: 'Canada’s target share of GDP' })).toBeNull();
    await user.keyboard('{ArrowDown}');
    expect(within(canada).getByRole('radio', { name: /^Custom target share and year/ })).toBeChecked();
    const share = screen.getByRole('textbox', { name: 'Canada’s target share of GDP' });
    expect(share).toHaveValue('3.5');
    await user.clear(share);
    await user.type(share, '5{Enter}');
    const year = screen.getByRole('textbox', { name: 'Canada’s target year' });
    await user.clear(year);
    await user.type(year, '2030{Enter}');
    expect(outlookDoc()).toMatchObject({
      canadaBudget: { path: 'target', targetPct: '5', targetYear: 2030 },
    });
    const parsed = parseScenarioDoc(formToDoc(getAppStore().getState().form));
    expect(parsed.ok && parsed.scenario.outlook?.canadaBudget).toMatchObject({
      path: 'target',
      targetYear: 2030,
    });
  });

  it('refuses typed text it cannot read or a year out of range, tied to the field, and changes nothing', async () => {
    const user = section();
    await user.click(screen.getByRole('radio', { name: /^Projected/ }));
    const growth = screen.getByRole('textbox', { name: 'US nominal GDP growth' });
    await user.clear(growth);
    await user.type(growth, 'abc{Enter}');
    expect(growth).toHaveAttribute('aria-invalid', 'true');
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent(/^US nominal GDP growth: /);
    expect(growth.getAttribute('aria-describedby')).toContain(alert.id);
    expect(outlookDoc()).toMatchObject({ usGdpGrowthPct: '3.836' });

    await user.click(screen.getByRole('radio', { name: /^Custom target share and year\s*— from 3.22%/ }));
    const year = screen.getByRole('textbox', { name: 'US target year' });
    await user.clear(year);
    await user.type(year, '2025{Enter}');
    expect(year).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByText(/US target year: Enter a value from 2026 to 2100/)).toBeInTheDocument();
    expect(outlookDoc()).toMatchObject({ usBudget: { path: 'target', targetYear: 2035 } });
  });

  it('speaks French', async () => {
    const user = section('fr');
    expect(
      screen.getByRole('group', { name: '5. Budgets de défense et PIB, année par année' }),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: /^Projetés/ }));
    expect(screen.getByRole('textbox', { name: 'Croissance du PIB nominal du Canada' })).toHaveValue('4,04');
    const canada = screen.getByRole('group', { name: 'Budget de défense du Canada' });
    expect(
      within(canada).getByRole('radio', { name: /^Maintenu au niveau de 2025-2026/ }),
    ).toBeInTheDocument();
    expect(
      within(canada).getByRole('radio', {
        name: spaced('Engagement de l’OTAN : 3,5 % du PIB d’ici 2035', false),
      }),
    ).toBeChecked();
  });
});
