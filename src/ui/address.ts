/**
 * The page's address always says what the page shows, as Our World in Data's charts do: the page
 * (`?view=…`), the language (`lang=…`) and, on the calculator, the scenario and how its money is
 * shown (the share-link fragment). Copying the address is sharing the view. The address is
 * replaced as the user edits, never pushed, so the history is not flooded.
 */
import { useEffect } from 'react';
import { encodeShareFragment } from '../io';
import { derivePresented, getAppStore, type AppState } from '../state';
import { HISTORY_BUDGET } from './historyBudget';
import { makeLink, type MadeLink } from './madeLink';
import { routeHref, type Route } from './route';

/** The address (path, query and fragment) of this view of the page. */
function pageAddress(state: AppState, route: Route): string {
  const path = routeHref(route, `?lang=${state.lang}`);
  if (route.view !== 'calculator') return path;
  const derived = derivePresented(state);
  // While the inputs cannot be computed, the address keeps the last scenario that could.
  const fragment = derived.ok
    ? encodeShareFragment(derived.result.scenario, { currency: state.currency, dollars: state.dollars })
    : window.location.hash;
  return `${path}${fragment}`;
}

/** The full link to this view, to copy and send. */
export function shareUrl(state: AppState, route: Route): MadeLink {
  return makeLink(pageAddress(state, route));
}

/**
 * Keeps the address bar on this view as the store and the route change. Each update spends from the
 * page's budget of history changes (historyBudget.ts); while it is empty, one update is pending and
 * reads the state when it runs, so the address catches up with the last edit within a tenth of a
 * second. Leaving the page runs a pending update at once.
 */
export function useAddressSync(route: Route): void {
  useEffect(() => {
    const store = getAppStore();
    let timer: number | undefined;
    const sync = () => {
      timer = undefined;
      const address = pageAddress(store.getState(), route);
      const { pathname, search, hash } = window.location;
      if (address === `${pathname}${search}${hash}`) return;
      HISTORY_BUDGET.spend();
      window.history.replaceState(null, '', address);
    };
    const request = () => {
      if (timer !== undefined) return;
      const wait = HISTORY_BUDGET.wait();
      if (wait === 0) sync();
      else timer = window.setTimeout(sync, wait);
    };
    const leave = () => {
      if (timer === undefined) return;
      window.clearTimeout(timer);
      sync();
    };
    sync();
    const unsubscribe = store.subscribe(request);
    window.addEventListener('pagehide', leave);
    return () => {
      unsubscribe();
      window.removeEventListener('pagehide', leave);
      window.clearTimeout(timer);
    };
  }, [route]);
}
