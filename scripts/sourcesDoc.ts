/**
 * docs/sources.md, built from the catalog and the reference figures (src/core/catalog.ts,
 * src/core/reference.ts, src/core/context.ts, src/core/share.ts, src/core/uncertainty/defaultRanges.ts):
 * every figure's source, date, scope and confidence, readable without running the app. Pure: data in, Markdown out (not yet formatted
 * by Prettier; scripts/docs.ts and its test do that).
 */
import {
  CATALOG,
  citeSource,
  CONTEXT_DEFAULTS,
  COST_GROWTH_MARKS,
  FX_DEFAULTS,
  GROWTH_FIGURES,
  OUTLOOK_FIGURES,
  isRuleOfThumb,
  NATO_TARGETS_PCT,
  NORAD_MODERNIZATION_CAD,
  RANGE_BASES,
  sameSource,
  contextRuleSharePct,
  defaultContext,
  defaultFx,
  isContextRule,
  roundHalfEven,
  ruleBasis,
  ruleRatio,
  SHARE_RULES,
  type Estimate,
  type ReferenceFigure,
  type Source,
} from '../src/core';
import { translate } from '../src/i18n';

const GROUP_TITLES: Record<Estimate['group'], string> = {
  initial: 'Initial funding',
  'whole-system': 'Whole-system figures',
  'twenty-year': '20-year estimates',
  'canada-ask': 'Canada’s asks (a share for Canada, not a program cost)',
};

const PREFIX: Record<Estimate['currency'], string> = { USD: 'US$', CAD: 'C$', GBP: '£' };

/** "175000000000" → "175,000,000,000". */
function grouped(digits: string): string {
  const [whole = '', fraction] = digits.split('.');
  const withCommas = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return fraction === undefined ? withCommas : `${withCommas}.${fraction}`;
}

/** A table cell: no line breaks, pipes escaped. */
const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');

/** The published figures the share rules stand on (the North Warning System split), from core's rule table. */
function ruleReferences(): ReferenceFigure[] {
  return SHARE_RULES.flatMap((rule) => ruleBasis(rule).reference ?? []);
}

const confidence = (s: Source) => `${s.confidence} (${translate('en', `why.confidence.${s.confidence}`)})`;

function estimateSection(e: Estimate): string[] {
  const lastYear = e.defaultStartYear + e.defaultYears - 1;
  const period =
    e.defaultYears === 1
      ? `${e.defaultStartYear} (1 year)`
      : `${e.defaultStartYear}–${lastYear} (${e.defaultYears} years)`;
  const lines = [
    `#### ${e.label}`,
    '',
    `- **Id:** \`${e.id}\``,
    `- **Figure:** ${PREFIX[e.currency]}${grouped(e.amount)} (${e.currency}), in ${e.dollarYear} prices (the dollar-year). ${translate('en', `calculator.source.pricesBasis.${e.dollarYearBasis}`)}`,
    `- **Period the app uses by default:** ${period}`,
    `- **Scope:** ${e.scope}`,
    `- **Source:** ${citeSource(e.source)}`,
    `- **Confidence:** ${confidence(e.source)}`,
  ];
  if (e.quote) {
    const whose = sameSource(e.quote.by, e.source)
      ? 'the source’s own words'
      : 'these are its words, not the words of the source above';
    lines.push(`- **Quote:** “${e.quote.text}” — words of: ${citeSource(e.quote.by)} (${whose})`);
  }
  if (e.restates) {
    const reason = e.restates.reason === 'misprint' ? 'a misprint of' : 'the same money as';
    lines.push(`- **Restates:** ${reason} \`${e.restates.id}\``);
  }
  if (e.range) lines.push(`- **Range:** the ${e.range.role} end of a pair with \`${e.range.otherId}\``);
  lines.push(`- **Notes:** ${e.notes}`, '');
  return lines;
}

/** What a rule's share is, in words: "Canada land area, 2021 Census ÷ (it + US land area, …)", a published figure, or the rule's own parameter. */
function ruleFormula(rule: (typeof SHARE_RULES)[number]): string {
  const ratio = ruleRatio(rule);
  if (ratio) {
    const [canada, us] = ratio.map((k) => `\`${k}\``);
    return `${canada} ÷ (${canada} + ${us})`;
  }
  const reference = ruleBasis(rule).reference;
  if (reference) return `${reference.value} ${reference.unit}: ${reference.label}`;
  return rule === 'percent' ? 'the percentage given' : 'the fixed amount ÷ the covered total';
}

