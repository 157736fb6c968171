/** The one-sentence, plain-language summary of a scenario. Pure: report in, words out. */
import {
  buildReport,
  roundHalfEven,
  usdToCad,
  type Dec,
  type Dollars,
  type ScenarioResult,
} from '../../core';
import { formatMoney, formatPct } from '../../i18n/format';
import type { DisplayCurrency } from '../../state';

const RULE_WORDS: Record<ScenarioResult['scenario']['share']['rule'], string> = {
  gdp: 'split by the size of each economy',
  population: 'split by population',
  nws: 'split 40/60 like the North Warning System',
  percent: 'at the share you chose',
  fixed: 'as a fixed amount',
};

/** A program-level amount in the display currency (rounded to cents, half-even). */
export function inCurrency(usd: Dec, currency: DisplayCurrency, result: ScenarioResult): Dec {
  return currency === 'USD' ? usd : roundHalfEven(usdToCad(usd, result.scenario.fx), 2);
}

export function summarySentence(result: ScenarioResult, currency: DisplayCurrency, dollars: Dollars): string {
  const { totals } = buildReport(result, dollars);
  const s = result.scenario;
  const last = s.startYear + s.years - 1;
  const period = s.years === 1 ? `in ${s.startYear}` : `over ${s.years} years (${s.startYear}–${last})`;
  const program = formatMoney(inCurrency(totals.programUsd, currency, result), currency);
  const kind = dollars === 'nominal' ? 'dollars of each year' : `${result.base.dollarYear} dollars`;
  return (
    `Canada would pay ${formatMoney(totals.canadaCad, 'CAD')} ${period}, ${RULE_WORDS[s.share.rule]} ` +
    `(${formatPct(totals.canadaSharePct)} of a ${program} program, in ${kind}): about ` +
    `${formatMoney(totals.canadaCadPerPerson, 'CAD')} per person, or ${formatPct(totals.canadaAvgPctOfDefenceBudget, 1)} ` +
    `of Canada’s ${s.years === 1 ? 'yearly' : 'current yearly'} defence budget ${s.years === 1 ? '' : 'each year on average'}`.trimEnd() +
    '.'
  );
}
