/** Show money in US or Canadian dollars, nominal or constant. */
import { DISPLAY_CURRENCIES, type Dollars } from '../core';
import { useAppStore, type DisplayCurrency } from '../state';
import { ChoiceGroup } from './inputs/ChoiceGroup';
import { useI18n } from './useI18n';

export function ViewToggles() {
  const { t } = useI18n();
  const currency = useAppStore((s) => s.currency);
  const dollars = useAppStore((s) => s.dollars);
  const setCurrency = useAppStore((s) => s.setCurrency);
  const setDollars = useAppStore((s) => s.setDollars);
  return (
    <div className="toggles">
      <ChoiceGroup<DisplayCurrency>
        inline
        legend={t('calculator.view.currency')}
        name="currency"
        value={currency}
        choices={DISPLAY_CURRENCIES.map((c) => ({ value: c, label: t(`calculator.view.${c}`) }))}
        onChange={setCurrency}
      />
      <ChoiceGroup<Dollars>
        inline
        legend={t('calculator.view.dollars')}
        name="dollars"
        value={dollars}
        choices={[
          {
            value: 'nominal',
            label: t('calculator.view.nominal'),
            hint: t('calculator.view.nominal.hint'),
          },
          {
            value: 'constant',
            label: t('calculator.view.constant'),
            hint: t('calculator.view.constant.hint'),
          },
        ]}
        onChange={setDollars}
      />
    </div>
  );
}
