import fs from 'node:fs';
import path from 'node:path';
import { KioskError } from '../services/kioskError';
import { log } from '../services/log';
import type { KioskServices } from '../services/kioskServices';
import type { Platform } from '../platform/platform';
import type { Handlers } from './dispatch';
import { isAllowedSiteUrl } from './officialSites';
import { createStaffHandlers } from './staffHandlers';
import { createExemptionHandlers } from './exemptionHandlers';
import { createAdminHandlers } from './adminHandlers';
import { storageFailure } from './storageFailure';
import { createConfigHandlers } from './configHandlers';

/**
 * The API table's handlers: each row is a thin call into the services, or into the platform for
 * what only the host can do (the embedded official site).
 */
export function createHandlers(services: KioskServices, platform: Platform): Handlers {
  const sessions = services.citizenSessions;
  const { site } = platform;
  return {
    ...createStaffHandlers(services),
    ...createExemptionHandlers(services, platform),
    ...createAdminHandlers(services, platform),
    ...createConfigHandlers(services),
    'kiosk.start': async () => {
      // A renderer that starts again after a crash or reload leaves its citizen's session open.
      // On a full or read-only disk that must wait: the kiosk still starts, and says it cannot save.
      try {
        const interrupted = sessions.closeInterrupted();
        if (interrupted > 0) log.info('sessions.interrupted', { count: interrupted });
      } catch (error) {
        if (!storageFailure(error)) throw error;
        log.warn('sessions.interruptedNotClosed');
      }
      site.close();
      services.staffSession.end('reset');
      // Whoever used the terminal before a crash or restart is wiped by the session.forget the
      // page sends beside this call, not here: the wipe takes longer than the rest of the start
      // (in the preview, Chromium holds the answer until Clear-Site-Data is done), and the welcome
      // screen need not wait for it. No one can begin before it is done (CitizenSession waits).
      return {
        config: services.config,
        staffNotices: services.staffNotices,
        flows: services.flows,
        needsStaffSetup: services.staff.needsSetup(),
      };
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
    'session.end': async ({ sessionId, reason }) => {
      // Whatever the citizen did on the official site (a login, cookies) goes with their session:
      // the whole reset, wipe included, even when the session's record cannot be closed.
      site.close();
      services.staffSession.end('reset');
      try {
        sessions.end(sessionId, reason);
      } finally {
        await platform.privacy.wipe();
      }
      return {};
    },
    'session.forget': async () => {
      site.close();
      services.staffSession.end('reset');
      await platform.privacy.wipe();
      return {};
    },
    'flows.words': ({ flowId, language }) => {
      if (!services.flows.some((f) => f.id === flowId)) throw new KioskError('flow_not_found', 'errors.flowNotFound');
      const file = path.join(services.localesDir, language, `${flowId}.json`);
      return { words: JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown> };
    },
    'flowRun.start': ({ sessionId, flowId, language }) => ({
      runId: services.flowRuns.start(sessionId, flowId, language),
    }),
    'flowRun.reach': ({ runId, step }) => {
      services.flowRuns.reach(runId, step);
      return {};
    },
    'flowRun.end': ({ runId, outcome }) => {
      services.flowRuns.end(runId, outcome);
      return {};
    },
    'help.request': (place) => ({ requestId: services.helpRequests.request(place) }),
    'site.show': ({ url, bounds }) => {
      if (!isAllowedSiteUrl(url, services.config.officialSites.allowedDomains))
        throw new KioskError('site_not_allowed', 'errors.siteNotAllowed');
      return site.show(url, bounds);
    },
    'site.place': ({ bounds, visible }) => {
      site.place(bounds, visible);
      return {};
    },
    'site.status': () => site.status(),
    'site.back': () => site.back(),
    'site.close': () => {
      site.close();
      return {};
    },
  };
}
