import { lazy, Suspense, useCallback, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useCitizenSession } from './citizenSession/CitizenSession';
import { IdleWarning } from './components/IdleWarning';
import { ScreenHelp } from './components/ScreenHelp';
import { StorageProblem } from './components/StorageProblem';
import { TopBar } from './components/TopBar';
import { FlowScreen } from './flows/FlowScreen';
import { useArrowKeys } from './keyboard/useArrowKeys';
import { useStaffExitKeys } from './lockdown/useStaffExitKeys';
import { HomeScreen } from './screens/HomeScreen';
import { LanguageScreen } from './screens/LanguageScreen';
import { NotAvailableScreen } from './screens/NotAvailableScreen';
import { SettingsScreen } from './screens/SettingsScreen';
import { useStaffMode } from './staff/StaffMode';
import { useHeadphones } from './speech/useHeadphones';
import { ReadAloudBar } from './speech/ReadAloudBar';
import { WelcomeScreen } from './screens/WelcomeScreen';

// Staff screens load apart, when staff first open them; citizens never wait for them.
const StaffScreen = lazy(() => import('./staff/StaffScreens').then((m) => ({ default: m.StaffScreen })));
const StaffBarArea = lazy(() => import('./staff/StaffScreens').then((m) => ({ default: m.StaffBarArea })));
// The exemption request, with its signature pad, loads when a citizen chooses it.
const ExemptionScreen = lazy(() => import('./exemption/ExemptionScreen').then((m) => ({ default: m.ExemptionScreen })));

function CurrentScreen() {
  const { screen, flows, needsStaffSetup } = useCitizenSession();
  if (needsStaffSetup) return <StaffScreen name="setup" />;
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
    case 'exemption':
      return <ExemptionScreen />;
    case 'staffLogin':
    case 'staffHome':
    case 'staffRecord':
    case 'staffDashboard':
    case 'staffAccounts':
    case 'staffConfig':
    case 'staffExemptions':
    case 'staffLeave':
      return <StaffScreen name={screen.name} />;
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
  // The staff exit's keys open its screen, over whatever is showing.
  const { go } = session;
  useStaffExitKeys(useCallback(() => go({ name: 'staffLeave' }), [go]));
  // Staff mode keeps the kiosk from resetting after the citizen's short idle time.
  const { member } = useStaffMode();
  const { setStaffMode } = session;
  useEffect(() => setStaffMode(member !== null), [member, setStaffMode]);
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
      <StorageProblem />
      {member && (
        <Suspense fallback={null}>
          <StaffBarArea />
        </Suspense>
      )}
      {session.settings.speech && <ReadAloudBar />}
      <main id="main" className="screen" data-screen={session.needsStaffSetup ? 'setup' : session.screen.name}>
        <Suspense fallback={null}>
          <CurrentScreen />
        </Suspense>
      </main>
      <IdleWarning />
      <ScreenHelp />
    </>
  );
}
