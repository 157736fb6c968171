/** A saved scenario's name in the page's language: its French name where the document has one. */
import { translated, type Lang } from '../i18n';
import { isJsonObject, type JsonObject } from '../io';

/** The name of a saved scenario document ({ name, fr?: { name } }). */
export function docName(doc: JsonObject, lang: Lang): string {
  const fr = doc['fr'];
  const frName = isJsonObject(fr) && typeof fr['name'] === 'string' ? fr['name'] : undefined;
  return translated(lang, { fr: frName }) || String(doc['name']);
}
