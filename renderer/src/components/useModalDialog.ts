import { useEffect, useRef } from 'react';

/**
 * Opens a native <dialog> as a modal while `open` is true and closes it otherwise. A modal dialog
 * keeps focus and the arrow keys inside it and makes the rest of the page inert, which is what
 * the idle warning, the call for staff and the help text need.
 */
export function useModalDialog(open: boolean) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) element.showModal();
    if (!open && element.open) element.close();
  }, [open]);
  return dialog;
}
