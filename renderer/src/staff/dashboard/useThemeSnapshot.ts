import { useSyncExternalStore } from 'react';

// The attributes on <html> that change the page's colours and text size (see kiosk.css).
const themeAttributes = ['data-theme', 'data-text-size'];

function subscribe(onChange: () => void) {
  const observer = new MutationObserver(onChange);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: themeAttributes });
  return () => observer.disconnect();
}

const snapshot = () => themeAttributes.map((name) => document.documentElement.getAttribute(name)).join('|');

/** Changes whenever the theme or text size does, so a canvas can be drawn again in the new look. */
export function useThemeSnapshot(): string {
  return useSyncExternalStore(subscribe, snapshot);
}
