/** Show money in US or Canadian dollars, nominal or constant. */
import type { Dollars } from '../core';
import { useAppStore, type DisplayCurrency } from '../state';
import { ChoiceGroup } from './inputs/ChoiceGroup';

export function ViewToggles() {
  const currency = useAppStore((s) => s.currency);
  const dollars = useAppStore((s) => s.dollars);
  const setCurrency = useAppStore((s) => s.setCurrency);
  const setDollars = useAppStore((s) => s.setDollars);
  return (
    <div className="toggles">
      <ChoiceGroup<DisplayCurrency>
        inline
        legend="Show money in"
        name="currency"
        value={currency}
        choices={[
          { value: 'USD', label: 'US dollars' },
          { value: 'CAD', label: 'Canadian dollars' },
        ]}
        onChange={setCurrency}
      />
      <ChoiceGroup<Dollars>
        inline
        legend="Dollars"
        name="dollars"
        value={dollars}
        choices={[
          { value: 'nominal', label: 'Nominal', hint: 'as spent each year' },
          { value: 'constant', label: 'Constant', hint: 'prices of the dollar-year' },
        ]}
        onChange={setDollars}
      />
    </div>
  );
}
