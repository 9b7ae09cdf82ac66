import { useTranslation } from 'react-i18next';

/** Shown when the kiosk's own services do not answer, or a screen fails: the citizen is sent to staff. */
export function StartFailed({ messageKey, onRestart }: { messageKey: string; onRestart?: () => void }) {
  const { t } = useTranslation();
  return (
    <main id="main" className="screen">
      <h1 className="screen-heading">{t('app.startFailed')}</h1>
      <p>{t(messageKey)}</p>
      {onRestart && (
        <button type="button" className="button button--primary" onClick={onRestart}>
          {t('app.startAgain')}
        </button>
      )}
    </main>
  );
}
