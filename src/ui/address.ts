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

/** The address of the view a page showed when it was left, for its reload (this tab's session storage). */
const LEFT_KEY = 'golden-dome-calculator:left-address';

/**
 * Before the page reads its address, on a reload: the address of the view the page showed when it
 * was left. The browser reloads the address it last heard of, which can be older: an update waiting
 * for the history budget, or one made a moment before the reload. Only a reload is mended; a link
 * opened in the tab, or a return to the page, opens its own address.
 */
export function restoreLeftAddress(): void {
  try {
    const left = window.sessionStorage.getItem(LEFT_KEY);
    window.sessionStorage.removeItem(LEFT_KEY);
    const navigation = performance.getEntriesByType('navigation')[0] as
      PerformanceNavigationTiming | undefined;
    if (left === null || navigation?.type !== 'reload') return;
    // The page's own path, query and fragment (pageAddress), never another site's.
    const { pathname, search, hash } = window.location;
    if (left.startsWith(`${pathname}?`) && left !== `${pathname}${search}${hash}`)
      window.history.replaceState(null, '', left);
  } catch {
    // No session storage (a sandboxed frame), or an unreadable entry: the reload shows the browser's address.
  }
}

/**
 * Keeps the address bar on this view as the store and the route change. Each update spends from the
 * page's budget of history changes (historyBudget.ts); while it is empty, one update is pending and
 * reads the state when it runs, so the address catches up with the last edit within a tenth of a
 * second. Leaving the page notes the view's address for a reload (restoreLeftAddress).
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
    // A waiting update still runs if the page comes back from the back-forward cache.
    const leave = () => {
      try {
        window.sessionStorage.setItem(LEFT_KEY, pageAddress(store.getState(), route));
      } catch {
        // No session storage: a reload shows the address the browser last heard of.
      }
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
