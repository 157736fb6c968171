/**
 * The interface languages — the one list of them: English and French (Canada). The message catalogs
 * (src/i18n, `Record<Lang, Messages>`), the language switch, the stored state's check and the
 * `?lang=` address are built from it, so adding a language makes the type-check ask for its messages.
 */
export const LANGS = ['en', 'fr'] as const;
export type Lang = (typeof LANGS)[number];

export interface LanguageSpec {
  /** The Intl locale numbers, money and dates are formatted in. */
  readonly locale: string;
  /** The language's name in itself, for the switch. */
  readonly name: string;
}

export const LANGUAGES = {
  en: { locale: 'en-CA', name: 'English' },
  fr: { locale: 'fr-CA', name: 'Français' },
} as const satisfies Record<Lang, LanguageSpec>;

export function isLang(value: unknown): value is Lang {
  return (LANGS as readonly unknown[]).includes(value);
}
