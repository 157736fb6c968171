/** Links between the exercise views that change the route without reloading the page. */
import type { MouseEvent, ReactNode } from 'react';
import type { Scenario } from '../../core';
import type { Lang } from '../../i18n';
import { docToForm, getAppStore } from '../../state';
import { makeLink, type MadeLink } from '../madeLink';
import { navigate, routeHref, type Route } from '../route';

export function RouteLink({
  to,
  children,
  className,
}: {
  to: Partial<Route>;
  children: ReactNode;
  className?: string;
}) {
  const onClick = (e: MouseEvent<HTMLAnchorElement>) => {
    // Let the browser open a new tab or window as asked.
    if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    navigate(to);
  };
  return (
    <a href={routeHref(to)} onClick={onClick} className={className}>
      {children}
    </a>
  );
}

/** The address a teacher gives students: the student view of an exercise, in the current language. */
export function studentLink(exerciseId: string, lang: Lang): MadeLink {
  const params = new URLSearchParams({ view: 'exercises', exercise: exerciseId, lang });
  return makeLink(`${window.location.pathname}?${params.toString()}`);
}

/** Loads a scenario into the calculator and shows it. */
export function openInCalculator(scenario: Scenario, title: string): void {
  const { loadScenario, setNotice, form } = getAppStore().getState();
  loadScenario(docToForm(scenario, form));
  setNotice({ kind: 'info', key: 'exercises.opened', params: { title } });
  navigate({ view: 'calculator' });
}
