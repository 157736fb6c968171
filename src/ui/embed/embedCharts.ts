/**
 * The charts a page can embed (`?embed=<chart>`), each with the height its `<iframe>` asks for.
 * The range-of-outcomes charts (fan, tornado) are not embeddable: they need a simulation of
 * thousands of draws that runs for seconds in the reader's browser, and their figures depend on
 * the simulation's own settings; an article shows a deterministic chart that appears at once.
 */
export const EMBED_CHARTS = ['yearly', 'cumulative', 'budget', 'gdp', 'estimates'] as const;
export type EmbedChart = (typeof EMBED_CHARTS)[number];

/**
 * CSS pixels of the `<iframe>`: what the embed needs at 375 px wide (a phone) in the longer
 * language, French, for the default scenario, with room for two more lines of a longer scenario
 * name (measured and checked in test/e2e/embed.spec.ts). Wider columns leave some white below;
 * an embed cut short, or scrolling inside an article, would be worse.
 */
export const EMBED_HEIGHTS: Readonly<Record<EmbedChart, number>> = {
  yearly: 920,
  cumulative: 900,
  budget: 1040,
  gdp: 1060,
  estimates: 1800,
};

export function isEmbedChart(name: string): name is EmbedChart {
  return (EMBED_CHARTS as readonly string[]).includes(name);
}

/** The chart an address asks to embed (any text, checked by the embed page), or null: not an embed. */
export function embedRequest(search: string): string | null {
  return new URLSearchParams(search).get('embed');
}
