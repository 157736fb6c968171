/** The command line's commands: thin over core (compute, report) and io (files, CSV). */
import {
  buildReport,
  CATALOG,
  citeSource,
  defaultContext,
  defaultFx,
  DOLLARS,
  fixed,
  MONEY_DP,
  PCT_DP,
  quoteText,
  reconcile,
  type Dec,
  type ReportTotals,
  type Scenario,
  type Dollars,
} from '../core';
import { stepText, translate } from '../i18n';
import { resultJson, summaryCsv, yearsCsv } from '../io';
import { UsageError, type ParsedArgs } from './args';
import { EXIT, type Console } from './console';
import { loadScenarios } from './loadScenarios';
import { checkOut, writeOut } from './outDir';
import { shownPath } from './shown';
import { grouped, textTable } from './table';

function dollarsOption(args: ParsedArgs): Dollars {
  const value = args.options['dollars'] ?? 'nominal';
  if (!(DOLLARS as readonly string[]).includes(value))
    throw new UsageError(`--dollars must be nominal or constant, got ${quoteText(value)}`);
  return value as Dollars;
}

function files(args: ParsedArgs, max = Infinity): string[] {
  if (args.positional.length === 0) throw new UsageError('no scenario file given');
  if (args.positional.length > max) throw new UsageError(`expected one file, got ${args.positional.length}`);
  return args.positional;
}

/** `list`: the catalog of published estimates. */
export function list(console: Console): number {
  const rows = CATALOG.map((e) => [
    e.id,
    grouped(e.amount),
    e.currency,
    String(e.dollarYear),
    e.scope,
    citeSource(e.source),
  ]);
  console.out(textTable(['id', 'amount', 'currency', 'dollar_year', 'scope', 'source'], rows));
  console.out(`\n${whyText()}`);
  return EXIT.ok;
}

/** "Why do the numbers differ?": each reconciliation with its arithmetic, as on the app's page. */
function whyText(): string {
  const sections = reconcile(defaultFx(), defaultContext()).map((r) => {
    const steps = r.steps.map((step, i) => `  ${i + 1}. ${stepText(step, 'en')}`);
    return [translate('en', `why.title.${r.id}`), ...steps, `  Scenarios: ${r.presetIds.join(', ')}`].join(
      '\n',
    );
  });
  return [`${translate('en', 'why.title')}\n`, ...sections].join('\n\n');
}

/** `validate <files...>`: exit 0 if all are valid, else one line per problem and exit 1. */
export function validate(args: ParsedArgs, console: Console): number {
  const paths = files(args);
  const { problems } = loadScenarios(paths);
  if (problems.length > 0) {
    problems.forEach((p) => console.err(p));
    return EXIT.invalid;
  }
  console.out(`${paths.length} file${paths.length === 1 ? '' : 's'} valid`);
  return EXIT.ok;
}

/**
 * `compute <file>`: the years and totals as a table; with --json, the exact result as JSON (escaped
 * like every printed line: an unsafe character becomes its \uXXXX escape, which JSON reads back as it).
 */
export function compute(args: ParsedArgs, console: Console): number {
  const dollars = dollarsOption(args);
  const { results, problems } = loadScenarios(files(args, 1));
  const result = results[0];
  if (problems.length > 0 || !result) {
    problems.forEach((p) => console.err(p));
    return EXIT.invalid;
  }
  if (args.flags.has('json')) {
    console.out(resultJson(result, dollars));
    return EXIT.ok;
  }
  const { rows, totals } = buildReport(result, dollars);
  const m = (d: Parameters<typeof fixed>[0]) => grouped(fixed(d, MONEY_DP));
  const p = (d: Parameters<typeof fixed>[0]) => `${fixed(d, PCT_DP)}%`;
  const header = [
    'year',
    'program US$',
    'Canada US$',
    'US US$',
    'Canada C$',
    'Canada C$/person',
    '% of Canada defence budget',
  ];
  const body = rows.map((r) => [
    String(r.year),
    m(r.programUsd),
    m(r.canadaUsd),
    m(r.usUsd),
    m(r.canadaCad),
    m(r.canadaCadPerPerson),
    p(r.canadaPctOfDefenceBudget),
  ]);
  const total = [
    'total',
    m(totals.programUsd),
    m(totals.canadaUsd),
    m(totals.usUsd),
    m(totals.canadaCad),
    m(totals.canadaCadPerPerson),
    '',
  ];
  const s = result.scenario;
  console.out(`${s.name} (${s.id})\n${result.base.label}; ${dollars} dollars; share rule ${s.share.rule}\n`);
  console.out(textTable(header, [...body, total]));
  console.out(
    `\nCanada's share of the program: ${p(totals.canadaSharePct)}; present value of the program at ${s.startYear}: US$${m(totals.presentValueUsd)}`,
  );
  console.out(affordabilityLine(s, totals, p));
  return EXIT.ok;
}

/** The outlook's summary (docs/model.md §12): the peak year's share of the planned budget and of the pledge's new money. */
function affordabilityLine(s: Scenario, totals: ReportTotals, p: (d: Dec) => string): string {
  const budget = s.outlook
    ? `planned defence budget (path: ${s.outlook.canadaBudget.path})`
    : 'defence budget (2025-26, held)';
  const gap =
    totals.canadaPeakPctOfPledgeGap === undefined
      ? 'the NATO pledge adds no new money that year'
      : `${p(totals.canadaPeakPctOfPledgeGap)} of the new money the NATO pledge adds that year`;
  const first = totals.firstYearOverThreshold ?? 'never';
  return `Peak year ${totals.canadaPeakYear}: ${p(totals.canadaPeakPctOfDefenceBudget)} of Canada's ${budget} (${gap}); first year above ${p(totals.thresholdPct)}: ${first}`;
}

/** `export <files...> --out <dir>`: years CSV per scenario and summary.csv; nothing written if any input is invalid. */
export function exportCsv(args: ParsedArgs, console: Console): number {
  const dollars = dollarsOption(args);
  const out = args.options['out'];
  if (out === undefined) throw new UsageError('export needs --out <dir>');
  checkOut(out, []);
  const { results, problems } = loadScenarios(files(args));
  if (problems.length > 0) {
    problems.forEach((p) => console.err(p));
    console.err('nothing written');
    return EXIT.invalid;
  }
  writeOut(out, [
    ...results.map((r) => ({ name: `${r.scenario.id}.years.csv`, text: yearsCsv([r], dollars) })),
    { name: 'summary.csv', text: summaryCsv(results) },
  ]);
  console.out(
    `wrote ${results.length} years CSV file${results.length === 1 ? '' : 's'} and summary.csv to ${shownPath(out)}`,
  );
  return EXIT.ok;
}
