/**
 * The languages the page can be shown in, each with its locale entry (how it writes numbers, money,
 * dates) and its message catalog. English and French (Canada) ship. `defineLanguage` adds another
 * at run time — a pseudo-locale in a test, a language being translated — and every formatting
 * function and `translate` then serve it, because they look the language up here and nowhere else.
 */
import { LANGS, type Lang } from './lang';
import { EN } from './locale/en';
import { FR } from './locale/fr';
import type { Locale } from './locale/types';
import { MESSAGES, type Messages } from './messages';

export interface Language {
  readonly locale: Locale;
  readonly messages: Messages;
}

const SHIPPED: Readonly<Record<Lang, Language>> = {
  en: { locale: EN, messages: MESSAGES.en },
  fr: { locale: FR, messages: MESSAGES.fr },
};

const defined = new Map<Lang, Language>();

/** A language's locale entry and catalog. */
export function languageOf(lang: Lang): Language {
  return defined.get(lang) ?? SHIPPED[lang];
}

/** A language's locale entry. */
export function localeOf(lang: Lang): Locale {
  return languageOf(lang).locale;
}

/** Every language the page offers, shipped ones first. */
export function languages(): readonly Lang[] {
  return [...LANGS, ...defined.keys()];
}

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && languages().some((lang) => lang === value);
}

/**
 * Adds a language: its code (`xx`, a BCP-47 language subtag), its locale entry and its catalog
 * (typed by the English keys, so it is complete). Returns the code as a `Lang`, to pass wherever a
 * language goes. Data files carry only English and French text; a defined language shows their
 * English until they carry its own (a new schema version).
 */
export function defineLanguage(code: string, language: Language): Lang {
  if (!/^[a-z]{2,3}$/.test(code)) throw new Error(`not a language code: ${code}`);
  if (LANGS.some((lang) => lang === code)) throw new Error(`${code} is a shipped language`);
  // The one place a code becomes a Lang: every lookup by language goes through this registry.
  const lang = code as Lang;
  defined.set(lang, language);
  return lang;
}
