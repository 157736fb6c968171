/**
 * The words of the money section's fields: a context figure's unit (from its reference's unit and
 * display in core's CONTEXT_FIGURES) and the exchange rates' sourced marks. Pure.
 */
import { CONTEXT_FIGURES, FX_DEFAULTS, type ContextKey } from '../../core';
import { currencyUnit, dateText, decimalText, type Lang } from '../../i18n';
import type { I18n } from '../useI18n';
import type { Mark } from './NumberField';

/** A context figure's unit: "millions of people", "millions of km²", "C$ billions a year", "US$ billions". */
export function contextUnit(key: ContextKey, t: I18n['t'], lang: Lang): string {
  const { reference, display } = CONTEXT_FIGURES[key];
  switch (reference.unit) {
    case 'people':
      return t('calculator.unit.millionsPeople');
    case 'km2':
      return t('calculator.unit.millionsKm2');
    default:
      return t('perYear' in display ? 'calculator.unit.billionsYear' : 'calculator.unit.billions', {
        currency: currencyUnit(reference.unit, lang),
      });
  }
}

/** The Canadian dollar's marks: the sourced default with its dates, and the rate of 2025-05-23. */
export function cadMarks(t: I18n['t'], lang: Lang): Mark[] {
  const cad = FX_DEFAULTS.cadPerUsd;
  return [
    { value: cad.value, label: `${decimalText(cad.value, lang)} (${t('calculator.money.cadMarkDates')})` },
    { value: '1.3755', label: `${decimalText('1.3755', lang)} (${dateText('2025-05-23', lang)})` },
  ];
}

/** The pound's mark: the sourced default with its date. */
export function gbpMarks(lang: Lang): Mark[] {
  const gbp = FX_DEFAULTS.usdPerGbp;
  return [
    { value: gbp.value, label: `${decimalText(gbp.value, lang)} (${dateText(gbp.source.date, lang)})` },
  ];
}
