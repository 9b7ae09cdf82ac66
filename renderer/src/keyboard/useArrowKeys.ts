import { useEffect } from 'react';

const FOCUSABLE =
  'button:not([disabled]), [href], input:not([disabled]), select, textarea, [tabindex]:not([tabindex="-1"])';

/**
 * Arrow keys a control keeps for itself: a text field its left and right (moving the caret), a
 * text area or a list box all four. Radio buttons keep none: on a keypad the arrows move between
 * the answers and Enter chooses one, rather than the browser's "arrow moves and chooses".
 */
function ownsArrowKey(target: EventTarget | null, key: string): boolean {
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (!(target instanceof HTMLInputElement)) return false;
  if (['radio', 'checkbox', 'button', 'submit'].includes(target.type)) return false;
  return key === 'ArrowLeft' || key === 'ArrowRight';
}

function visibleFocusables(scope: ParentNode): HTMLElement[] {
  return [...scope.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((el) => el.getClientRects().length > 0);
}

/**
 * The item after (or before) the focused one. Focus may be on something that is not an item, such
 * as a screen's heading: then the nearest item after (or before) it in reading order.
 */
function nextItem(items: HTMLElement[], focused: Element | null, forward: boolean): HTMLElement | undefined {
  const at = focused ? items.indexOf(focused as HTMLElement) : -1;
  if (at !== -1) return items[(at + (forward ? 1 : -1) + items.length) % items.length];
  if (!focused || focused === document.body) return forward ? items[0] : items.at(-1);
  const follows = (item: HTMLElement) => !!(focused.compareDocumentPosition(item) & Node.DOCUMENT_POSITION_FOLLOWING);
  return forward ? (items.find(follows) ?? items[0]) : (items.findLast((item) => !follows(item)) ?? items.at(-1));
}

/**
 * Arrow keys move between the things on screen, for a keypad with only arrows, enter and back
 * (EZ Access). Down and the reading direction's "forward" arrow go to the next item; Escape goes
 * back. Inside an open dialog the arrows stay in the dialog.
 */
export function useArrowKeys(onEscape: () => void): void {
  useEffect(() => {
    const handle = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
      const dialog = document.querySelector<HTMLDialogElement>('dialog[open]');
      if (event.key === 'Escape') {
        if (!dialog) {
          event.preventDefault();
          onEscape();
        }
        return;
      }
      const rtl = document.documentElement.dir === 'rtl';
      const forward = event.key === 'ArrowDown' || event.key === (rtl ? 'ArrowLeft' : 'ArrowRight');
      const backward = event.key === 'ArrowUp' || event.key === (rtl ? 'ArrowRight' : 'ArrowLeft');
      if (event.key === 'Enter' && event.target instanceof HTMLInputElement && event.target.type === 'radio') {
        event.preventDefault();
        event.target.click();
        return;
      }
      if ((!forward && !backward) || ownsArrowKey(event.target, event.key)) return;
      const items = visibleFocusables(dialog ?? document);
      if (items.length === 0) return;
      event.preventDefault();
      nextItem(items, document.activeElement, forward)?.focus();
    };
    window.addEventListener('keydown', handle);
    return () => window.removeEventListener('keydown', handle);
  }, [onEscape]);
}
