import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { KioskFailure } from '../../../electron/api/result';
import { useCitizenSession } from '../citizenSession/CitizenSession';
import { ScreenHeading } from '../components/ScreenHeading';
import { HelpRequestsList } from './HelpRequestsList';
import { OverdueExemptions } from './OverdueExemptions';
import { StaffError } from './StaffError';
import { useStaffMode } from './StaffMode';

/**
 * The staff menu: who is waiting, an assisted session, statistics, and (for administrators) staff
 * accounts and the kiosk's configuration.
 */
export function StaffHomeScreen() {
  const { t } = useTranslation();
  const session = useCitizenSession();
  const { member, assisted, setAssisted } = useStaffMode();
  const [error, setError] = useState<KioskFailure | null>(null);

  const startAssisted = async () => {
    const sessionId = await session.sessionId();
    const result = await session.kiosk.assisted.start(sessionId === null ? {} : { sessionId });
    if (!result.ok) return setError(result.error);
    setAssisted({ id: result.value.assistedId, startedAt: Date.now() });
    session.leaveStaffScreens();
  };

  return (
    <div className="staff-screen">
      <ScreenHeading>{t('home.heading')}</ScreenHeading>
      <StaffError error={error} />
      <OverdueExemptions />
      <HelpRequestsList />
      <section aria-labelledby="staff-assisted-heading">
        <h2 id="staff-assisted-heading">{t('home.assistedHeading')}</h2>
        <p>{t(assisted ? 'home.assistedRunning' : 'home.assistedIntro')}</p>
        {!assisted && (
          <button type="button" className="button button--primary" onClick={() => void startAssisted()}>
            {t('home.startAssisted')}
          </button>
        )}
      </section>
      <section aria-labelledby="staff-more-heading">
        <h2 id="staff-more-heading">{t('home.moreHeading')}</h2>
        <ul className="staff-menu">
          <li>
            <button type="button" className="button" onClick={() => session.go({ name: 'staffExemptions' })}>
              {t('home.exemptions')}
            </button>
          </li>
          <li>
            <button type="button" className="button" onClick={() => session.go({ name: 'staffDashboard' })}>
              {t('home.statistics')}
            </button>
          </li>
          {member?.role === 'admin' && (
            <>
              <li>
                <button type="button" className="button" onClick={() => session.go({ name: 'staffAccounts' })}>
                  {t('home.accounts')}
                </button>
              </li>
              <li>
                <button type="button" className="button" onClick={() => session.go({ name: 'staffConfig' })}>
                  {t('home.config')}
                </button>
              </li>
            </>
          )}
          <li>
            <button type="button" className="button" onClick={session.leaveStaffScreens}>
              {t('home.backToCitizen')}
            </button>
          </li>
        </ul>
      </section>
    </div>
  );
}
