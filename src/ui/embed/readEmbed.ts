/**
 * What an embed address shows: the chart it names and the scenario of its share-link fragment
 * (the calculator's default scenario when it has none), or why it shows no chart.
 */
import { computeScenario, ScenarioError, type ScenarioResult } from '../../core';
import type { MessageKey, Params } from '../../i18n';
import { decodeShareFragment, type SharedView } from '../../io';
import { defaultPreset } from '../../state';
import { EMBED_CHARTS, isEmbedChart, type EmbedChart } from './embedCharts';

export type Embedded =
  | {
      readonly ok: true;
      readonly chart: EmbedChart;
      readonly result: ScenarioResult;
      readonly view: SharedView;
    }
  | { readonly ok: false; readonly message: MessageKey; readonly params?: Params };

const DEFAULT_VIEW: SharedView = { currency: 'USD', dollars: 'nominal' };

export function readEmbed(chart: string, hash: string): Embedded {
  const list = EMBED_CHARTS.join(', ');
  if (!chart.trim()) return { ok: false, message: 'embed.noChart', params: { list } };
  // The name is shown as typed, cut short: an address is anyone's text.
  if (!isEmbedChart(chart))
    return { ok: false, message: 'embed.unknownChart', params: { name: chart.slice(0, 40), list } };
  const link = hash
    ? decodeShareFragment(hash)
    : { ok: true as const, scenario: defaultPreset(), view: DEFAULT_VIEW };
  if (!link.ok) return { ok: false, message: 'embed.badLink' };
  try {
    return { ok: true, chart, result: computeScenario(link.scenario), view: link.view };
  } catch (error) {
    if (error instanceof ScenarioError) return { ok: false, message: 'embed.cannot' };
    throw error;
  }
}
