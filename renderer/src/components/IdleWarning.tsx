import { useTranslation } from 'react-i18next';
import { useCitizenSession } from '../citizenSession/CitizenSession';
import { useModalDialog } from './useModalDialog';

/**
 * The warning before an idle reset: a modal dialog (focus moves to "I need more time"), a tone,
 * and a countdown. One touch anywhere, Escape, or the button gives the citizen more time.
 */
export function IdleWarning() {
  const { t } = useTranslation();
  const { idleSecondsLeft, moreTime } = useCitizenSession();
  const open = idleSecondsLeft !== null;
  const dialog = useModalDialog(open);

  return (
    <dialog
      ref={dialog}
      className="idle-warning"
      role="alertdialog"
      aria-labelledby="idle-warning-heading"
      aria-describedby="idle-warning-text"
      onCancel={(event) => {
        event.preventDefault();
        moreTime();
      }}
    >
      {open && (
        <>
          <h2 id="idle-warning-heading">{t('idle.heading')}</h2>
          <div id="idle-warning-text">
            <p className="idle-warning__countdown">{t('idle.countdown', { count: idleSecondsLeft })}</p>
            <p>{t('idle.explanation')}</p>
          </div>
          {/* eslint-disable-next-line jsx-a11y/no-autofocus -- the one action of an alert dialog takes focus */}
          <button type="button" className="button button--primary" autoFocus onClick={moreTime}>
            {t('idle.moreTime')}
          </button>
        </>
      )}
    </dialog>
  );
}
