import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useModalDialog } from '../components/useModalDialog';

/** "Stop and delete", with a question first: everything typed is lost, and the citizen should know. */
export function CancelRequest({ onCancel }: { onCancel(): void }) {
  const { t } = useTranslation('exemption');
  const [asking, setAsking] = useState(false);
  const dialog = useModalDialog(asking);
  return (
    <>
      <button type="button" className="button" onClick={() => setAsking(true)}>
        {t('cancel')}
      </button>
      <dialog
        ref={dialog}
        className="help-dialog"
        aria-labelledby="cancel-request-heading"
        onCancel={(event) => {
          event.preventDefault();
          setAsking(false);
        }}
      >
        {asking && (
          <>
            <h2 id="cancel-request-heading">{t('cancelDialog.heading')}</h2>
            <p>{t('cancelDialog.body')}</p>
            <div className="dialog-actions">
              <button type="button" className="button" onClick={() => setAsking(false)}>
                {t('cancelDialog.keep')}
              </button>
              <button type="button" className="button button--primary" onClick={onCancel}>
                {t('cancelDialog.confirm')}
              </button>
            </div>
          </>
        )}
      </dialog>
    </>
  );
}
