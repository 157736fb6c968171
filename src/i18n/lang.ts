/**
 * The interface languages shipped (the list is core's, src/core/languages.ts). Each one's locale
 * entry is in locale/<lang>.ts; `isLang` (languages.ts) also knows languages added by defineLanguage.
 */
export { LANGS, type Lang } from '../core';
