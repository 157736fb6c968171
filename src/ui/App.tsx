/**
 * The page frame: title, language, views (calculator, why the numbers differ, exercises; the
 * teacher page and class results, which the navigation does not list: the exercise list leads there).
 */
import { useEffect } from 'react';
import { isLang, languages, localeOf } from '../i18n';
import { isShareFragment } from '../io';
import { getAppStore, useAppStore } from '../state';
import { CalculatorView } from './CalculatorView';
import { ExercisesPage } from './exercises/ExercisesPage';
import { useAddressSync } from './address';
import { NoticeBar } from './Notice';
import { EXERCISE_AREA_VIEWS, navigate, routeHref, useRoute, type View } from './route';
import { useI18n } from './useI18n';
import { WhyPage } from './why/WhyPage';
import { OneFileLink } from './offline/OneFileLink';
import { UpdateNotice } from './offline/UpdateNotice';

/** Opens a share link (a bad or forged link changes nothing and says why). */
function openLink(hash: string): void {
  if (isShareFragment(hash)) getAppStore().getState().openScenario({ kind: 'link', hash });
}

/** A link pasted into the address bar of a tab that already shows the app (the event's own address). */
function onHashChange(e: HashChangeEvent): void {
  openLink(new URL(e.newURL).hash);
}

function LanguageSwitch() {
  const { lang, t } = useI18n();
  const setLang = useAppStore((s) => s.setLang);
  return (
    <div className="language" role="group" aria-label={t('app.language')}>
      {languages().map((l) => (
        <button key={l} type="button" lang={l} aria-pressed={lang === l} onClick={() => setLang(l)}>
          {localeOf(l).name}
        </button>
      ))}
    </div>
  );
}

function Nav({ view }: { view: View }) {
  const { t } = useI18n();
  const items: [View, string][] = [
    ['calculator', t('nav.calculator')],
    ['why', t('nav.why')],
    ['exercises', t('nav.exercises')],
  ];
  return (
    <nav className="nav" aria-label={t('nav.label')}>
      {items.map(([v, label]) => (
        <a
          key={v}
          href={routeHref({ view: v })}
          aria-current={v === view ? 'page' : undefined}
          onClick={(e) => {
            e.preventDefault();
            navigate({ view: v });
          }}
        >
          {label}
        </a>
      ))}
    </nav>
  );
}

export function App() {
  const route = useRoute();
  const { lang, t } = useI18n();
  const setLang = useAppStore((s) => s.setLang);

  useEffect(() => {
    const requested = new URLSearchParams(window.location.search).get('lang');
    if (isLang(requested)) setLang(requested);
    openLink(window.location.hash);
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, [setLang]);
  useAddressSync(route);

  useEffect(() => {
    document.documentElement.lang = localeOf(lang).tag;
    document.title = t('app.title');
  }, [lang, t]);

  return (
    <div className="app">
      <a className="skip-link" href={route.view === 'calculator' ? '#results' : '#main'}>
        {t('app.skip')}
      </a>
      <header className="masthead">
        <div className="masthead-top">
          <h1>{t('app.title')}</h1>
          <LanguageSwitch />
        </div>
        <p>{t('app.intro')}</p>
        <Nav view={route.view} />
      </header>
      <NoticeBar />
      <UpdateNotice />
      {route.view === 'why' ? (
        <WhyPage />
      ) : EXERCISE_AREA_VIEWS.includes(route.view) ? (
        <ExercisesPage route={route} />
      ) : (
        <CalculatorView />
      )}
      <footer className="footer">
        <p>{t('app.footer')}</p>
        <OneFileLink />
      </footer>
    </div>
  );
}
