// @vitest-environment jsdom
/**
 * Embeds: each chart's "Embed" button shows the <iframe> code of the scenario on screen, and an
 * embed address draws one chart with its title, scenario, units, source and link, or says why not.
 */
import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { decodeShareFragment, encodeShareFragment } from '../../src/io';
import { createAppStore, defaultPreset, findPreset, getAppStore, replaceAppStore } from '../../src/state';
import { App } from '../../src/ui/App';
import { EMBED_HEIGHTS } from '../../src/ui/embed/embedCharts';
import { embedLink, embedSnippet } from '../../src/ui/embed/embedLink';
import { EmbedPage } from '../../src/ui/embed/EmbedPage';
import { readEmbed } from '../../src/ui/embed/readEmbed';
import { startEmbed } from '../../src/ui/embed/startEmbed';
import { MemoryStorage } from '../support/memoryStorage';

const DEFAULT_VIEW = { currency: 'USD', dollars: 'nominal' } as const;

/** The charts' chunk loads once, slowly in jsdom. */
const LOAD = { timeout: 10_000 };

/** The scenario and view an embed code's address carries, read back as the embed page reads it. */
function snippetTarget(snippet: string) {
  const src = /src="([^"]+)"/.exec(snippet)?.[1]?.replace(/&amp;/g, '&') ?? '';
  const url = new URL(src);
  const link = decodeShareFragment(url.hash);
  if (!link.ok) throw new Error('the snippet carries no scenario');
  return { url, scenario: link.scenario, view: link.view };
}

describe('reading an embed address', () => {
  it('names the charts when the name is unknown or missing', () => {
    expect(readEmbed('pie', '')).toEqual({
      ok: false,
      message: 'embed.unknownChart',
      params: { name: 'pie', list: 'yearly, cumulative, budget, gdp, estimates' },
    });
    expect(readEmbed('', '')).toMatchObject({ ok: false, message: 'embed.noChart' });
    // The range-of-outcomes charts need a simulation: not embeddable.
    expect(readEmbed('fan', '')).toMatchObject({ ok: false, message: 'embed.unknownChart' });
  });

  it('refuses a damaged scenario link, and shows the default scenario without one', () => {
    const good = encodeShareFragment(defaultPreset());
    expect(readEmbed('yearly', `${good.slice(0, -1)}0`)).toEqual({ ok: false, message: 'embed.badLink' });
    const plain = readEmbed('yearly', '');
    expect(plain.ok && plain.result.scenario.id).toBe(defaultPreset().id);
  });
});

describe('the embed code', () => {
  it('is a lazy, full-width, titled iframe whose address is the chart and the scenario', () => {
    const scenario = findPreset('cbo-2025-high-gdp') ?? defaultPreset();
    const view = { currency: 'CAD', dollars: 'constant' } as const;
    const snippet = embedSnippet(
      'gdp',
      embedLink('gdp', { scenario, view, lang: 'fr' }),
      'Dépenses "de défense" & PIB',
    );
    expect(snippet).toMatch(/^<iframe src="[^"]+" title="Dépenses &quot;de défense&quot; &amp; PIB"/);
    expect(snippet).toContain(`width="100%" height="${EMBED_HEIGHTS.gdp}" loading="lazy"`);
    const read = snippetTarget(snippet);
    expect(read.url.searchParams.get('embed')).toBe('gdp');
    expect(read.url.searchParams.get('lang')).toBe('fr');
    expect(read.scenario).toEqual(scenario);
    expect(read.view).toEqual(view);
  });

  it('points at the page the app is served from, under any sub-path', () => {
    window.history.replaceState(null, '', '/some/sub/path/index.html?lang=fr#s=old');
    const snippet = embedSnippet(
      'budget',
      embedLink('budget', { scenario: defaultPreset(), view: DEFAULT_VIEW, lang: 'en' }),
      'B',
    );
    expect(snippetTarget(snippet).url.href).toMatch(
      new RegExp(`^${window.location.origin}/some/sub/path/index\\.html\\?embed=budget&lang=en#s=2\\.`),
    );
  });

  it('each chart of the results has an Embed button whose code holds the current scenario', async () => {
    replaceAppStore(createAppStore(() => new MemoryStorage()));
    render(<App />);
    fireEvent.change(screen.getByRole('slider', { name: 'Years' }), { target: { value: '12' } });
    const button = await screen.findByRole('button', { name: /^Embed chart: Yearly cost/ }, LOAD);
    expect(screen.getAllByRole('button', { name: /^Embed chart: / })).toHaveLength(5);
    expect(button).toHaveAttribute('aria-expanded', 'false');
    fireEvent.click(button);
    expect(button).toHaveAttribute('aria-expanded', 'true');
    const panel = screen.getByRole('group', { name: button.getAttribute('aria-label') ?? '' });
    const code = within(panel).getByRole('textbox', { name: 'HTML code to paste into your page' });
    const snippet = (code as HTMLTextAreaElement).value;
    expect(snippet).toContain('?embed=yearly&amp;lang=en#s=2.');
    const read = snippetTarget(snippet);
    expect(read.scenario.years).toBe(12);
    expect(read.view).toEqual({ currency: 'USD', dollars: 'nominal' });
    expect(within(panel).getByRole('button', { name: 'Copy code' })).toBeInTheDocument();
    // Escape closes the panel and gives focus back to its button.
    fireEvent.keyDown(code, { key: 'Escape' });
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(button).toHaveFocus();
  });
});

describe('the embedded page', () => {
  const hash = encodeShareFragment(defaultPreset(), { currency: 'CAD', dollars: 'nominal' });

  it('draws one chart with its title, scenario, units, source and a link to the calculator', async () => {
    startEmbed('?embed=cumulative');
    render(<EmbedPage chart="cumulative" hash={hash} />);
    const heading = await screen.findByRole('heading', { name: /^Canada’s cumulative cost/ }, LOAD);
    expect(screen.getAllByRole('heading')).toEqual([heading]);
    expect(screen.getByRole('button', { name: 'Show as table' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Download|Embed/ })).toBeNull();
    expect(screen.queryByRole('slider')).toBeNull();
    expect(screen.getByText(/^Money in Canadian dollars, nominal/)).toBeInTheDocument();
    expect(screen.getByText(/^Source: /)).toBeInTheDocument();
    const link = screen.getByRole('link', { name: /Open this scenario in the Golden Dome cost calculator/ });
    expect(link).toHaveAttribute('target', '_blank');
    expect(link).toHaveAttribute('rel', 'noopener');
    expect(new URL(link.getAttribute('href') ?? '').hash).toBe(hash);
  });

  it('speaks French, and keeps nothing in the browser', async () => {
    window.localStorage.clear();
    startEmbed('?embed=budget&lang=fr');
    render(<EmbedPage chart="budget" hash={hash} />);
    await screen.findByRole('button', { name: 'Afficher sous forme de tableau' }, LOAD);
    expect(screen.getByRole('link', { name: /Ouvrir ce scénario/ })).toBeInTheDocument();
    expect(getAppStore().getState().storageStatus).toBe('off');
    expect(window.localStorage.length).toBe(0);
  });

  it('an unknown chart gives a short message, not a blank frame', () => {
    startEmbed('?embed=pie');
    render(<EmbedPage chart="pie" hash={hash} />);
    expect(screen.getByRole('alert')).toHaveTextContent(
      'There is no chart called “pie” to embed. The charts are: yearly, cumulative, budget, gdp, estimates.',
    );
  });
});
