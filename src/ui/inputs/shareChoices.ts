/**
 * What the share section offers, in the page's language: the share rules with their hints, the
 * slider marks (each context rule's share, Canada's published asks, the NORAD credit) and the
 * nominal/constant choice for a fixed amount or a credit. Pure: ShareSection only draws them.
 */
import {
  CANADA_ASKS,
  CONTEXT_FIGURES,
  CONTEXT_RULES,
  contextRuleSharePct,
  Dec,
  defaultContext,
  defaultFx,
  findEstimate,
  NORAD_MODERNIZATION_CAD,
  plain,
  roundHalfEven,
  ruleRatio,
  type ContextRuleName,
  type ShareRuleName,
} from '../../core';
import { billionsShort, dateText, decimalText, pctText, upToDigits, type Lang } from '../../i18n';
import type { ScenarioForm } from '../../state';
import type { I18n } from '../useI18n';
import { contextUnit } from './moneyFields';
import { toScaled } from './scaled';

/** Canada's share (%) under each context rule with the default figures, to 2 places (core computes it). */
const RULE_PCT = Object.fromEntries(
  CONTEXT_RULES.map((rule) => [
    rule,
    plain(roundHalfEven(contextRuleSharePct(rule, defaultContext(), defaultFx()), 2)),
  ]),
) as Record<ContextRuleName, string>;
const ASKS = CANADA_ASKS.map((e) => ({
  billions: new Dec(e.amount).div('1e9').toString(),
  date: e.source.date,
}));
const NORAD_BILLIONS = toScaled(NORAD_MODERNIZATION_CAD.value, '1e9');

type T = I18n['t'];

/** The form's fields that say which program is on screen. */
export type ProgramFields = Pick<ScenarioForm, 'costMode' | 'customDollarYear' | 'estimateId'>;

/** The dollar-year of the program on screen: the prices a constant amount or credit is in. */
function programDollarYear(form: ProgramFields): string {
  if (form.costMode === 'custom') return form.customDollarYear;
  return String(findEstimate(form.estimateId)?.dollarYear ?? '');
}

/** Nominal or constant dollars (of the program's dollar-year) for a fixed amount or a credit. */
export function dollarsChoices(t: T, form: ProgramFields) {
  return [
    { value: 'nominal', label: t('explain.choice.nominal'), hint: t('explain.choice.nominal.hint') },
    {
      value: 'constant',
      label: t('explain.choice.constant', { year: programDollarYear(form) }),
      hint: t('explain.choice.constant.hint'),
    },
  ] as const;
}

/**
 * A context rule's hint: why it might be fair, then its share with the default figures — for a ratio of
 * two context figures (core's SHARE_RULE_SPECS), the worked formula in the form's units:
 * "Canada 8.79 ÷ (8.79 + 9.15) = 49%".
 */
export function ruleHint(rule: ContextRuleName, t: T, lang: Lang): string {
  const why = t(`calculator.share.${rule}.why`);
  const pct = pctText(RULE_PCT[rule], lang);
  const ratio = ruleRatio(rule);
  if (!ratio) return t('calculator.share.referenceHint', { why, pct });
  const [canadaKey, usKey] = ratio;
  const shown = (key: typeof canadaKey) => {
    const { reference, display } = CONTEXT_FIGURES[key];
    return upToDigits(toScaled(reference.value, display.scale), 2, lang);
  };
  return t('calculator.share.ratioHint', {
    why,
    unit: contextUnit(canadaKey, t, lang),
    canada: shown(canadaKey),
    us: shown(usKey),
    pct,
  });
}

/** The share rules: those given by context figures first, each with its reason and its share under the default figures. */
export function shareRuleChoices(
  t: T,
  lang: Lang,
): readonly { value: ShareRuleName; label: string; hint?: string }[] {
  return [
    ...CONTEXT_RULES.map((rule) => ({
      value: rule,
      label: t(`calculator.share.${rule}`),
      hint: ruleHint(rule, t, lang),
    })),
    { value: 'percent', label: t('calculator.share.percent'), hint: t('calculator.share.percent.why') },
    {
      value: 'fixed',
      label: t('calculator.share.fixed'),
      hint: t('calculator.share.fixed.hint', {
        a: billionsShort(ASKS[0]?.billions ?? '61', 'USD', lang),
        b: billionsShort(ASKS[1]?.billions ?? '71', 'USD', lang),
      }),
    },
  ];
}

/** Marks on the percentage slider: Canada's share under each context rule. */
export function percentMarks(t: T, lang: Lang) {
  return CONTEXT_RULES.map((rule) => ({
    value: RULE_PCT[rule],
    label: t(`calculator.share.mark.${rule}`, { pct: pctText(RULE_PCT[rule], lang) }),
  }));
}

/** Marks on the fixed-amount slider (US dollars): Canada's published asks. */
export function askMarks(t: T, lang: Lang) {
  return ASKS.map((a) => ({
    value: a.billions,
    label: t('calculator.share.mark.ask', {
      amount: decimalText(a.billions, lang),
      date: dateText(a.date, lang),
    }),
  }));
}

/** The mark on the credit slider: NORAD modernization. */
export function creditMarks(t: T, lang: Lang) {
  return [
    {
      value: NORAD_BILLIONS,
      label: t('calculator.share.creditMark', { amount: billionsShort(NORAD_BILLIONS, 'CAD', lang) }),
    },
  ];
}
