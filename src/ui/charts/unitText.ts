/** The units in chart titles and captions: "US$ billions", "(nominal)", "(constant 2025 dollars)". */
import type { Currency, Dollars } from '../../core';
import { currencyUnit, translate, type Lang } from '../../i18n';

/**
 * "(nominal)", "(constant 2025 dollars)", or "(constant dollars)" when the year is not known /
 * "(dollars nominaux)", "(dollars constants de 2025)".
 */
export function dollarsLabel(dollars: Dollars, dollarYear?: number, lang: Lang = 'en'): string {
  if (dollars === 'nominal') return translate(lang, 'charts.nominal');
  return dollarYear === undefined
    ? translate(lang, 'charts.constant')
    : translate(lang, 'charts.constantYear', { year: dollarYear });
}

/** A unit for titles: "US$ billions" / "en milliards $ US". */
export function billionsUnit(currency: Currency, lang: Lang = 'en'): string {
  return translate(lang, 'charts.billionsUnit', { currency: currencyUnit(currency, lang) });
}
