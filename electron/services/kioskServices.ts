import path from 'node:path';
import { createCitizenSessions } from './citizenSessions';
import { loadKioskConfig } from './config';
import { openKioskDatabase } from './database';
import { log } from './log';

export interface KioskServicesOptions {
  dataDir: string;
  /** The folder holding config.default.json (and, later, flows). */
  resourcesDir: string;
  env?: NodeJS.ProcessEnv;
  nativeBinding?: string;
}

/**
 * Everything the kiosk knows and stores, built once at start for one data folder. Used alike by
 * the Electron main process, the browser bridge, the tests and the benchmarks.
 */
export function createKioskServices(options: KioskServicesOptions) {
  const loaded = loadKioskConfig({
    defaultsFile: path.join(options.resourcesDir, 'config.default.json'),
    dataDir: options.dataDir,
    env: options.env,
  });
  const { db, notices: dbNotices } = openKioskDatabase({
    dataDir: options.dataDir,
    nativeBinding: options.nativeBinding,
  });
  const citizenSessions = createCitizenSessions(db, loaded.config.terminalId);
  const interrupted = citizenSessions.closeInterrupted();
  if (interrupted > 0) log.info('sessions.interrupted', { count: interrupted });
  log.info('kiosk.services.started', { dataDir: options.dataDir, config: loaded.source ?? 'defaults' });

  return {
    config: loaded.config,
    configSource: loaded.source,
    staffNotices: [...loaded.notices, ...dbNotices],
    db,
    citizenSessions,
    close(): void {
      db.close();
    },
  };
}

export type KioskServices = ReturnType<typeof createKioskServices>;
