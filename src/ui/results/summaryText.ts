/** The one-sentence, plain-language summary of a scenario, in English or French. Pure: report in, words out. */
import type { DisplayCurrency } from '../../state';
import { reportFor } from '../reportFor';
import {
  roundHalfEven,
  usdToCad,
  type Dec,
  type Dollars,
  type ReportTotals,
  type ScenarioResult,
  type Usd,
} from '../../core';
import { formatMoney, formatPct, translate, type Lang } from '../../i18n';

/** A program-level amount in the display currency (rounded to cents, half-even). */
export function inCurrency(usd: Usd, currency: DisplayCurrency, result: ScenarioResult): Dec {
  return currency === 'USD' ? usd : roundHalfEven(usdToCad(usd, result.scenario.fx), 2);
}

/**
 * "Canada would pay C$81.08 billion over 3 years (2026–2028), split by the size of each economy
 * (…): about C$1,952.43 per person, or …" / "Le Canada paierait 81,08 milliards $ CA sur 3 ans …".
 */
export function summarySentence(
  result: ScenarioResult,
  currency: DisplayCurrency,
  dollars: Dollars,
  lang: Lang = 'en',
): string {
  const { totals } = reportFor(result, dollars);
  const s = result.scenario;
  const params = {
    canada: formatMoney(totals.canadaCad, 'CAD', lang),
    years: s.years,
    start: s.startYear,
    end: s.startYear + s.years - 1,
    rule: translate(lang, `calculator.rule.${s.share.rule}`),
    share: formatPct(totals.canadaSharePct, 2, lang),
    program: formatMoney(inCurrency(totals.programUsd, currency, result), currency, lang),
    kind:
      dollars === 'nominal'
        ? translate(lang, 'calculator.kind.nominal')
        : translate(lang, 'calculator.kind.constant', { year: result.base.dollarYear }),
    perPerson: formatMoney(totals.canadaCadPerPerson, 'CAD', lang),
    budget: formatPct(totals.canadaAvgPctOfDefenceBudget, 1, lang),
  };
  // With an outlook the budget is the one planned for each year, not today's held.
  const key =
    s.outlook === undefined
      ? s.years === 1
        ? 'calculator.sentence.one'
        : 'calculator.sentence.many'
      : s.years === 1
        ? 'calculator.sentence.oneOutlook'
        : 'calculator.sentence.manyOutlook';
  return translate(lang, key, params);
}

/**
 * The peak card's words with an outlook: "At its peak in 2031, Golden Dome would take 4.3% of
 * Canada's planned defence budget (12.5% of the new money the pledge adds). First above 5% of the
 * budget in 2033." Where the pledge adds no new money in the peak year it says so instead.
 */
export function outlookPeakText(totals: ReportTotals, lang: Lang = 'en'): string {
  const pct = (x: Dec) => formatPct(x, 1, lang);
  const gap = totals.canadaPeakPctOfPledgeGap;
  const peak = translate(
    lang,
    gap === undefined ? 'calculator.cards.peak.outlookNoGap' : 'calculator.cards.peak.outlook',
    {
      year: totals.canadaPeakYear,
      pct: pct(totals.canadaPeakPctOfDefenceBudget),
      ...(gap === undefined ? {} : { gap: pct(gap) }),
    },
  );
  const threshold = formatPct(totals.thresholdPct, totals.thresholdPct.decimalPlaces(), lang);
  const over =
    totals.firstYearOverThreshold === undefined
      ? translate(lang, 'calculator.cards.peak.never', { pct: threshold })
      : translate(lang, 'calculator.cards.peak.over', {
          pct: threshold,
          year: totals.firstYearOverThreshold,
        });
  return `${peak} ${over}`;
}
