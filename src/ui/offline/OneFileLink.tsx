/**
 * The hosted page's offer of the single file (which sits beside it). Not shown in the single file
 * itself, nor on the dev server, which has no such file.
 */
import { useI18n } from '../useI18n';
import { ONE_FILE_MODE, ONE_FILE_NAME } from './oneFile';

export function OneFileLink() {
  const { t } = useI18n();
  if (!import.meta.env.PROD || import.meta.env.MODE === ONE_FILE_MODE) return null;
  return (
    <p className="no-print">
      <a href={`./${ONE_FILE_NAME}`} download>
        {t('offline.getFile')}
      </a>{' '}
      {t('offline.getFileWhy')}
    </p>
  );
}
