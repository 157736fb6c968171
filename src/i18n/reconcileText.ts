/** One reconciliation step in words, in English or French, every number formatted per language. */
import { findEstimate, type Currency, type Dec, type ReconcileStep } from '../core';
import { estimateLabel } from './catalogText';
import { formatMoney, formatNumber, formatPct } from './locale';
import type { Lang } from './lang';
import { translate } from './translate';

function labelIn(lang: Lang): (id: string) => string {
  return (id) => {
    const e = findEstimate(id);
    return e ? estimateLabel(e, lang) : id;
  };
}

function usd(d: Dec, lang: Lang, currency: Currency = 'USD'): string {
  return formatMoney(d, currency, lang);
}

export function stepText(step: ReconcileStep, lang: Lang): string {
  const t = (key: Parameters<typeof translate>[1], params: Record<string, string | number>) =>
    translate(lang, key, params);
  const pct = (d: Dec) => formatPct(d, 2, lang);
  const label = labelIn(lang);
  switch (step.kind) {
    case 'convert':
      return t('why.step.convert', {
        from: usd(step.from, lang, step.fromCurrency),
        op: step.operation === 'multiply' ? '×' : '÷',
        rate: formatNumber(step.rate, Math.max(2, step.rate.decimalPlaces()), lang),
        rateName: translate(
          lang,
          step.rateName === 'cadPerUsd' ? 'why.rate.cadPerUsd' : 'why.rate.usdPerGbp',
        ),
        result: usd(step.result, lang, step.resultCurrency),
        reported: usd(step.reported, lang, step.resultCurrency),
        gap: usd(step.roundingGap, lang, step.resultCurrency),
      });
    case 'misprint':
      return step.swappedDigits
        ? t('why.step.misprint', {
            printed: usd(step.printed, lang),
            correct: usd(step.correct, lang),
            a: step.swappedDigits[0],
            b: step.swappedDigits[1],
            difference: usd(step.difference, lang),
          })
        : t('why.step.misprintNoSwap', {
            printed: usd(step.printed, lang),
            correct: usd(step.correct, lang),
            difference: usd(step.difference, lang),
          });
    case 'scope':
      return t('why.step.scope', {
        // Catalog labels already carry the amount ("… (US$743B)").
        part: label(step.partId),
        whole: label(step.wholeId),
        pct: pct(step.partPctOfWhole),
        times: formatNumber(step.wholeTimesPart, 2, lang),
      });
    case 'coverage':
      return t(step.excludesFunded ? 'why.step.coverageExcludes' : 'why.step.coverage', {
        label: label(step.id),
        coverage: translate(lang, `why.coverage.${step.coverage}`),
      });
    case 'dollarYear':
      return step.restated && step.inflationPct
        ? t('why.step.dollarYearRestated', {
            label: label(step.id),
            year: step.dollarYear,
            inflation: pct(step.inflationPct),
            restated: usd(step.restated, lang),
            otherYear: step.otherDollarYear,
          })
        : t('why.step.dollarYear', {
            label: label(step.id),
            year: step.dollarYear,
            other: label(step.otherId),
            otherYear: step.otherDollarYear,
            apart: step.yearsApart,
          });
    case 'perYear':
      return t('why.step.perYear', {
        label: label(step.id),
        total: usd(step.total, lang),
        years: step.years,
        perYear: usd(step.perYear, lang),
      });
    case 'change':
      return t('why.step.change', {
        from: usd(step.from, lang),
        to: usd(step.to, lang),
        difference: usd(step.difference, lang),
        pct: pct(step.changePct),
      });
    case 'impliedShare':
      return t('why.step.impliedShare', {
        ask: usd(step.ask, lang),
        estimate: usd(step.estimate, lang),
        pct: pct(step.sharePct),
        label: label(step.estimateId),
      });
    case 'ruleShare':
      return t('why.step.ruleShare', {
        rule: translate(lang, `why.rule.${step.rule}`),
        pct: pct(step.sharePct),
      });
  }
}
