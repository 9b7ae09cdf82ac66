import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCitizenSession } from '../citizenSession/CitizenSession';
import { LanguageSwitch } from './LanguageSwitch';
import { useStaffMode } from './StaffMode';
import { useDuration } from './useDuration';

/** Ticks once a second while an assisted session runs, so its length shows as it grows. */
function useNow(running: boolean) {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!running) return;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [running]);
  return now;
}

/**
 * Shown while someone is in staff mode, on every screen, in the staff language: who is logged
 * in, the assisted session's running time with the way to finish and record it, the staff menu,
 * and leaving staff mode. The citizen's screens below stay in the citizen's language.
 */
export function StaffBar() {
  const { t } = useTranslation();
  const { kiosk, go, screen, leaveStaffScreens } = useCitizenSession();
  const { member, assisted, enter } = useStaffMode();
  const now = useNow(assisted !== null);
  const duration = useDuration();
  if (!member) return null;

  const leave = () => {
    void kiosk.staff.logOut({});
    enter(null);
    leaveStaffScreens();
  };

  return (
    <section className="staff-bar" aria-label={t('bar.label')}>
      <p className="staff-bar__who">{t('bar.loggedIn', { name: member.name })}</p>
      {assisted && (
        <p className="staff-bar__assisted" role="timer" aria-live="off">
          {t('bar.assistedRunning', { time: duration(Math.max(0, now - assisted.startedAt) / 1000) })}
        </p>
      )}
      <div className="staff-bar__actions">
        {assisted && screen.name !== 'staffRecord' && (
          <button type="button" className="button button--primary" onClick={() => go({ name: 'staffRecord' })}>
            {t('bar.finishAssisted')}
          </button>
        )}
        {screen.name !== 'staffHome' && (
          <button type="button" className="button" onClick={() => go({ name: 'staffHome' })}>
            {t('bar.menu')}
          </button>
        )}
        <LanguageSwitch />
        <button type="button" className="button" onClick={leave}>
          {t('bar.leave')}
        </button>
      </div>
    </section>
  );
}
