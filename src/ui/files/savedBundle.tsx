/** Downloading every saved scenario as one file, offered when the browser will not keep them. */
import { savedBundleText } from '../../io';
import { getAppStore } from '../../state';
import { downloadText } from '../download';
import { useI18n } from '../useI18n';

/** Saves the saved scenarios (as this tab holds them) to `golden-dome-saved-scenarios.json`. */
export function downloadSaved(): void {
  const docs = getAppStore()
    .getState()
    .saved.map((s) => s.doc);
  downloadText('golden-dome-saved-scenarios.json', savedBundleText(docs), 'application/json');
}

export function DownloadSavedButton() {
  const { t } = useI18n();
  return (
    <button type="button" onClick={downloadSaved}>
      {t('notice.downloadSaved')}
    </button>
  );
}
