// @vitest-environment jsdom
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { buildReport, computeScenario, findEstimate } from '../../src/core';
import { formatMoney, formatPct } from '../../src/i18n';
import { parseScenarioDoc } from '../../src/io';
import { formToDoc, getAppStore } from '../../src/state';
import { CalculatorView } from '../../src/ui/CalculatorView';
import { NoticeBar } from '../../src/ui/Notice';
import { summarySentence } from '../../src/ui/results/summaryText';
import { freshStore, loadPreset } from '../support/presetStore';

const NBSP = '\u00a0';

/**
 * An accessible name, exactly, whichever space (ordinary or no-break) the page uses: names keep
 * French no-break spaces, while text matchers turn them into ordinary spaces.
 */
function named(text: string): RegExp {
  const escaped = text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '[ \u00a0]');
  return new RegExp(`^${escaped}$`);
}

/** Text as testing-library and jest-dom compare it: no-break spaces become ordinary ones. */
function plain(text: string): string {
  return text.replace(/\u00a0/g, ' ');
}

/** A fresh store in French (as ?lang=fr or the switch would set it), then the calculator. */
function renderFrench(setup: () => void = () => undefined) {
  freshStore();
  getAppStore().getState().setLang('fr');
  setup();
  return render(
    <>
      <NoticeBar />
      <CalculatorView />
    </>,
  );
}

function currentResult() {
  const parsed = parseScenarioDoc(formToDoc(getAppStore().getState().form));
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return computeScenario(parsed.scenario);
}

/** Waits for the lazily loaded charts (and the simulation, when the scenario has ranges). */
async function chartsDrawn() {
  await screen.findByRole('heading', { name: /^Coût annuel, en milliards/ }, { timeout: 5000 });
  await screen.findByRole('heading', { name: /^Estimations publiées comparées/ }, { timeout: 5000 });
}

/**
 * Every text a reader meets outside quotes and source titles (marked lang="en"): text nodes and the
 * attributes read aloud or shown (labels, titles, placeholders, values read by screen readers).
 */
function readableTexts(root: HTMLElement): string[] {
  const out: string[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.parentElement?.closest('[lang="en"]')) continue;
    const text = node.textContent?.trim();
    if (text) out.push(text);
  }
  for (const el of root.querySelectorAll('*')) {
    if (el.closest('[lang="en"]')) continue;
    for (const name of ['aria-label', 'title', 'placeholder', 'label', 'aria-valuetext', 'alt']) {
      const value = el.getAttribute(name);
      if (value) out.push(value);
    }
  }
  return out;
}

/** Proper names that contain English words and stay as they are in French. */
const PROPER_NAMES = ['Stars and Stripes'];
const ENGLISH: readonly (string | RegExp)[] = [
  'the ',
  ' and ',
  'Canada’s',
  'Download',
  'Show as table',
  /\b(of|to|per|with|from|by|at|in)\b /,
  /\b(Loading|Years|Save|Compare|Open|Default|Range|Dismiss|Total:)\b/,
];

function englishLeftIn(root: HTMLElement): string[] {
  return readableTexts(root).filter((text) => {
    const cleaned = PROPER_NAMES.reduce((t, name) => t.split(name).join(''), text);
    return ENGLISH.some((word) => (typeof word === 'string' ? cleaned.includes(word) : word.test(cleaned)));
  });
}

beforeEach(() => {
  window.localStorage.clear();
});

