import fs from 'node:fs';
import path from 'node:path';
import { createHandlers } from '../api/handlers';
import type { KioskServices } from '../services/kioskServices';
import type { BridgeSite } from './bridgeSite';
import { createBridgePlatform } from './bridgePlatform';
import { startBridge, type RunningBridge } from './server';

/** The stand-in the bridge's site panel frames in place of the official sites (never packaged). */
export const OFFICIAL_SITE_STAND_IN = path.resolve(
  import.meta.dirname,
  '..',
  '..',
  'tests',
  'official-site-stand-in',
  'page.html',
);

/**
 * The whole kiosk over the browser bridge: the API table on these services, and the stand-in site.
 * An administrator's restart closes the services and opens them again from their files, so a
 * saved config takes effect; `services()` is always the current ones.
 */
export async function startKioskBridge(
  services: KioskServices,
  options: { rendererDir: string; port?: number; onLeave?: () => void },
): Promise<RunningBridge & { site: BridgeSite; services: () => KioskServices }> {
  let current = services;
  const platform = createBridgePlatform(services.config.officialSites.allowedDomains, {
    onLeave: options.onLeave,
    onRestart: () => {
      // After the answer to kiosk.restart has gone; the page then loads again.
      setImmediate(() => {
        current.close();
        current = current.reopen();
        handlers = createHandlers(current, platform);
      });
    },
  });
  let handlers = createHandlers(current, platform);
  const { site } = platform;
  const bridge = await startBridge({
    handlers: () => handlers,
    privacy: platform.privacy,
    defaultLanguage: services.config.languages.default,
    rendererDir: options.rendererDir,
    port: options.port,
    officialSite: { site, page: fs.readFileSync(OFFICIAL_SITE_STAND_IN, 'utf8') },
  });
  return { ...bridge, site, services: () => current };
}
