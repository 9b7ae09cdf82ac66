import path from 'node:path';
import { createAuditTrail } from './auditTrail';
import { createCitizenSessions } from './citizenSessions';
import { loadFlows } from './flows/loadFlows';
import { createFlowRuns } from './flowRuns';
import { createHelpRequests } from './helpRequests';
import { loadKioskConfig } from './config';
import { openKioskDatabase } from './database';
import { createStaffAccounts } from './staffAccounts';
import { log } from './log';

export interface KioskServicesOptions {
  dataDir: string;
  /** The folder holding config.default.json and flows/. */
  resourcesDir: string;
  /** The folder holding locales/<lng>/; defaults to ../locales beside resourcesDir (so in the repo and the package). */
  localesDir?: string;
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
  const { config } = loaded;
  const localesDir = options.localesDir ?? path.join(options.resourcesDir, '..', 'locales');
  const flows = loadFlows({
    flowsDir: path.join(options.resourcesDir, 'flows'),
    localesDir,
    languages: config.languages.enabled,
    allowedDomains: config.officialSites.allowedDomains,
  });
  const citizenSessions = createCitizenSessions(db, config.terminalId);
  const audit = createAuditTrail(db);
  const interrupted = citizenSessions.closeInterrupted();
  if (interrupted > 0) log.info('sessions.interrupted', { count: interrupted });
  log.info('kiosk.services.started', { dataDir: options.dataDir, config: loaded.source ?? 'defaults' });

  return {
    config,
    configSource: loaded.source,
    staffNotices: [...loaded.notices, ...dbNotices, ...flows.notices],
    /** Only flows that are valid and enabled in config, in the config's order. */
    flows: config.flows.enabled.flatMap((id) => flows.flows.filter((f) => f.id === id)),
    localesDir,
    db,
    citizenSessions,
    flowRuns: createFlowRuns(db),
    helpRequests: createHelpRequests(db, config.terminalId),
    audit,
    staff: createStaffAccounts(db, audit),
    close(): void {
      db.close();
    },
  };
}

export type KioskServices = ReturnType<typeof createKioskServices>;
