/**
 * A scenario's inputs in plain words, for the student view and the worksheet: the estimate and its
 * source, the period, the share rule, inflation, exchange rates. Only inputs: never an output that
 * a question asks for (a share computed from GDP, a total).
 */
import { findEstimate, type Dec, type Scenario, type Source } from '../../core';
import {
  dataTextLang,
  estimateLabel,
  formatMoney,
  formatNumber,
  formatPct,
  type Lang,
  translate,
} from '../../i18n';

export interface Fact {
  readonly id: string;
  readonly label: string;
  readonly value: string;
  /** Where the figure comes from, when the catalog says. */
  readonly source?: Source;
  /** The value's language when it is not the page's (a catalog label with no French yet). */
  readonly lang?: Lang;
}

const pct = (value: Dec, lang: Lang) => formatPct(value, Math.min(value.decimalPlaces(), 4), lang);
const rate = (value: Dec, lang: Lang) => formatNumber(value, Math.max(2, value.decimalPlaces()), lang);

function estimateFact(s: Scenario, lang: Lang): Fact {
  const label = translate(lang, 'exercises.fact.estimate');
  if (s.cost.kind === 'custom') {
    const value = translate(lang, 'exercises.fact.customValue', {
      amount: formatMoney(s.cost.amount, s.cost.currency, lang),
      label: s.cost.label,
      year: s.cost.dollarYear,
    });
    return { id: 'estimate', label, value };
  }
  const e = findEstimate(s.cost.estimateId);
  if (!e) return { id: 'estimate', label, value: s.cost.estimateId };
  const value = translate(lang, 'exercises.fact.estimateValue', {
    label: estimateLabel(e, lang),
    year: e.dollarYear,
  });
  return {
    id: 'estimate',
    label,
    value,
    source: e.source,
    ...(dataTextLang(lang, e) === lang ? {} : { lang: dataTextLang(lang, e) }),
  };
}

function shareValue(s: Scenario, lang: Lang): string {
  const { share } = s;
  switch (share.rule) {
    case 'percent':
      return translate(lang, 'exercises.rule.percent', { pct: pct(share.percent, lang) });
    case 'fixed':
      return translate(lang, 'exercises.rule.fixed', {
        amount: formatMoney(share.amount, share.currency, lang),
      });
    default:
      return translate(lang, `exercises.rule.${share.rule}`);
  }
}

/** The outlook's facts (a scenario of version 4 that has one): GDP growth and the budget path. */
function outlookFacts(s: Scenario, lang: Lang): Fact[] {
  const { outlook } = s;
  if (!outlook) return [];
  const path = outlook.canadaBudget;
  const gdp = formatNumber(s.context.canadaGdpUsd.div('1e12'), 2, lang);
  return [
    {
      id: 'gdpGrowth',
      label: translate(lang, 'exercises.fact.gdpGrowth'),
      value: translate(lang, 'exercises.fact.gdpGrowthValue', {
        pct: pct(outlook.canadaGdpGrowthPct, lang),
        gdp,
      }),
    },
    {
      id: 'budgetPath',
      label: translate(lang, 'exercises.fact.budgetPath'),
      value:
        path.path === 'target'
          ? translate(lang, 'exercises.fact.path.target', {
              pct: pct(path.targetPct, lang),
              year: String(path.targetYear),
            })
          : translate(lang, `exercises.fact.path.${path.path}`),
    },
  ];
}

/** The facts of a scenario, in a fixed order; the optional ones only when they apply. */
export function scenarioFacts(s: Scenario, lang: Lang): Fact[] {
  const t = (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) =>
    translate(lang, key, params);
  const facts: Fact[] = [estimateFact(s, lang)];
  facts.push({
    id: 'period',
    label: t('exercises.fact.period'),
    value: t(s.years === 1 ? 'exercises.fact.periodOne' : 'exercises.fact.periodValue', {
      start: s.startYear,
      end: s.startYear + s.years - 1,
      years: s.years,
      profile: t(`exercises.profile.${s.profile}`),
    }),
  });
  if (!s.costGrowthPct.isZero())
    facts.push({ id: 'growth', label: t('exercises.fact.growth'), value: pct(s.costGrowthPct, lang) });
  facts.push({
    id: 'inflation',
    label: t('exercises.fact.inflation'),
    value: s.inflationPct.isZero()
      ? t('exercises.fact.noInflation')
      : t('exercises.fact.inflationValue', { pct: pct(s.inflationPct, lang) }),
  });
  facts.push({ id: 'share', label: t('exercises.fact.share'), value: shareValue(s, lang) });
  if (!s.share.coveredPct.eq(100))
    facts.push({ id: 'covered', label: t('exercises.fact.covered'), value: pct(s.share.coveredPct, lang) });
  if (!s.share.creditCad.isZero())
    facts.push({
      id: 'credit',
      label: t('exercises.fact.credit'),
      value: formatMoney(s.share.creditCad, 'CAD', lang),
    });
  facts.push(...outlookFacts(s, lang));
  facts.push({
    id: 'fx',
    label: t('exercises.fact.fx'),
    value: t('exercises.fact.fxValue', { cad: rate(s.fx.cadPerUsd, lang), gbp: rate(s.fx.usdPerGbp, lang) }),
  });
  return facts;
}

/** The facts of a question's scenario that differ from the exercise's starting scenario. */
export function changedFacts(start: Scenario, question: Scenario, lang: Lang): Fact[] {
  if (start === question) return [];
  const before = scenarioFacts(start, lang);
  const after = scenarioFacts(question, lang);
  const changed = after.filter((f) => before.find((b) => b.id === f.id)?.value !== f.value);
  const dropped = before
    .filter((b) => !after.some((f) => f.id === b.id))
    .map((b) => ({ id: b.id, label: b.label, value: translate(lang, 'exercises.fact.none') }));
  return [...changed, ...dropped];
}
