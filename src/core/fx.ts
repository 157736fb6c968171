/** Currency conversion with the scenario's exchange rates. Exact; no rounding. */
import type { Dec } from './money';
import { cad, usd, type Cad, type Currency, type DisplayCurrency, type Money, type Usd } from './units';

/** Exchange rates: Canadian dollars per US dollar and US dollars per pound sterling. */
export interface FxRates {
  readonly cadPerUsd: Dec;
  readonly usdPerGbp: Dec;
}

/** Converts an amount in `currency` to US dollars. */
export function toUsd(amount: Dec, currency: Currency, fx: FxRates): Usd {
  switch (currency) {
    case 'USD':
      return usd(amount);
    case 'CAD':
      return usd(amount.div(fx.cadPerUsd));
    case 'GBP':
      return usd(amount.times(fx.usdPerGbp));
  }
}

/** Converts US dollars to Canadian dollars. */
export function usdToCad(amount: Dec, fx: FxRates): Cad {
  return cad(amount.times(fx.cadPerUsd));
}

/** US dollars in a display currency: as they are, or in Canadian dollars at the scenario's rate. Exact. */
export function usdIn<C extends DisplayCurrency>(amount: Usd, currency: C, fx: FxRates): Money<C> {
  // C is one currency, so the branch taken gives Money<C>; TypeScript cannot follow that, hence the cast.
  return (currency === 'USD' ? amount : usdToCad(amount, fx)) as Money<C>;
}

/** Converts US dollars to `currency` (the inverse of toUsd). */
export function fromUsd(amount: Dec, currency: Currency, fx: FxRates): Dec {
  switch (currency) {
    case 'USD':
      return amount;
    case 'CAD':
      return amount.times(fx.cadPerUsd);
    case 'GBP':
      return amount.div(fx.usdPerGbp);
  }
}
