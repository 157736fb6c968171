/**
 * What a language's locale entry says about writing numbers, money, percentages, dates and
 * quotations. Every formatting function in src/i18n/locale reads one of these; none asks which
 * language it is formatting for, so a new language needs its entry (and its message catalog),
 * nothing else.
 */
import type { Currency } from '../../core';

/** Words by plural category (Intl.PluralRules of the locale's tag); `other` is the fallback. */
export type PluralWords = Readonly<Partial<Record<Intl.LDMLPluralRule, string>>> & { readonly other: string };

/** The scales money is written with, largest first. */
export const SCALES = ['trillion', 'billion', 'million'] as const;
export type Scale = (typeof SCALES)[number];

/**
 * Patterns fill `{n}` (the number, written by the locale), `{c}` (the currency's unit from
 * `currency`), `{scale}` (the scale word in its plural form) and `{low}`/`{high}` (a range).
 */
export interface MoneyPatterns {
  /** An amount to the cent: "US$1,234.56" / "1 234,56 $ US". */
  readonly plain: string;
  /** An amount in scale words: "US$27.10 billion" / "27,10 milliards $ US". */
  readonly scaled: string;
  /** A range in billions: "US$2.00–US$4.00 billion" / "2,00–4,00 milliards $ US". */
  readonly range: string;
  /** A short amount in billions: "US$61B" / "61 G$ US". */
  readonly short: string;
}

export interface Locale {
  /**
   * The BCP-47 tag: the page's `lang`, dates (Intl.DateTimeFormat) and plural rules
   * (Intl.PluralRules). For a shipped language, core's (src/core/languages.ts).
   */
  readonly tag: string;
  /** The language's name in itself, for the language switch (a shipped language's is core's). */
  readonly name: string;
  /** The decimal mark, shown and typed. */
  readonly decimal: '.' | ',';
  /** The thousands separator as shown; when it is a space, typed numbers take any space. */
  readonly group: ',' | '.' | '\u00a0';
  /** The space before a high mark (: ; % ») — a no-break space in French, none in English. */
  readonly markSpace: '' | '\u00a0';
  /** Quotation marks around quoted words, with their inner spaces: “…” / « … ». */
  readonly quotes: readonly [open: string, close: string];
  /** Each currency's unit: "US$" / "$ US". */
  readonly currency: Readonly<Record<Currency, string>>;
  readonly money: MoneyPatterns;
  /** The scale words: billion / milliard(s). */
  readonly scales: Readonly<Record<Scale, PluralWords>>;
  /** How the first day of a month is written where it is an ordinal ("1er mai"). */
  readonly firstOfMonth?: string;
}
