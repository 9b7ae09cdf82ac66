import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useCitizenSession } from './citizenSession/CitizenSession';
import { IdleWarning } from './components/IdleWarning';
import { ScreenHelp } from './components/ScreenHelp';
import { TopBar } from './components/TopBar';
import { FlowScreen } from './flows/FlowScreen';
import { useArrowKeys } from './keyboard/useArrowKeys';
import { HomeScreen } from './screens/HomeScreen';
import { LanguageScreen } from './screens/LanguageScreen';
import { NotAvailableScreen } from './screens/NotAvailableScreen';
import { SettingsScreen } from './screens/SettingsScreen';
import { HelpRequestsScreen } from './staff/HelpRequestsScreen';
import { useHeadphones } from './speech/useHeadphones';
import { ReadAloudBar } from './speech/ReadAloudBar';
import { WelcomeScreen } from './screens/WelcomeScreen';

function CurrentScreen() {
  const { screen, flows } = useCitizenSession();
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
    case 'flow': {
      const flow = flows.find((f) => f.id === screen.flowId);
      return flow ? <FlowScreen flow={flow} /> : <NotAvailableScreen task={screen.flowId} />;
    }
    case 'staffHelp':
      return <HelpRequestsScreen />;
  }
}

export function App() {
  const { t } = useTranslation();
  const session = useCitizenSession();
  // The back key goes back within the screen where it has its own Back (a flow's previous step).
  const back = session.back;
  const goBack = useCallback(() => {
    const own = document.querySelector<HTMLButtonElement>('main [data-back]');
    if (own) own.click();
    else back();
  }, [back]);
  useArrowKeys(goBack);
  // EZ Access: plugging in headphones means "read to me".
  const { settings, changeSettings } = session;
  useHeadphones(() => {
    if (!settings.speech) changeSettings({ speech: true });
  });
  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <TopBar />
      {session.settings.speech && <ReadAloudBar />}
      <main id="main" className="screen" data-screen={session.screen.name}>
        <CurrentScreen />
      </main>
      <IdleWarning />
      <ScreenHelp />
    </>
  );
}