describe('the calculator in French', () => {
  it('names its sections, fields and sliders in French', () => {
    renderFrench();
    expect(screen.getByRole('heading', { level: 2, name: 'Hypothèses' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'Résultats' })).toBeInTheDocument();
    for (const legend of [
      '1. L’estimation',
      '2. Calendrier et prix',
      '3. La part du Canada',
      '4. Taux de change et contexte',
      '5. Budgets de défense et PIB, année par année',
      '6. Incertitude',
    ]) {
      expect(screen.getByRole('group', { name: legend })).toBeInTheDocument();
    }
    expect(screen.getByRole('slider', { name: 'Années' })).toHaveValue('3');
    expect(screen.getByRole('textbox', { name: 'Années' })).toHaveValue('3');
    expect(screen.getByRole('slider', { name: 'Taux d’inflation (%)' })).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Scénario prédéfini' })).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: /^Selon la taille de l’économie \(PIB\)/ })).toBeChecked();
    expect(screen.getByRole('button', { name: named('26 % — portefeuille du GAO') })).toBeInTheDocument();
  });

  it('shows decimals with a comma, takes them typed so, and refuses a decimal point saying how to type it', async () => {
    const user = userEvent.setup();
    renderFrench();
    expect(screen.getByRole('textbox', { name: named('$ CA par $ US') })).toHaveValue('1,39');
    const inflation = screen.getByRole('textbox', { name: 'Taux d’inflation (%)' });
    await user.clear(inflation);
    await user.type(inflation, '2,5{Enter}');
    expect(getAppStore().getState().form.inflationPct).toBe('2.5');
    expect(inflation).toHaveValue('2,5');
    await user.clear(inflation);
    await user.type(inflation, '3.5{Enter}');
    expect(getAppStore().getState().form.inflationPct).toBe('2.5');
    expect(screen.getByRole('alert').textContent).toContain(
      'Utilisez une virgule pour les décimales, par exemple 1,2',
    );
    await user.keyboard('{Escape}');
    const years = screen.getByRole('textbox', { name: 'Années' });
    await user.clear(years);
    await user.type(years, '51');
    await user.tab();
    expect(screen.getByRole('alert')).toHaveTextContent('Années : Entrez une valeur de 1 à 50.');
    act(() => getAppStore().getState().setLang('en'));
    expect(screen.getByRole('alert')).toHaveTextContent('Years: Enter a value from 1 to 50.');
  });

  it('says the summary in French, with fr-CA numbers and money', () => {
    renderFrench();
    fireEvent.change(screen.getByRole('slider', { name: 'Années' }), { target: { value: '5' } });
    const result = currentResult();
    const totals = buildReport(result, 'nominal').totals;
    const canada = formatMoney(totals.canadaCad, 'CAD', 'fr');
    expect(canada).toMatch(/^\d{1,3},\d{2}\u00a0milliards\u00a0\$\u00a0CA$/);
    const sentence = summarySentence(result, 'USD', 'nominal', 'fr');
    expect(sentence).toBe(
      `Le Canada paierait ${canada} sur 5 ans (2026–2030), avec un partage selon la taille de chaque ` +
        `économie (${formatPct(totals.canadaSharePct, 2, 'fr')} d’un programme de ${formatMoney(result.base.usd, 'USD', 'fr')}, ` +
        `en dollars de chaque année)${NBSP}: environ ${formatMoney(totals.canadaCadPerPerson, 'CAD', 'fr')} par ` +
        `personne, soit en moyenne, chaque année, ${formatPct(totals.canadaAvgPctOfDefenceBudget, 1, 'fr')} du ` +
        'budget annuel actuel de la défense du Canada.',
    );
    expect(screen.getByText(plain(sentence))).toBeInTheDocument();
    const cards = screen.getByLabelText('Sommaire');
    expect(within(cards).getByText('Total du Canada').nextElementSibling).toHaveTextContent(plain(canada));
    expect(within(cards).getByText('Part effective du Canada').nextElementSibling).toHaveTextContent(
      '7,13 %',
    );
  });

  it('titles the charts in French', async () => {
    renderFrench();
    await chartsDrawn();
    expect(
      screen.getByRole('heading', {
        level: 3,
        name: named('Coût annuel, en milliards $ US (dollars nominaux)'),
      }),
    ).toBeInTheDocument();
    expect(
      screen.getAllByRole('button', { name: 'Afficher sous forme de tableau' }).length,
    ).toBeGreaterThanOrEqual(5);
    // The line's label in the budget chart (money a year) and in the GDP chart (a share).
    expect(screen.getAllByText('OTAN 3,5 %')).toHaveLength(2);
  });

  it('gives the source of the estimate in French, the quote as published', () => {
    renderFrench();
    const source = screen.getByRole('complementary', { name: 'Source de l’estimation' });
    expect(within(source).getByRole('heading')).toHaveTextContent('Source : Le total de Trump (175 G$ US)');
    expect(source).toHaveTextContent('Le président Trump, déclarations dans le Bureau ovale');
    expect(source).toHaveTextContent('20 mai 2025');
    expect(source).toHaveTextContent('Portée : Système complet (non défini)');
    const quote = within(source).getByText(findEstimate('trump-total-2025')?.quote?.text ?? '?');
    expect(quote).toHaveAttribute('lang', 'en');
    expect(quote.parentElement?.textContent).toMatch(/^«\u00a0total cost when.*\u00a0»$/);
  });

  it('leaves no English outside quotes, source titles and proper names', async () => {
    const { container } = renderFrench(() => {
      const { save, toggleCompare } = getAppStore().getState();
      save('');
      save('Deuxième');
      for (const s of getAppStore().getState().saved) toggleCompare(s.key);
    });
    await chartsDrawn();
    expect(screen.getByRole('heading', { name: 'Comparaison de 2 scénarios' })).toBeInTheDocument();
    expect(englishLeftIn(container)).toEqual([]);
  });

  it('leaves no English with ranges simulated, a custom amount or a problem shown', async () => {
    const { container } = renderFrench(() => {
      loadPreset();
      getAppStore().getState().setSimulation(1000, 3);
    });
    await chartsDrawn();
    const panel = screen.getByRole('region', { name: 'Éventail des résultats' });
    await within(panel).findByRole(
      'heading',
      { name: /^Quelle hypothèse compte le plus/ },
      { timeout: 5000 },
    );
    expect(within(panel).getByText(/d’après 1 000 tirages \(germe 3\)\.$/)).toBeInTheDocument();
    expect(englishLeftIn(container)).toEqual([]);

    await userEvent
      .setup()
      .selectOptions(screen.getByRole('combobox', { name: 'Estimation publiée' }), '__custom__');
    expect(screen.getByRole('textbox', { name: 'Provenance du montant' })).toHaveValue('Mon estimation');
    await screen.findByText(/^▶ Mon estimation/, {}, { timeout: 5000 });
    act(() => getAppStore().getState().edit('years', { years: '0' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Ce scénario ne peut pas encore être calculé');
    expect(englishLeftIn(container)).toEqual([]);
  });

  it('finds English in the English page (the check above is not vacuous)', () => {
    freshStore();
    const { container } = render(<CalculatorView />);
    expect(englishLeftIn(container).length).toBeGreaterThan(20);
  });

  it('shows a notice in the language of the page, even after a switch', async () => {
    renderFrench();
    const input = screen.getByLabelText('Ouvrir un fichier de scénario');
    await act(async () => {
      fireEvent.change(input, {
        target: { files: [new File(['{'], 'mauvais.json', { type: 'application/json' })] },
      });
      await new Promise((r) => setTimeout(r, 0));
    });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(
      /^« mauvais\.json » n’a pas été ouvert ; rien n’a changé\.\s*not valid JSON/,
    );
    act(() => getAppStore().getState().setLang('en'));
    expect(screen.getByRole('alert')).toHaveTextContent(/^“mauvais\.json” was not opened; nothing changed\./);
    expect(screen.getByRole('button', { name: 'Dismiss' })).toBeInTheDocument();
  });
});
