/**
 * Which view the page shows, kept in the address (`?view=why`, `?view=exercises&exercise=per-person`,
 * `&lang=fr`) so a teacher can share a link that opens an exercise directly. No server involved.
 * The teacher's pages have views of their own (`?view=teacher`, its key `?view=teacher&exercise=…`,
 * `?view=class`, an exercise's guide `?view=guide&exercise=…` and projector mode
 * `?view=projector&exercise=…`): no address of the student view opens a key (an old `key=1` is ignored).
 */
import { useEffect, useState } from 'react';
import { HISTORY_BUDGET } from './historyBudget';

const VIEWS = ['calculator', 'why', 'exercises', 'teacher', 'class', 'guide', 'projector'] as const;
export type View = (typeof VIEWS)[number];

/** The views the exercises area shows (the rest of the page's views are the calculator and why). */
export const EXERCISE_AREA_VIEWS: readonly View[] = ['exercises', 'teacher', 'class', 'guide', 'projector'];

export interface Route {
  readonly view: View;
  /** The open exercise, if any: its student view, or on the teacher page its answer key. */
  readonly exercise: string | null;
}

export function parseRoute(search: string): Route {
  const params = new URLSearchParams(search);
  const view = params.get('view');
  return {
    view: (VIEWS as readonly string[]).includes(view ?? '') ? (view as View) : 'calculator',
    exercise: params.get('exercise'),
  };
}

/** The address of a route (keeping the language parameter, if any). */
export function routeHref(route: Partial<Route>, search = window.location.search): string {
  const params = new URLSearchParams();
  const lang = new URLSearchParams(search).get('lang');
  if (route.view && route.view !== 'calculator') params.set('view', route.view);
  if (route.exercise) params.set('exercise', route.exercise);
  if (lang) params.set('lang', lang);
  const query = params.toString();
  return `${window.location.pathname}${query ? `?${query}` : ''}`;
}

const listeners = new Set<() => void>();

/** Goes to a route without reloading the page. */
export function navigate(route: Partial<Route>): void {
  HISTORY_BUDGET.spend();
  window.history.pushState(null, '', routeHref(route));
  listeners.forEach((l) => l());
  window.scrollTo({ top: 0 });
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(window.location.search));
  useEffect(() => {
    // The same route keeps its object, so what depends on it does not run again for nothing.
    const update = () =>
      setRoute((old) => {
        const next = parseRoute(window.location.search);
        return next.view === old.view && next.exercise === old.exercise ? old : next;
      });
    listeners.add(update);
    window.addEventListener('popstate', update);
    return () => {
      listeners.delete(update);
      window.removeEventListener('popstate', update);
    };
  }, []);
  return route;
}
