/**
 * "Why do the numbers differ?": each pair of published figures reconciled, step by step, with their
 * sources (linked where the catalog has an address) and how far each source can be trusted, in words.
 */
import { defaultContext, defaultFx, findEstimate, reconcile } from '../../core';
import { estimateLabel, scenarioName, stepText } from '../../i18n';
import { findPreset, getAppStore } from '../../state';
import { navigate } from '../route';
import { SourceCite } from '../SourceCite';
import { useI18n } from '../useI18n';

/** The reconciliations use the sourced default rates and context figures (the ones the news used). */
const RECONCILIATIONS = reconcile(defaultFx(), defaultContext());

function openPreset(id: string): void {
  if (getAppStore().getState().openScenario({ kind: 'preset', id })) navigate({ view: 'calculator' });
}

export function WhyPage() {
  const { t, lang } = useI18n();
  return (
    <main id="main" className="why" tabIndex={-1}>
      <h2>{t('why.title')}</h2>
      <p className="why-intro">{t('why.intro')}</p>
      {RECONCILIATIONS.map((r) => (
        <section key={r.id} className="why-item" aria-labelledby={`why-${r.id}`}>
          <h3 id={`why-${r.id}`}>{t(`why.title.${r.id}`)}</h3>
          <h4>{t('why.figures')}</h4>
          <ul className="why-figures">
            {r.figureIds.map((id) => {
              const e = findEstimate(id);
              return e ? (
                <li key={id}>
                  <strong>{estimateLabel(e, lang)}</strong> —{' '}
                  <SourceCite source={e.source} lang={lang} link />.{' '}
                  <span className="why-confidence">{t(`why.confidence.${e.source.confidence}`)}</span>
                </li>
              ) : null;
            })}
          </ul>
          <h4>{t('why.steps')}</h4>
          <ol className="why-steps">
            {r.steps.map((step, i) => (
              <li key={i}>{stepText(step, lang)}</li>
            ))}
          </ol>
          <div className="button-row no-print">
            {r.presetIds.map((id) => {
              const preset = findPreset(id);
              return preset ? (
                <button key={id} type="button" onClick={() => openPreset(id)}>
                  {t('why.open', { name: scenarioName(preset, lang) })}
                </button>
              ) : null;
            })}
          </div>
        </section>
      ))}
    </main>
  );
}
