import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCitizenSession } from '../citizenSession/CitizenSession';
import { ScreenHeading } from '../components/ScreenHeading';
import { LanguageSwitch } from './LanguageSwitch';
import { NameAndPin } from './NameAndPin';

/**
 * The staff exit, opened only by its key combination (Ctrl+Alt+Shift+E): an administrator's name
 * and PIN leave kiosk mode. Anyone else, or a wrong PIN, stays in the kiosk; wrong PINs count
 * towards the lockout as at login.
 */
export function LeaveKioskScreen() {
  const { t } = useTranslation();
  const { kiosk, back } = useCitizenSession();
  const [left, setLeft] = useState(false);
  return (
    <div className="staff-screen">
      <div className="staff-screen__tools">
        <LanguageSwitch />
      </div>
      <ScreenHeading>{t('leave.heading')}</ScreenHeading>
      {left ? (
        // Electron is quitting by now; the browser preview stays, with nothing more to do.
        <p className="lead" role="status">
          {t('leave.done')}
        </p>
      ) : (
        <>
          <p className="lead">{t('leave.intro')}</p>
          <NameAndPin
            submitLabel={t('leave.submit')}
            confirm={async (staffId, pin) => {
              const result = await kiosk.kiosk.leave({ staffId, pin });
              if (!result.ok) return result.error;
              setLeft(true);
              return null;
            }}
          />
          <div className="flow__actions">
            <button type="button" className="button" onClick={back}>
              {t('leave.stay')}
            </button>
          </div>
        </>
      )}
    </div>
  );
}
