/** The export info (context.ts) of one scenario, or of a comparison, in the page's language. */
import { askOfShare, type Dollars, type Estimate, type ScenarioResult } from '../../core';
import { type Lang, markText, scenarioName, sourceOutlet, translate } from '../../i18n';
import type { DisplayCurrency } from '../../state';
import { summarySentence } from '../results/summaryText';
import type { ChartExportInfo } from './context';

/** "CBO, 2025-05-05": who published the figure, and when (ISO date, the same in both languages). */
function cite(estimate: Estimate, lang: Lang): string {
  return `${sourceOutlet(estimate.source, lang)}, ${estimate.source.date}`;
}

/** The sources of a scenario's figures: the program's estimate (or the custom amount) and Canada's ask. */
export function scenarioSources(result: ScenarioResult, lang: Lang): string[] {
  const { estimate } = result.base;
  const ask = askOfShare(result.scenario.share);
  const program = estimate
    ? cite(estimate, lang)
    : translate(lang, 'export.sourceCustom', { label: result.base.label, year: result.base.dollarYear });
  return ask && ask.id !== estimate?.id ? [program, cite(ask, lang)] : [program];
}

export function sourceLine(sources: readonly string[], lang: Lang): string {
  const unique = [...new Set(sources)];
  return translate(lang, 'export.source', { source: unique.join(markText(';', lang)) });
}

export function unitsLine(
  currency: DisplayCurrency,
  dollars: Dollars,
  dollarYear: number | undefined,
  lang: Lang,
): string {
  const money = translate(lang, `calculator.view.${currency}`);
  if (dollars === 'nominal') return translate(lang, 'export.units.nominal', { currency: money });
  return dollarYear === undefined
    ? translate(lang, 'export.units.constantEach', { currency: money })
    : translate(lang, 'export.units.constant', { currency: money, year: dollarYear });
}

export function scenarioExportInfo(
  result: ScenarioResult,
  currency: DisplayCurrency,
  dollars: Dollars,
  lang: Lang,
): ChartExportInfo {
  return {
    name: scenarioName(result.scenario, lang),
    sentence: summarySentence(result, currency, dollars, lang),
    source: sourceLine(scenarioSources(result, lang), lang),
    units: unitsLine(currency, dollars, result.base.dollarYear, lang),
    fileStem: result.scenario.id,
  };
}

/** Several saved scenarios side by side: their names as the sentence, all their sources. */
export function compareExportInfo(
  items: readonly { name: string; result: ScenarioResult }[],
  currency: DisplayCurrency,
  dollars: Dollars,
  lang: Lang,
): ChartExportInfo {
  return {
    name: translate(lang, 'export.compareName', { count: items.length }),
    sentence: items.map((i) => i.name).join(markText(';', lang)),
    source: sourceLine(
      items.flatMap((i) => scenarioSources(i.result, lang)),
      lang,
    ),
    // Each scenario's constant dollars are in its own year (the chart's rows say which).
    units: unitsLine(currency, dollars, undefined, lang),
    fileStem: 'comparison',
  };
}
