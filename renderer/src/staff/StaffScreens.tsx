import { lazy, Suspense } from 'react';
import type { Screen } from '../citizenSession/screens';
import { useCitizenSession } from '../citizenSession/CitizenSession';
import { AccountsScreen } from './AccountsScreen';
import { ConfigScreen } from './config/ConfigScreen';
import { ExemptionsScreen } from './ExemptionsScreen';
import { LeaveKioskScreen } from './LeaveKioskScreen';
import { LoginScreen } from './LoginScreen';
import { RecordAssistedScreen } from './RecordAssistedScreen';
import { SetupScreen } from './SetupScreen';
import { StaffArea } from './StaffArea';
import { StaffBar } from './StaffBar';
import { StaffHomeScreen } from './StaffHomeScreen';
import './staff.css';

// Charts are the heaviest part of the staff area; they load when the dashboard is opened.
const DashboardScreen = lazy(() => import('./dashboard/DashboardScreen').then((m) => ({ default: m.DashboardScreen })));

export type StaffScreenName = Extract<Screen['name'], `staff${string}`> | 'setup';

/** One staff screen, in the staff language. Loaded apart from the citizen's screens. */
export function StaffScreen({ name }: { name: StaffScreenName }) {
  const { kiosk } = useCitizenSession();
  return (
    <StaffArea className="staff-area">
      {name === 'setup' && <SetupScreen />}
      {name === 'staffLogin' && <LoginScreen />}
      {name === 'staffHome' && <StaffHomeScreen />}
      {name === 'staffRecord' && <RecordAssistedScreen />}
      {name === 'staffAccounts' && <AccountsScreen />}
      {name === 'staffConfig' && <ConfigScreen />}
      {name === 'staffExemptions' && <ExemptionsScreen />}
      {name === 'staffLeave' && <LeaveKioskScreen />}
      {name === 'staffDashboard' && (
        <Suspense fallback={null}>
          <DashboardScreen kiosk={kiosk} />
        </Suspense>
      )}
    </StaffArea>
  );
}

/** The staff bar, in the staff language, while someone is in staff mode. */
export function StaffBarArea() {
  return (
    <StaffArea>
      <StaffBar />
    </StaffArea>
  );
}
