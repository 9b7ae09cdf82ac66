import { useEffect, useRef, useSyncExternalStore } from 'react';

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
    if (!open) return;
    setOpenDialogs(openDialogs + 1);
    return () => setOpenDialogs(openDialogs - 1);
  }, [open]);
  return dialog;
}

// How many modal dialogs are open. The embedded official site in Electron is a view drawn over the
// page, so it must step aside while a dialog is up or it would hide the dialog.
let openDialogs = 0;
const listeners = new Set<() => void>();
function setOpenDialogs(count: number) {
  openDialogs = count;
  for (const listener of listeners) listener();
}
const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

/** True while any modal dialog is open. */
export function useAnyDialogOpen(): boolean {
  return useSyncExternalStore(subscribe, () => openDialogs > 0);
}
