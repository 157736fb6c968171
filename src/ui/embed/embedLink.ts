/**
 * The links an embed makes: the embedded chart's own address, the full calculator on the same
 * scenario, and the `<iframe>` snippet. Every address goes through appUrl, the one place that
 * turns a query and a share fragment into a link to this app.
 */
import { encodeShareFragment, type SharedView } from '../../io';
import type { Lang } from '../../i18n';
import type { Scenario } from '../../core';
import { makeLink, type MadeLink } from '../madeLink';
import { EMBED_HEIGHTS, type EmbedChart } from './embedCharts';

/**
 * A link to this app's page with `query` and `fragment` (the scenario, as a share link carries it),
 * made by makeLink: from the single file, to the public address, or marked as working only here.
 */
export function appLink(query: URLSearchParams, fragment: string): MadeLink {
  const search = query.toString();
  return makeLink(`${window.location.pathname}${search ? `?${search}` : ''}${fragment}`);
}

/** The absolute address of appLink. */
export function appUrl(query: URLSearchParams, fragment: string): string {
  return appLink(query, fragment).url;
}

/** What an embed shows: the scenario, its currency and dollars, and the language. */
export interface EmbedTarget {
  readonly scenario: Scenario;
  readonly view: SharedView;
  readonly lang: Lang;
}

/** The link to one chart of `target`, embedded: `?embed=<chart>&lang=<lang>#s=…`. */
export function embedLink(chart: EmbedChart, target: EmbedTarget): MadeLink {
  const query = new URLSearchParams({ embed: chart, lang: target.lang });
  return appLink(query, encodeShareFragment(target.scenario, target.view));
}

/** The full calculator on the same scenario, in the same language. */
export function calculatorUrl(target: EmbedTarget): string {
  return appUrl(
    new URLSearchParams({ lang: target.lang }),
    encodeShareFragment(target.scenario, target.view),
  );
}

function escapeAttribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The HTML to paste into an article: a lazy, full-width `<iframe>` titled after the chart. */
export function embedSnippet(chart: EmbedChart, link: MadeLink, title: string): string {
  const attrs = [
    `src="${escapeAttribute(link.url)}"`,
    `title="${escapeAttribute(title)}"`,
    'width="100%"',
    `height="${EMBED_HEIGHTS[chart]}"`,
    'loading="lazy"',
    'style="border:0;max-width:760px"',
  ];
  return `<iframe ${attrs.join(' ')}></iframe>`;
}
