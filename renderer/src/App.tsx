import { useTranslation } from 'react-i18next';
import { useCitizenSession } from './citizenSession/CitizenSession';
import { IdleWarning } from './components/IdleWarning';
import { TopBar } from './components/TopBar';
import { useArrowKeys } from './keyboard/useArrowKeys';
import { HomeScreen } from './screens/HomeScreen';
import { LanguageScreen } from './screens/LanguageScreen';
import { NotAvailableScreen } from './screens/NotAvailableScreen';
import { SettingsScreen } from './screens/SettingsScreen';
import { WelcomeScreen } from './screens/WelcomeScreen';

function CurrentScreen() {
  const { screen } = useCitizenSession();
  switch (screen.name) {
    case 'welcome':
      return <WelcomeScreen />;
    case 'home':
      return <HomeScreen />;
    case 'settings':
      return <SettingsScreen />;
    case 'language':
      return <LanguageScreen />;
    case 'notAvailable':
      return <NotAvailableScreen task={screen.task} />;
  }
}

export function App() {
  const { t } = useTranslation();
  const session = useCitizenSession();
  useArrowKeys(session.back);
  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <TopBar />
      <main id="main" className="screen" data-screen={session.screen.name}>
        <CurrentScreen />
      </main>
      <IdleWarning />
    </>
  );
}
