import { log } from '../services/log';
import type { KioskServices } from '../services/kioskServices';
import type { Handlers } from './dispatch';

/** The API table's handlers: each row is a thin call into the services. */
export function createHandlers(services: KioskServices): Handlers {
  const sessions = services.citizenSessions;
  return {
    'kiosk.start': () => {
      // A renderer that starts again after a crash or reload leaves its citizen's session open.
      const interrupted = sessions.closeInterrupted();
      if (interrupted > 0) log.info('sessions.interrupted', { count: interrupted });
      return { config: services.config, staffNotices: services.staffNotices };
    },
    'session.start': ({ language }) => ({ sessionId: sessions.start(language) }),
    'session.useLanguage': ({ sessionId, language }) => {
      sessions.useLanguage(sessionId, language);
      return {};
    },
    'session.useSettings': ({ sessionId, settings }) => {
      sessions.useSettings(sessionId, settings);
      return {};
    },
    'session.end': ({ sessionId, reason }) => {
      sessions.end(sessionId, reason);
      return {};
    },
  };
}
