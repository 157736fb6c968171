/** The interface languages (the list is core's, src/core/languages.ts). */
import { LANGS, LANGUAGES, type Lang } from '../core';

export { isLang, LANGS, type Lang } from '../core';

/** The Intl locale of each language. */
export const LOCALES = Object.fromEntries(LANGS.map((l) => [l, LANGUAGES[l].locale])) as Record<Lang, string>;
