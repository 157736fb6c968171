/**
 * The current message about a file, link or stored data: fixed in the viewport, so it is seen
 * wherever the user is on the page, and announced (alert for errors, status otherwise). It lists at
 * most a few problems, offers the way out that fits (undo, a download) and can be dismissed.
 */
import type { Problem } from '../core';
import { getAppStore, useAppStore, type Notice, type NoticeOffer } from '../state';
import { downloadText } from './download';
import { downloadSaved } from './files/savedBundle';
import { ProblemLine } from './ProblemLine';
import { useI18n } from './useI18n';

/** Problems listed in a message; the rest are counted. */
const SHOWN_PROBLEMS = 5;

function Problems({ problems }: { problems: readonly Problem[] }) {
  const { t } = useI18n();
  const shown = problems.slice(0, SHOWN_PROBLEMS);
  return (
    <>
      <ul className="notice-problems">
        {shown.map((p, i) => (
          <li key={i}>
            <ProblemLine problem={p} />
          </li>
        ))}
      </ul>
      {problems.length > shown.length && (
        <p>{t('notice.moreProblems', { count: problems.length - shown.length })}</p>
      )}
    </>
  );
}

function OfferButton({ offer }: { offer: NoticeOffer }) {
  const { t } = useI18n();
  if (offer.kind === 'downloadSaved')
    return (
      <button type="button" onClick={downloadSaved}>
        {t('notice.downloadSaved')}
      </button>
    );
  const download = () => downloadText('golden-dome-set-aside.json', offer.text, 'application/json');
  return (
    <button type="button" onClick={download}>
      {t('notice.downloadSetAside')}
    </button>
  );
}

function NoticeBody({ notice }: { notice: Notice }) {
  const { t } = useI18n();
  const setNotice = useAppStore((s) => s.setNotice);
  const undo = () => {
    const state = getAppStore().getState();
    if (notice.undoable) state.undo();
    if (notice.undoView) {
      state.setCurrency(notice.undoView.currency);
      state.setDollars(notice.undoView.dollars);
    }
    setNotice(null);
  };
  return (
    <>
      <div className="notice-text">
        <p>{t(notice.key, notice.params)}</p>
        {notice.problems && notice.problems.length > 0 && <Problems problems={notice.problems} />}
      </div>
      <div className="notice-actions">
        {(notice.undoable || notice.undoView) && (
          <button type="button" onClick={undo}>
            {t('notice.undo')}
          </button>
        )}
        {notice.offer && <OfferButton offer={notice.offer} />}
        <button type="button" onClick={() => setNotice(null)}>
          {t('notice.dismiss')}
        </button>
      </div>
    </>
  );
}

export function NoticeBar() {
  const notice = useAppStore((s) => s.notice);
  if (!notice) return null;
  // An element with role="alert" is announced when it appears.
  return (
    <div className="notice-region">
      <div className={`notice notice-${notice.kind}`} role={notice.kind === 'error' ? 'alert' : 'status'}>
        <NoticeBody notice={notice} />
      </div>
    </div>
  );
}
