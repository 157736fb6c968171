/** t(): a message in the chosen language with `{name}` placeholders filled in. */
import type { Lang } from './lang';
import { MESSAGES, type MessageKey } from './messages';

export type Params = Readonly<Record<string, string | number>>;

export function translate(lang: Lang, key: MessageKey, params: Params = {}): string {
  return MESSAGES[lang][key].replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
}

/** A bilingual text from a data file ({ en, fr }) in the chosen language. */
export function pick(text: { readonly en: string; readonly fr: string }, lang: Lang): string {
  return text[lang];
}

/** A scenario's name in the chosen language (its French name where the file gives one). */
export function scenarioName(
  scenario: { readonly name: string; readonly fr?: { readonly name: string } },
  lang: Lang,
): string {
  return lang === 'fr' && scenario.fr ? scenario.fr.name : scenario.name;
}
