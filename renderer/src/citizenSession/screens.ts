import type { TaskId } from '../../../electron/api/tasks';

/** Where the citizen is. The kiosk has no address bar, so screens are state, not URLs. */
export type Screen =
  | { name: 'welcome' }
  | { name: 'home' }
  | { name: 'settings' }
  | { name: 'language' }
  | { name: 'notAvailable'; task: TaskId }
  | { name: 'flow'; flowId: TaskId }
  | { name: 'exemption' }
  | { name: 'staffLogin' }
  | { name: 'staffHome' }
  | { name: 'staffRecord' }
  | { name: 'staffDashboard' }
  | { name: 'staffAccounts' }
  | { name: 'staffConfig' }
  | { name: 'staffExemptions' }
  | { name: 'staffLeave' };

/** Staff screens are in the staff language and leave the stack together when staff step back. */
export const isStaffScreen = (screen: Screen) => screen.name.startsWith('staff');
