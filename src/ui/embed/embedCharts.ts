/**
 * The charts a page can embed (`?embed=<chart>`), each with the height its `<iframe>` asks for.
 * The range-of-outcomes charts (fan, tornado) are not embeddable: they need a simulation of
 * thousands of draws that runs for seconds in the reader's browser, and their figures depend on
 * the simulation's own settings; an article shows a deterministic chart that appears at once.
 */
export const EMBED_CHARTS = ['yearly', 'cumulative', 'budget', 'gdp', 'estimates'] as const;
export type EmbedChart = (typeof EMBED_CHARTS)[number];

/**
 * CSS pixels of the `<iframe>`: the tallest the embed is at 375 px wide in either language
 * (title, scenario sentence, drawing, legend, units, source and link; measured in test/e2e/embed.spec.ts),
 * so an article column shows it whole without a scroll bar.
 */
export const EMBED_HEIGHTS: Readonly<Record<EmbedChart, number>> = {
  yearly: 640,
  cumulative: 640,
  budget: 640,
  gdp: 640,
  estimates: 1100,
};

export function isEmbedChart(name: string): name is EmbedChart {
  return (EMBED_CHARTS as readonly string[]).includes(name);
}

/** The chart an address asks to embed (any text, checked by the embed page), or null: not an embed. */
export function embedRequest(search: string): string | null {
  return new URLSearchParams(search).get('embed');
}
