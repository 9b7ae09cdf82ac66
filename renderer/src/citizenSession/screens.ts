import type { TaskId } from '../../../electron/api/tasks';

/** Where the citizen is. The kiosk has no address bar, so screens are state, not URLs. */
export type Screen =
  | { name: 'welcome' }
  | { name: 'home' }
  | { name: 'settings' }
  | { name: 'language' }
  | { name: 'notAvailable'; task: TaskId }
  | { name: 'flow'; flowId: TaskId }
  | { name: 'staffHelp' };
