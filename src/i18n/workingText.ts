/** The working's steps (src/core/explain) in words, in English or French, every number formatted per language. */
import { findEstimate, HUNDRED, type Dec, type Dollars, type Working, type WorkingStep } from '../core';
import { estimateLabel } from './catalogText';
import { formatCount, formatMoney, formatNumber, formatPct } from './locale';
import type { Lang } from './lang';
import { translate, type Params } from './translate';
import type { MessageKey } from './messages';

/** A rate or factor with as many places as it has (at least 2, at most 6): "1.39", "0.7186". */
function rateText(d: Dec, lang: Lang): string {
  return formatNumber(d, Math.min(6, Math.max(2, d.decimalPlaces())), lang);
}

function dollarsText(dollars: Dollars, year: number, lang: Lang): string {
  return dollars === 'constant'
    ? translate(lang, 'explain.dollars.constant', { year })
    : translate(lang, 'explain.dollars.nominal');
}

function periodText(startYear: number, years: number): string {
  return years === 1 ? String(startYear) : `${startYear}–${startYear + years - 1}`;
}

/** What a step does, in words: "× 7.13%: Canada’s share of the two economies (GDP)". */
export function workingStepText(step: WorkingStep, lang: Lang): string {
  const t = (key: MessageKey, params: Params = {}) => translate(lang, key, params);
  const pct = (fraction: Dec) => formatPct(fraction.times(HUNDRED), 2, lang);
  const usd = (d: Dec) => formatMoney(d, 'USD', lang);
  switch (step.kind) {
    case 'base': {
      const estimate = step.estimateId ? findEstimate(step.estimateId) : undefined;
      return t('explain.step.base', {
        label: estimate ? estimateLabel(estimate, lang) : step.label,
        year: step.dollarYear,
      });
    }
    case 'toUsd':
      return t(`explain.step.toUsd.${step.rateName}`, { rate: rateText(step.operand, lang) });
    case 'growth':
      return t('explain.step.growth', { pct: formatPct(step.growthPct, 2, lang) });
    case 'years': {
      const period = periodText(step.startYear, step.years);
      if (step.dollars === 'constant')
        return t('explain.step.years.constant', { period, year: step.dollarYear });
      if (step.inflationPct.isZero()) return t('explain.step.years.nominal', { period });
      return t('explain.step.years.inflation', {
        pct: formatPct(step.inflationPct, 2, lang),
        year: step.dollarYear,
        period,
      });
    }
    case 'covered':
      return t('explain.step.covered', { pct: formatPct(step.coveredPct, 2, lang) });
    case 'share':
      if (step.fixed) {
        return t('explain.step.share.fixed', {
          pct: pct(step.operand),
          amount: formatMoney(step.fixed.amount, step.fixed.currency, lang),
          covered: usd(step.fixed.coveredUsd),
          dollars: dollarsText(step.fixed.amountDollars, step.fixed.dollarYear, lang),
        });
      }
      return t(`explain.step.share.${step.rule === 'fixed' ? 'percent' : step.rule}`, {
        pct: pct(step.operand),
      });
    case 'credit': {
      const params = {
        used: usd(step.creditUsedUsd),
        credit: formatMoney(step.creditCad, 'CAD', lang),
        dollars: dollarsText(step.creditDollars, step.dollarYear, lang),
      };
      return step.operation === 'minus'
        ? t('explain.step.credit.minus', params)
        : t('explain.step.credit.times', {
            ...params,
            factor: rateText(step.operand.toDecimalPlaces(4), lang),
          });
    }
    case 'minusCanada':
      return t('explain.step.minusCanada', { canada: usd(step.operand) });
    case 'toCad':
      return t('explain.step.toCad', { rate: rateText(step.operand, lang) });
    case 'perPerson':
      return t('explain.step.perPerson', { population: formatCount(step.operand, lang) });
    case 'perYear':
      return t('explain.step.perYear', { years: step.operand.toNumber() });
    case 'ofBudget':
      return t('explain.step.ofBudget', { budget: formatMoney(step.operand, 'CAD', lang) });
    case 'ofPlannedBudget':
      return t('explain.step.ofPlannedBudget', {
        first: formatMoney(step.firstBudgetCad, 'CAD', lang),
        last: formatMoney(step.lastBudgetCad, 'CAD', lang),
        budget: formatMoney(step.operand, 'CAD', lang),
      });
  }
}

/**
 * The value after a step: money in scaled words ("US$671.63 billion"), a percentage to 2 places.
 * The last step shows the working's rounded figure, the one the report (and the sentence) gives.
 */
export function workingValueText(working: Working, index: number, lang: Lang): string {
  const step = working.steps[index];
  if (!step) return '';
  const value = index === working.steps.length - 1 ? working.rounded : step.value;
  return step.unit === 'pct' ? formatPct(value, 2, lang) : formatMoney(value, step.unit, lang);
}
