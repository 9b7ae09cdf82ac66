import { useEffect } from 'react';
import { readBlocks, stopReading } from './readAloud';

const ACTIVATABLE = 'button, a[href], label, input, .tile';

/**
 * Touch to hear (EZ Access's talking touchscreen): the first touch on an item reads it aloud and
 * does nothing else; touching the same item again activates it. Keys are not affected: Enter
 * activates at once, so a keypad user never needs two presses.
 */
export function useTouchToHear(active: boolean, language: string): void {
  useEffect(() => {
    if (!active) return;
    let heard: Element | null = null;
    const onClick = (event: MouseEvent) => {
      // Clicks made by Enter or Space have no pointer position; only touches and mouse clicks count.
      if (event.detail === 0) return;
      const item = (event.target as Element | null)?.closest(ACTIVATABLE);
      if (!item || item.closest('.read-aloud')) return;
      if (heard && (item === heard || heard.contains(item))) {
        // Let the whole activation through (a label passes its click on to its radio button).
        setTimeout(() => (heard = null));
        return;
      }
      event.preventDefault();
      event.stopPropagation();
      heard = item;
      stopReading();
      readBlocks([item as HTMLElement], language, 1, { onStart: () => {}, onEnd: () => {}, onError: () => {} });
    };
    window.addEventListener('click', onClick, { capture: true });
    return () => window.removeEventListener('click', onClick, { capture: true });
  }, [active, language]);
}
