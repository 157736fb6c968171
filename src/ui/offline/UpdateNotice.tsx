/** "A new version is ready — reload": shown when the offline app has a new version waiting. */
import { useI18n } from '../useI18n';
import { dismissUpdate, useUpdateOffer } from './updateOffer';

export function UpdateNotice() {
  const { t } = useI18n();
  const apply = useUpdateOffer();
  if (!apply) return null;
  return (
    <div className="update-notice no-print" role="status">
      <span>{t('offline.updateReady')}</span>
      <button type="button" onClick={apply}>
        {t('offline.reload')}
      </button>
      <button type="button" onClick={dismissUpdate}>
        {t('offline.later')}
      </button>
    </div>
  );
}
