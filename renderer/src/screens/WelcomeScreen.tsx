import { useLayoutEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useCitizenSession } from '../citizenSession/CitizenSession';
import { ScreenHeading } from '../components/ScreenHeading';
import { StaffNotices } from '../components/StaffNotices';
import { wordsOf } from '../i18n/languageNames';
import { timingMark } from '../citizenSession/timingMark';
import { Icon } from '../components/Icon';

/**
 * The attract screen. Each enabled language invites a touch in its own words; touching one starts
 * in that language. It also says how to turn on reading aloud, without needing it on already.
 */
export function WelcomeScreen() {
  const { t } = useTranslation();
  const session = useCitizenSession();
  const { config } = session;

  // Committed to the page with its handlers attached: from here a touch works.
  useLayoutEffect(() => {
    timingMark('kiosk:welcome-interactive');
  }, []);

  const start = (language: (typeof config.languages.enabled)[number]) => {
    if (language !== session.language) session.chooseLanguage(language);
    session.go({ name: 'home' });
  };

  return (
    <div className="welcome">
      <ScreenHeading paintTiming="welcome">{t('welcome.heading', { centreName: config.centreName })}</ScreenHeading>
      <p className="lead">{t('welcome.intro')}</p>
      <h2 id="welcome-languages" className="welcome__prompt">
        {t('welcome.chooseLanguage')}
      </h2>
      <ul className="welcome__invitations" aria-labelledby="welcome-languages">
        {config.languages.enabled.map((code) => {
          const own = wordsOf(code);
          return (
            <li key={code}>
              <button
                type="button"
                className="button invitation"
                lang={code}
                dir={own.dir}
                data-language={code}
                onClick={() => start(code)}
              >
                <span className="invitation__name">{own.name}</span>
                <span className="invitation__text">{own.invitation}</span>
              </button>
            </li>
          );
        })}
      </ul>
      <div className="welcome__speech">
        <p>{t('welcome.speechHint')}</p>
        <button
          type="button"
          className="button"
          aria-pressed={session.settings.speech}
          onClick={() => session.changeSettings({ speech: !session.settings.speech })}
        >
          <Icon name="speaker" />
          {t('welcome.speechButton')}
        </button>
      </div>
      <StaffNotices />
    </div>
  );
}
