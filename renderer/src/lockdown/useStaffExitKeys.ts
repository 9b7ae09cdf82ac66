import { useEffect } from 'react';
import { isStaffExitKeys } from '../../../electron/api/staffExitKeys';

/** Opens the staff exit when its keys are pressed, wherever the focus is. */
export function useStaffExitKeys(open: () => void): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const keys = {
        code: event.code,
        control: event.ctrlKey,
        meta: event.metaKey,
        alt: event.altKey,
        shift: event.shiftKey,
      };
      if (event.repeat || !isStaffExitKeys(keys)) return;
      event.preventDefault();
      open();
    };
    // Capture: a text field or the on-screen keyboard must not swallow the combination.
    window.addEventListener('keydown', onKeyDown, true);
    return () => window.removeEventListener('keydown', onKeyDown, true);
  }, [open]);
}
