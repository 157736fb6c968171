/** A scenario's inputs in plain words (the starting scenario, or what a question changes). */
import type { Scenario } from '../../core';
import { SourceCite } from '../SourceCite';
import { useI18n } from '../useI18n';
import { changedFacts, scenarioFacts, type Fact } from './scenarioFacts';
import { dataTextLang, translated } from '../../i18n';

function FactList({ facts }: { facts: readonly Fact[] }) {
  const { lang } = useI18n();
  return (
    <dl className="facts">
      {facts.map((f) => (
        <div key={f.id} className="fact">
          <dt>{f.label}</dt>
          <dd>
            <span lang={f.lang}>{f.value}</span>
            {f.source && (
              <span className="fact-source">
                <SourceCite source={f.source} lang={lang} />
              </span>
            )}
          </dd>
        </div>
      ))}
    </dl>
  );
}

/** The scenario's name, description and inputs. */
export function ScenarioSummary({ scenario }: { scenario: Scenario }) {
  const { lang } = useI18n();
  const text = translated(lang, scenario) ?? scenario;
  const textLang = dataTextLang(lang, scenario);
  return (
    <div className="scenario-summary">
      <p lang={textLang === lang ? undefined : textLang}>
        <strong>{text.name}</strong>
        {text.description ? ` — ${text.description}` : ''}
      </p>
      <FactList facts={scenarioFacts(scenario, lang)} />
    </div>
  );
}

/** What a question's scenario changes from the starting one; nothing when it changes nothing. */
export function ChangedFacts({ start, scenario }: { start: Scenario; scenario: Scenario }) {
  const { t, lang } = useI18n();
  const facts = changedFacts(start, scenario, lang);
  if (facts.length === 0) return null;
  return (
    <div className="changed-facts">
      <p className="changed-title">{t('exercises.changed')}</p>
      <FactList facts={facts} />
    </div>
  );
}
