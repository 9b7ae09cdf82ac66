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

/** The whole kiosk over the browser bridge: the API table on these services, and the stand-in site. */
export async function startKioskBridge(
  services: KioskServices,
  options: { rendererDir: string; port?: number },
): Promise<RunningBridge & { site: BridgeSite }> {
  const platform = createBridgePlatform(services.config.officialSites.allowedDomains);
  const { site } = platform;
  const bridge = await startBridge({
    handlers: createHandlers(services, platform),
    defaultLanguage: services.config.languages.default,
    rendererDir: options.rendererDir,
    port: options.port,
    officialSite: { site, page: fs.readFileSync(OFFICIAL_SITE_STAND_IN, 'utf8') },
  });
  return { ...bridge, site };
}
