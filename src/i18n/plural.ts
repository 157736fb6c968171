/** Choosing a message by a count's plural category in the language (fr: 0 and 1 are singular). */
import { dec } from '../core';
import type { Lang } from './lang';
import { isSingular } from './locale';
import type { MessageKey } from './messages';

/** `one` when the count is grammatically singular in the language ("0 bonne réponse"), else `other`. */
export function countKey<K extends MessageKey>(count: number, lang: Lang, one: K, other: K): K {
  return isSingular(dec(count), lang) ? one : other;
}
