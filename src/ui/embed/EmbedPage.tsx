/**
 * An embedded chart (`?embed=<chart>&lang=…#s=…`): one chart of the scenario in the address, with
 * its title, the scenario's name and sentence, the units, the source line and a link to the full
 * calculator on the same scenario; no form, no navigation, no downloads. Sized for an article
 * column (fluid, up to 760 px). It never rewrites its address; its store keeps nothing (startEmbed.ts).
 */
import { useEffect, useMemo } from 'react';
import { localeOf, scenarioName } from '../../i18n';
import { ChartExportContext } from '../export/context';
import { scenarioExportInfo } from '../export/exportInfo';
import { EmbeddedChart } from '../lazyCharts';
import { useI18n } from '../useI18n';
import { ChartLeadContext } from './embedContext';
import { appUrl, calculatorUrl } from './embedLink';
import { readEmbed, type Embedded } from './readEmbed';
import './embed.css';

/** The link out of the embed, to a new tab (the article stays where it is). */
function CalculatorLink({ href }: { href: string }) {
  const { t } = useI18n();
  return (
    <p className="embed-link">
      <a href={href} target="_blank" rel="noopener">
        {t('embed.open')}
        <span aria-hidden="true"> ↗</span>
        <span className="visually-hidden"> {t('embed.newTab')}</span>
      </a>
    </p>
  );
}

function EmbedChartView({ embedded }: { embedded: Extract<Embedded, { ok: true }> }) {
  const { lang, t } = useI18n();
  const { chart, result, view } = embedded;
  const info = useMemo(() => {
    const scenario = scenarioExportInfo(result, view.currency, view.dollars, lang);
    // The estimates chart draws every published figure, each with its own publisher, in US dollars
    // at the scenario's rates (its title and note say so): the scenario's money line does not apply.
    return chart === 'estimates'
      ? { ...scenario, units: '', source: t('export.source', { source: t('export.sourceEstimates') }) }
      : scenario;
  }, [chart, result, view, lang, t]);
  const lead = (
    <p className="embed-lead">
      <strong>{scenarioName(result.scenario, lang)}.</strong> {info.sentence}
    </p>
  );
  return (
    <>
      {/* No downloads or embed codes inside an embed: the chart and its words only. */}
      <ChartExportContext.Provider value={null}>
        <ChartLeadContext.Provider value={lead}>
          <EmbeddedChart chart={chart} result={result} currency={view.currency} dollars={view.dollars} />
        </ChartLeadContext.Provider>
      </ChartExportContext.Provider>
      <footer className="embed-foot">
        {info.units && <p>{info.units}</p>}
        <p>{info.source}</p>
        <CalculatorLink href={calculatorUrl({ scenario: result.scenario, view, lang })} />
      </footer>
    </>
  );
}

export function EmbedPage({ chart, hash }: { chart: string; hash: string }) {
  const { lang, t } = useI18n();
  const embedded = useMemo(() => readEmbed(chart, hash), [chart, hash]);
  useEffect(() => {
    document.documentElement.lang = localeOf(lang).tag;
    document.title = t('app.title');
  }, [lang, t]);
  return (
    <main className="embed">
      {embedded.ok ? (
        <EmbedChartView embedded={embedded} />
      ) : (
        <>
          <p className="embed-problem" role="alert">
            {t(embedded.message, embedded.params)}
          </p>
          <CalculatorLink href={appUrl(new URLSearchParams({ lang }), '')} />
        </>
      )}
    </main>
  );
}
