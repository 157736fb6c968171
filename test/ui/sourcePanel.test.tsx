// @vitest-environment jsdom
/** The source panel credits a quote to whoever wrote it and says how the dollar-year was chosen, in both languages. */
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { computeScenario, type ScenarioResult } from '../../src/core';
import type { Lang } from '../../src/i18n';
import { createAppStore, getAppStore, replaceAppStore } from '../../src/state';
import { SourcePanel } from '../../src/ui/results/SourcePanel';
import { MemoryStorage } from '../support/memoryStorage';
import { scenario } from '../core/fixtures';

const result = (estimateId: string): ScenarioResult =>
  computeScenario(scenario({ cost: { kind: 'estimate', estimateId } }));

function renderPanel(estimateId: string, lang: Lang) {
  getAppStore().getState().setLang(lang);
  render(<SourcePanel result={result(estimateId)} />);
  return screen.getByRole('complementary');
}

/** Text as jest-dom compares it: no-break spaces as ordinary ones. */
const plain = (el: HTMLElement) => (el.textContent ?? '').replace(/\u00a0/g, ' ');

describe('the source panel', () => {
  beforeEach(() => replaceAppStore(createAppStore(() => new MemoryStorage())));
  afterEach(cleanup);

  it('credits “$542 billion solely for the space components” to the news report, not the CBO', () => {
    const panel = renderPanel('cbo-sbi-2025-high', 'en');
    const caption = within(panel).getByText(/^Words of:/);
    expect(plain(caption)).toMatch(/^Words of: UK news report citing the BBC, “Canada considers joining/);
    expect(plain(caption)).toMatch(/These are its words, not the words of the source above\.$/);
    expect(plain(panel)).toMatch(
      /^Source: CBO 2025.*Congressional Budget Office, “Effects of Lower Launch Costs/,
    );
    expect(plain(panel)).toMatch(/Prices: 2025 dollars\. As the source states\./);
  });

  it('in French: the article’s words, and the Pentagon’s 2026 dollars are an assumption', () => {
    let panel = renderPanel('trump-initial-2025', 'fr');
    const caption = within(panel).getByText(/^Propos de/);
    expect(plain(caption)).toMatch(
      /^Propos de : The Independent \(Royaume-Uni\), Mike Bedigan, avec l’Associated Press/,
    );
    expect(plain(caption)).toMatch(/Ce sont ses mots, pas ceux de la source ci-dessus\.$/);
    cleanup();
    panel = renderPanel('dod-2026', 'fr');
    expect(plain(panel)).toMatch(
      /Prix : dollars de 2026\. Une hypothèse de l’application : la source ne précise pas l’année de référence des dollars\./,
    );
  });

  it('a speaker’s own words are credited to the speaker, without the “not the source” line', () => {
    const panel = renderPanel('trump-total-2025', 'en');
    const caption = within(panel).getByText(/^Words of:/);
    expect(plain(caption)).toMatch(/^Words of: President Trump, Oval Office remarks/);
    expect(plain(caption)).not.toMatch(/not the words of the source/);
  });
});
