import { useCallback, useEffect, useSyncExternalStore } from 'react';

/**
 * Which field the on-screen keyboard belongs to, shared by every field on the screen: one
 * keyboard at a time. Touching another field moves it there; two keyboards at once would leave a
 * citizen unsure which field their keys go to.
 */
let owner: string | null = null;
const listeners = new Set<() => void>();

function setOwner(next: string | null) {
  if (owner === next) return;
  owner = next;
  for (const listener of listeners) listener();
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => void listeners.delete(listener);
};

/** Whether the keyboard is under this field, and a way to open or close it there. */
export function useKeyboardFor(fieldId: string): [boolean, (open: boolean) => void] {
  const open = useSyncExternalStore(subscribe, () => owner === fieldId);
  const setOpen = useCallback(
    (wanted: boolean) => {
      if (wanted) setOwner(fieldId);
      else if (owner === fieldId) setOwner(null);
    },
    [fieldId],
  );
  // A field that goes (the next step) takes its keyboard with it.
  useEffect(() => () => setOpen(false), [setOpen]);
  return [open, setOpen];
}
