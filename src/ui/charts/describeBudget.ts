/**
 * The words around the budget chart: title, summary, table and tooltips, in English or French.
 * Pure: the language is an argument.
 */
import { formatBn, formatMoneyBn, type Lang, shownPct, tickPct, translate } from '../../i18n';
import { budgetCsv } from './chartCsv';
import { BUDGET_PCT_DIGITS, lazy, messagesIn, peakBy, span, tipLine, tips, type ChartText } from './describe';
import type { BudgetPoint, ResultSeries } from './series';
import { billionsUnit, dollarsLabel } from './unitText';

/** The budget chart's NATO lines as a list: "2%, 3.5%" / "2 % ; 3,5 %". */
export function pledgeList(s: ResultSeries, lang: Lang = 'en'): string {
  return s.pledgeLines.map((l) => tickPct(l.pct, lang)).join(translate(lang, 'charts.listSeparator'));
}

/**
 * Canada's defence budget each year (held, or planned by the outlook) with its Golden Dome cost on
 * top, in C$ billions of the table's dollars, against the NATO targets as C$ of each year's GDP. The
 * table adds the cost as % of the budget and, with an outlook, of the pledge's new money.
 */
export function budgetText(s: ResultSeries, lang: Lang = 'en'): ChartText {
  const t = messagesIn(lang);
  const pct = (n: number) => shownPct(n, BUDGET_PCT_DIGITS, lang);
  const money = (n: number) => formatMoneyBn(n, 'CAD', lang);
  const bn = (n: number) => formatBn(n, lang);
  const unit = `${billionsUnit('CAD', lang)} ${dollarsLabel(s.dollars, s.dollarYear, lang)}`;
  const peak = peakBy(s.budget, (p) => p.pct);
  const [first, last] = [s.budget[0], s.budget[s.budget.length - 1]];
  const lines = pledgeList(s, lang);
  const budget = money(s.canadaBudgetCadBn);
  const gapPct = (p: BudgetPoint) => (p.gapPct === undefined ? t('charts.budget.noGap') : pct(p.gapPct));
  const budgetLabel = t(s.outlook ? 'charts.budget.plannedColumn' : 'charts.budget.budgetColumn');
  const cost = t('charts.budget.costColumn');
  const nato = s.pledgeLines.map((l) => t('charts.budget.natoColumn', { line: l.label }));
  const summaryParams = {
    span: span(s),
    lines,
    budget,
    ...(peak ? { pct: pct(peak.pct), year: peak.year } : {}),
  };
  return {
    title: t('charts.budget.title', { unit }),
    summary:
      peak && first && last
        ? s.outlook
          ? t('charts.budget.summaryOutlook', {
              ...summaryParams,
              first: money(first.budgetBn),
              firstYear: first.year,
              last: money(last.budgetBn),
              lastYear: last.year,
            })
          : t('charts.budget.summary', summaryParams)
        : t('charts.noYears'),
    table: lazy(() => ({
      caption: s.outlook
        ? t('charts.budget.captionOutlook', { unit })
        : t('charts.budget.caption', { budget, unit }),
      columns: [
        t('charts.year'),
        t('charts.budget.column'),
        budgetLabel,
        cost,
        ...nato,
        ...(s.outlook ? [t('charts.budget.gapColumn')] : []),
      ],
      rows: s.budget.map((p) => [
        String(p.year),
        pct(p.pct),
        bn(p.budgetBn),
        bn(p.goldenDomeBn),
        ...p.natoBn.map(bn),
        ...(s.outlook ? [gapPct(p)] : []),
      ]),
      csv: budgetCsv(s),
    })),
    tips: tips(
      s.budget,
      (p) => p.year,
      (p) => ({
        title: String(p.year),
        lines: [
          tipLine(lang, budgetLabel, money(p.budgetBn)),
          tipLine(lang, cost, money(p.goldenDomeBn)),
          t('charts.budget.tip', { pct: pct(p.pct) }),
          ...(s.outlook
            ? [
                p.gapPct === undefined
                  ? t('charts.budget.noGapTip')
                  : t('charts.budget.gapTip', { pct: pct(p.gapPct) }),
              ]
            : []),
          ...s.pledgeLines.map((l, i) => tipLine(lang, nato[i] ?? l.label, money(p.natoBn[i] ?? 0))),
        ],
      }),
    ),
  };
}
