/** t(): a message in the chosen language with `{name}` placeholders filled in. */
import type { Lang } from './lang';
import { languageOf } from './languages';
import type { MessageKey } from './messages';

export type Params = Readonly<Record<string, string | number>>;

export function translate(lang: Lang, key: MessageKey, params: Params = {}): string {
  return languageOf(lang).messages[key].replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
}

/**
 * A data file's own translation into the language, if it has one. Data files (scenarios, exercises,
 * the catalog) carry English in their main fields and French in a `fr` field; a language they have
 * no field for gets undefined, and so their English.
 */
export function translated<T>(lang: Lang, translations: { readonly fr?: T | undefined }): T | undefined {
  const byLang: Partial<Record<Lang, T | undefined>> = { fr: translations.fr };
  return byLang[lang];
}

/** The language of data files' main fields (their translations are in `fr` fields). */
export const DATA_LANG: Lang = 'en';

/**
 * The language a data record's text is shown in on a page in `lang`: the page's language when the
 * record is written in it or translated into it, else English (to mark with a `lang` attribute).
 */
export function dataTextLang(lang: Lang, record: { readonly fr?: unknown }): Lang {
  return lang === DATA_LANG || translated(lang, record) !== undefined ? lang : DATA_LANG;
}

/** A bilingual text from a data file ({ en, fr }) in the chosen language (English for any other). */
export function pick(text: { readonly en: string; readonly fr: string }, lang: Lang): string {
  return translated(lang, text) ?? text.en;
}

/** A scenario's name in the chosen language (its French name where the file gives one). */
export function scenarioName(
  scenario: { readonly name: string; readonly fr?: { readonly name: string } | undefined },
  lang: Lang,
): string {
  return translated(lang, scenario)?.name ?? scenario.name;
}
