/** The interface languages: English and French (Canada). */
export const LANGS = ['en', 'fr'] as const;
export type Lang = (typeof LANGS)[number];

/** The Intl locale of each language. */
export const LOCALES: Record<Lang, string> = { en: 'en-CA', fr: 'fr-CA' };

export function isLang(value: unknown): value is Lang {
  return value === 'en' || value === 'fr';
}
