/** The page's language, its messages and its formatting, for components. */
import { useMemo } from 'react';
import { translate, type Lang, type MessageKey, type Params } from '../i18n';
import { useAppStore } from '../state';

export interface I18n {
  readonly lang: Lang;
  readonly t: (key: MessageKey, params?: Params) => string;
}

export function useI18n(): I18n {
  const lang = useAppStore((s) => s.lang);
  return useMemo(
    () => ({ lang, t: (key: MessageKey, params?: Params) => translate(lang, key, params) }),
    [lang],
  );
}
