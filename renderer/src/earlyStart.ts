import { preloadLanguage } from './i18n/i18n';
import { connectKiosk } from './kioskClient';
import { watchStorage } from './citizenSession/storageHealth';

/**
 * Asks the services for the config as the very first thing the page does (main.tsx imports this
 * module before React), and fetches the default language's words as soon as the answer is in, so
 * both are on their way while the rest of the bundle is evaluated.
 */
export const kiosk = watchStorage(connectKiosk());
export const started = kiosk.kiosk.start({});
void started.then((result) => result.ok && preloadLanguage(result.value.config.languages.default));
