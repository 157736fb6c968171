/** A saved scenario's name in the page's language: its French name where the document has one. */
import type { Lang } from '../i18n';
import { isJsonObject, type JsonObject } from '../io';

/** The name of a saved scenario document ({ name, fr?: { name } }). */
export function docName(doc: JsonObject, lang: Lang): string {
  const fr = doc['fr'];
  const frName = isJsonObject(fr) ? fr['name'] : undefined;
  return lang === 'fr' && typeof frName === 'string' && frName !== '' ? frName : String(doc['name']);
}
