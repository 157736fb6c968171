/** Said where a link is shown, when the link points to a file on this computer (see madeLink.ts). */
import type { MadeLink } from './madeLink';
import { useI18n } from './useI18n';

export function LocalLinkHint({ link }: { link: MadeLink }) {
  const { t } = useI18n();
  if (!link.localOnly) return null;
  return <p className="hint local-link">{t('offline.localLink')}</p>;
}
