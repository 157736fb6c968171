/**
 * Chromium ignores a page's history changes (pushState, replaceState) beyond 200 in 10 seconds
 * ("Throttling navigation to prevent the browser from hanging", crbug.com/1038223), and a slider
 * dragged back and forth makes dozens of edits a second: past that limit the address bar would keep
 * a view the page no longer shows. So the page's history changes spend from one budget, a token
 * bucket: a burst of BURST (every click and typed value is one), then PER_SECOND a second — at most
 * BURST + 10 × PER_SECOND = 150 in any 10 seconds. A change that must happen (a page navigation)
 * spends even from an empty budget; an address update waits for a token (address.ts).
 */
const BURST = 50;
const PER_SECOND = 10;

export interface TokenBucket {
  /** Milliseconds until a token is there; 0 when one is there now. */
  readonly wait: () => number;
  /** Spends a token (the budget may go below zero: the next waits are longer). */
  readonly spend: () => void;
}

export function tokenBucket(now: () => number, burst = BURST, perSecond = PER_SECOND): TokenBucket {
  let tokens = burst;
  let at = now();
  const refill = () => {
    const t = now();
    tokens = Math.min(burst, tokens + ((t - at) * perSecond) / 1000);
    at = t;
  };
  return {
    wait() {
      refill();
      return tokens >= 1 ? 0 : Math.ceil(((1 - tokens) * 1000) / perSecond);
    },
    spend() {
      refill();
      tokens -= 1;
    },
  };
}

/** The page's one budget of history changes. */
export const HISTORY_BUDGET = tokenBucket(() => performance.now());
