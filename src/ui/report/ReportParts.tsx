/**
 * The parts of the printed report that the screen does not show: a heading naming the scenario,
 * its money's currency and dollars, and the assumptions as a compact table. The rest of the report
 * (sentence, cards, working, yearly chart, sources) is the page's own live content, laid out on one
 * sheet by report.css: what is printed is always what the page shows at that instant.
 */
import { Fragment } from 'react';
import type { ScenarioResult } from '../../core';
import { scenarioName } from '../../i18n';
import { scenarioFacts } from '../exercises/scenarioFacts';
import { unitsLine } from '../export/exportInfo';
import type { ShownResult } from '../shownResult';
import { useI18n } from '../useI18n';
import './report.css';

export function ReportHead({ result, currency, dollars }: ShownResult) {
  const { t, lang } = useI18n();
  return (
    <header className="report-head print-only">
      <p className="report-made">{t('export.report.made')}</p>
      <h2>{scenarioName(result.scenario, lang)}</h2>
      <p className="report-units">{unitsLine(currency, dollars, result.base.dollarYear, lang)}</p>
    </header>
  );
}

function pairs<T>(items: readonly T[]): T[][] {
  return items.flatMap((_, i) => (i % 2 === 0 ? [items.slice(i, i + 2)] : []));
}

export function ReportAssumptions({ result }: { result: ScenarioResult }) {
  const { t, lang } = useI18n();
  const facts = scenarioFacts(result.scenario, lang);
  return (
    <section className="report-assumptions print-only" aria-label={t('export.report.assumptions')}>
      <h3>{t('export.report.assumptions')}</h3>
      {/* Two facts a row: the table stays short enough for one sheet. */}
      <table>
        <tbody>
          {pairs(facts).map((row) => (
            <tr key={row.map((f) => f.id).join('-')}>
              {row.map((f) => (
                <Fragment key={f.id}>
                  <th scope="row">{f.label}</th>
                  <td lang={f.lang}>{f.value}</td>
                </Fragment>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

/** The button that prints the report (the same page Ctrl+P prints). */
export function PrintReportButton() {
  const { t } = useI18n();
  return (
    <button type="button" onClick={() => window.print()}>
      {t('export.print')}
    </button>
  );
}

/** Set on <body> while the comparison is what is printed; report.css reads it. */
export const PRINT_COMPARE_CLASS = 'printing-compare';

/** Prints the comparison instead of the report: one page, its table and chart. */
export function PrintCompareButton() {
  const { t } = useI18n();
  const print = () => {
    document.body.classList.add(PRINT_COMPARE_CLASS);
    window.addEventListener('afterprint', () => document.body.classList.remove(PRINT_COMPARE_CLASS), {
      once: true,
    });
    window.print();
  };
  return (
    <button type="button" className="no-print" onClick={print}>
      {t('export.printCompare')}
    </button>
  );
}
