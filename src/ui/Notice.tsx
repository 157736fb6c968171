/** The current message about a file, link or stored data, dismissible, in the page's language. */
import { useAppStore } from '../state';
import { useI18n } from './useI18n';

export function NoticeBar() {
  const { t } = useI18n();
  const notice = useAppStore((s) => s.notice);
  const setNotice = useAppStore((s) => s.setNotice);
  if (!notice) return null;
  return (
    <div className={`notice notice-${notice.kind}`} role={notice.kind === 'error' ? 'alert' : 'status'}>
      <p>{t(notice.key, notice.params)}</p>
      <button type="button" onClick={() => setNotice(null)}>
        {t('calculator.notice.dismiss')}
      </button>
    </div>
  );
}
