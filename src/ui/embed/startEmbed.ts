/**
 * The embedded page's start: a store of its own that keeps nothing in this browser (an article's
 * reader has the calculator's saved scenarios untouched, and two embeds on one page do not talk
 * to each other through storage), in the language of the address.
 */
import { isLang } from '../../i18n';
import { createAppStore, getAppStore, replaceAppStore } from '../../state';

function noStorage(): Storage {
  throw new Error('An embedded chart keeps nothing in this browser.');
}

export function startEmbed(search: string): void {
  replaceAppStore(createAppStore(noStorage));
  const lang = new URLSearchParams(search).get('lang');
  if (isLang(lang)) getAppStore().getState().setLang(lang);
}
