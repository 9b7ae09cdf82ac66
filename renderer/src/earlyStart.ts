import { preloadLanguage } from './i18n/i18n';
import { startLoadingWelcomeFonts } from './i18n/welcomeFonts';
import { connectKiosk } from './kioskClient';
import { watchStorage } from './citizenSession/storageHealth';
import { forgetInBrowser } from './lockdown/forgetInBrowser';

/**
 * Asks the services for the config as the very first thing the page does (main.tsx imports this
 * module before React), and fetches the default language's words and the welcome screen's fonts
 * as soon as the answer is in, so all are on their way while the rest of the bundle is evaluated.
 */
export const kiosk = watchStorage(connectKiosk());
export const started = kiosk.kiosk.start({});
void started.then((result) => {
  if (!result.ok) return;
  preloadLanguage(result.value.config.languages.default);
  startLoadingWelcomeFonts(result.value.config.languages.enabled);
});

/**
 * Whoever used the terminal before a crash or restart is wiped alongside the start, as at every
 * reset: the welcome screen shows while it runs, and the next citizen's session waits for it.
 * The page's own part waits until the page is idle after its first screen is painted: the first
 * touch of localStorage is a synchronous trip to the browser process, and a page waiting for
 * the services' answer looks idle, so an idle callback alone ran just before the welcome screen
 * was rendered and held it back.
 */
export const earlierUseForgotten: Promise<unknown> = Promise.all([
  kiosk.session.forget({}),
  whenIdleAfterFirstPaint().then(forgetInBrowser),
]);

function whenIdleAfterFirstPaint(): Promise<void> {
  return new Promise((done) => {
    const idle = () => {
      observer.disconnect();
      clearTimeout(fallback);
      requestIdleCallback(() => done(), { timeout: 1000 });
    };
    const observer = new PerformanceObserver((entries) => {
      if (entries.getEntriesByName('first-contentful-paint').length > 0) idle();
    });
    observer.observe({ type: 'paint', buffered: true });
    // A page that is never painted (a window hidden at start) still forgets.
    const fallback = setTimeout(idle, 3000);
  });
}
