/** A computed scenario as the page shows it: in one display currency, in nominal or constant dollars. */
import type { Dollars, ScenarioResult } from '../core';
import type { DisplayCurrency } from '../state';

export interface ShownResult {
  readonly result: ScenarioResult;
  readonly currency: DisplayCurrency;
  readonly dollars: Dollars;
}