/** The share rules (core's SHARE_RULE_SPECS): each with its reason, its formula and Canada's share with the defaults. */
function shareRuleTable(): string[] {
  const share = (rule: (typeof SHARE_RULES)[number]) =>
    isContextRule(rule)
      ? `${roundHalfEven(contextRuleSharePct(rule, defaultContext(), defaultFx()), 2).toFixed(2)} %`
      : '';
  return [
    '| rule | in words | why it might be fair | Canada’s share s | with the defaults |',
    '| --- | --- | --- | --- | --- |',
    ...SHARE_RULES.map(
      (rule) =>
        `| \`${rule}\` | ${cell(translate('en', `calculator.share.${rule}`))} | ${cell(translate('en', `calculator.share.${rule}.why`))} | ${cell(ruleFormula(rule))} | ${share(rule)} |`,
    ),
    '',
  ];
}

function figureTable(figures: readonly (readonly [string, ReferenceFigure])[]): string[] {
  return [
    '| figure | value | unit | as published | source | confidence |',
    '| --- | --- | --- | --- | --- | --- |',
    ...figures.map(
      ([name, f]) =>
        `| ${cell(name)} | ${f.value} | ${cell(f.unit)} | ${cell(f.asPublished ?? '')} | ${cell(citeSource(f.source))} | ${f.source.confidence} |`,
    ),
    '',
  ];
}

const labelled = (figures: readonly ReferenceFigure[]) => figures.map((f) => [f.label, f] as const);
const keyed = (figures: Record<string, ReferenceFigure>) =>
  Object.entries(figures).map(([key, f]) => [`${f.label} (\`${key}\`)`, f] as const);

/** The whole of docs/sources.md, before formatting. */
export function sourcesMarkdown(): string {
  const lines = [
    '# Sources',
    '',
    '<!-- Generated by `npm run docs` from src/core/catalog.ts, src/core/reference.ts and',
    '     src/core/uncertainty/defaultRanges.ts. Do not edit by hand: a test fails when it is out of date. -->',
    '',
    'Every figure the calculator ships with: its value, where it comes from, the date of that text, its scope',
    'and how far it can be trusted. The model that uses them is in [model.md](model.md).',
    '',
    `- **Confidence.** H: ${translate('en', 'why.confidence.H')} M: ${translate('en', 'why.confidence.M')}`,
    '- **Dates** are those of the cited text (a report, an article, remarks), not of the events it reports.',
    '- **Quotes** are credited to whoever wrote or said them. Where a news article paraphrases a document, the',
    '  words are the article’s, and are shown as the article’s, not the document’s.',
    '- **Dollar-years** say whether the source states them, whether the figure is a budget amount (dollars of',
    '  its fiscal year), or whether the year is this app’s assumption because the source gives none.',
    '',
    '## Published cost estimates',
    '',
  ];
  for (const group of Object.keys(GROUP_TITLES) as Estimate['group'][]) {
    lines.push(`### ${GROUP_TITLES[group]}`, '');
    for (const e of CATALOG.filter((x) => x.group === group)) lines.push(...estimateSection(e));
  }
  lines.push(
    '## Share rules',
    '',
    'Each rule gives s, Canada’s fraction of the covered cost ([model.md](model.md) §5). No official Golden Dome',
    'split exists: every rule is a scenario, not a fact. The figures a rule reads are listed below with their sources.',
    '',
    ...shareRuleTable(),
    '## Context figures (defaults, each editable)',
    '',
    'The land areas are land area, not total area, for both countries (total area adds inland and coastal water,',
    'measured differently by the two agencies).',
    '',
    ...figureTable(keyed(CONTEXT_DEFAULTS)),
    '## Exchange rates (defaults, each editable)',
    '',
    ...figureTable(keyed(FX_DEFAULTS)),
    '## Precedents and credits',
    '',
    ...figureTable(labelled([...ruleReferences(), NORAD_MODERNIZATION_CAD])),
    '## Cost-growth marks (on the cost-growth slider)',
    '',
    ...figureTable(labelled(COST_GROWTH_MARKS)),
    '## Outlook: GDP growth and defence budget paths (defaults, each editable)',
    '',
    'Each growth rate is worked from the real growth and the inflation its source states, since the nominal',
    'row could not be read: (1 + real) × (1 + inflation) − 1. Each budget path starts from the latest actual',
    'share of GDP below (docs/model.md §12).',
    '',
    ...figureTable(keyed({ ...GROWTH_FIGURES, ...OUTLOOK_FIGURES })),
    '## NATO targets (lines on the GDP chart)',
    '',
    ...figureTable(labelled(NATO_TARGETS_PCT)),
    '## Suggested ranges (Range of outcomes)',
    '',
    'When a range is switched on, the page suggests one. Those that no source gives are rules of thumb, and the',
    'page says so.',
    '',
    '| basis | sourced? | what the page says |',
    '| --- | --- | --- |',
    ...RANGE_BASES.map(
      (b) =>
        `| \`${b}\` | ${isRuleOfThumb(b) ? 'no: a rule of thumb' : 'yes'} | ${cell(translate('en', `calculator.range.basis.${b}`))} |`,
    ),
    '',
  );
  return lines.join('\n');
}
