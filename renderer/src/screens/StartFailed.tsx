import { useTranslation } from 'react-i18next';

/** Shown when the kiosk's own services do not answer: the citizen is sent to staff, staff see why. */
export function StartFailed({ messageKey }: { messageKey: string }) {
  const { t } = useTranslation();
  return (
    <main id="main" className="screen">
      <h1 className="screen-heading">{t('app.startFailed')}</h1>
      <p>{t(messageKey)}</p>
    </main>
  );
}
