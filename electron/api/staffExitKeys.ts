/**
 * The staff exit: Ctrl+Alt+Shift+E (Cmd instead of Ctrl on a Mac), the one way out of kiosk mode
 * together with an administrator's PIN. Shared by the main process (which lets these keys through
 * its lockdown) and the page (which opens the exit screen on them).
 */
export interface ExitKeys {
  code: string;
  control: boolean;
  meta: boolean;
  alt: boolean;
  shift: boolean;
}

export const STAFF_EXIT_KEYS_LABEL = 'Ctrl+Alt+Shift+E';

export function isStaffExitKeys(keys: ExitKeys): boolean {
  return (keys.control || keys.meta) && keys.alt && keys.shift && keys.code === 'KeyE';
}
