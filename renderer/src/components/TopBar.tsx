import { useTranslation } from 'react-i18next';
import { useCitizenSession } from '../citizenSession/CitizenSession';
import { wordsOf } from '../i18n/languageNames';
import { CallStaff } from './CallStaff';
import { isStaffScreen } from '../citizenSession/screens';
import { useStaffMode } from '../staff/StaffMode';
import { Icon } from './Icon';

/** On every screen: the way to language, to accessibility settings, back, and to finish. */
export function TopBar() {
  const { t } = useTranslation();
  const session = useCitizenSession();
  const { screen, language } = session;
  const own = wordsOf(language);
  const { member } = useStaffMode();
  return (
    <header className="top-bar">
      <p className="top-bar__centre">{session.config.centreName}</p>
      <nav aria-label={t('topBar.navLabel')} className="top-bar__actions">
        {/* A flow has its own Back, to the previous step; one Back on screen is enough. */}
        {session.canGoBack && screen.name !== 'flow' && (
          <button type="button" className="button button--quiet" onClick={session.back}>
            <Icon name="back" />
            {t('topBar.back')}
          </button>
        )}
        {screen.name !== 'language' && (
          <button type="button" className="button button--quiet" onClick={() => session.go({ name: 'language' })}>
            <Icon name="globe" />
            {t('topBar.language')}
            <span className="top-bar__current-language" lang={language} dir={own.dir}>
              {own.name}
            </span>
          </button>
        )}
        {screen.name !== 'settings' && (
          <button type="button" className="button button--quiet" onClick={() => session.go({ name: 'settings' })}>
            <Icon name="eye" />
            {t('topBar.accessibility')}
          </button>
        )}
        <CallStaff />
        {!isStaffScreen(screen) && (
          // Small and last: for the staff, not in a citizen's way. The PIN comes first.
          <button
            type="button"
            className="button button--quiet button--staff"
            onClick={() => session.go({ name: member ? 'staffHome' : 'staffLogin' })}
          >
            {t('topBar.staff')}
          </button>
        )}
        {screen.name !== 'welcome' && (
          <button type="button" className="button button--quiet" onClick={() => session.reset('finished')}>
            <Icon name="finish" />
            {t('topBar.finish')}
          </button>
        )}
      </nav>
    </header>
  );
}
