// First, so the services are asked for the config before React is even evaluated.
import { earlierUseForgotten, kiosk, started as starting } from './earlyStart';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { ErrorBoundary } from './components/ErrorBoundary';
import { CitizenSessionProvider } from './citizenSession/CitizenSession';
import { initI18n } from './i18n/i18n';
import { lockDownPage } from './lockdown/pageLockdown';
import { StartFailed } from './screens/StartFailed';
import { StaffModeProvider } from './staff/StaffMode';
import './styles/fonts.css';
import './styles/kiosk.css';

// No context menu and no dropped files, from the first moment.
lockDownPage();

async function boot() {
  const root = createRoot(document.getElementById('root')!);
  const started = await starting;
  if (!started.ok) {
    // Without the services there is nothing a citizen can do; say so in Danish, the default.
    await initI18n('da');
    root.render(<StartFailed messageKey={started.error.messageKey} />);
    return;
  }
  await initI18n(started.value.config.languages.default);
  root.render(
    <StrictMode>
      <ErrorBoundary fallback={(restart) => <StartFailed messageKey="errors.internal" onRestart={restart} />}>
        <CitizenSessionProvider kiosk={kiosk} start={started.value} earlierUseForgotten={earlierUseForgotten}>
          {(generation) => (
            <StaffModeProvider key={generation}>
              <App />
            </StaffModeProvider>
          )}
        </CitizenSessionProvider>
      </ErrorBoundary>
    </StrictMode>,
  );
}

void boot();
