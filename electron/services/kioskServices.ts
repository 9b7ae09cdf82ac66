import path from 'node:path';
import { createAuditTrail } from './auditTrail';
import { createCitizenSessions } from './citizenSessions';
import { loadFlows } from './flows/loadFlows';
import { createFlowRuns } from './flowRuns';
import { createHelpRequests } from './helpRequests';
import { loadKioskConfig } from './config';
import { openKioskDatabase } from './database';
import { createStaffAccounts, type PinHashing } from './staffAccounts';
import { createAssistedSessions } from './assistedSessions';
import { createStaffSession } from './staffSession';
import { createStatistics } from './statistics';
import { createExemptionRequests } from './exemptionRequests';
import { fileKeyVault, loadExemptionKey, type KeyVault } from './exemptionKey';
import { createFieldCipher, type FieldCipher } from './fieldCrypto';
import { loadReceiptFonts, receiptFontDirs } from './receipt/receiptFonts';
import { log } from './log';
import { createRetention, startRetentionSchedule } from './retention';
import { auditConfigChanges } from './configAudit';
import { createConfigEditor } from './configEditor';

export interface KioskServicesOptions {
  dataDir: string;
  /** The folder holding config.default.json and flows/. */
  resourcesDir: string;
  /** The folder holding locales/<lng>/; defaults to ../locales beside resourcesDir (so in the repo and the package). */
  localesDir?: string;
  env?: NodeJS.ProcessEnv;
  nativeBinding?: string;
  /** The clock every record is stamped with; tests move it to see lockouts expire and notes age. */
  now?: () => number;
  /** scrypt's cost for new PINs; tests that make many accounts choose a cheaper one. */
  pinHashing?: PinHashing;
  /** Where the exemption records' key is kept: Electron's safeStorage; else a key file in the data folder. */
  keyVault?: KeyVault;
  /** The app's own folder (the built renderer's fonts go into receipts); defaults to beside resourcesDir. */
  appRoot?: string;
}

/**
 * Everything the kiosk knows and stores, built once at start for one data folder. Used alike by
 * the Electron main process, the browser bridge, the tests and the benchmarks.
 */
export function createKioskServices(options: KioskServicesOptions) {
  const defaultsFile = path.join(options.resourcesDir, 'config.default.json');
  const loaded = loadKioskConfig({ defaultsFile, dataDir: options.dataDir, env: options.env });
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
  const now = options.now ?? Date.now;
  const citizenSessions = createCitizenSessions(db, config.terminalId, now);
  const audit = createAuditTrail(db, now);
  const helpRequests = createHelpRequests(db, config.terminalId, now);
  const staff = createStaffAccounts(db, audit, { now, hashing: options.pinHashing });
  const interrupted = citizenSessions.closeInterrupted();
  if (interrupted > 0) log.info('sessions.interrupted', { count: interrupted });
  auditConfigChanges(db, audit, loaded);
  // At start here, so the Electron kiosk and the browser bridge both run it; then daily while up.
  const keyVault = options.keyVault ?? fileKeyVault(options.dataDir);
  let cipher: FieldCipher | null = null;
  const exemptions = createExemptionRequests(db, {
    terminalId: config.terminalId,
    audit,
    staff,
    // Loaded on first use: a kiosk whose key is missing still serves citizens, and staff are told
    // exactly what is wrong when an exemption request needs it.
    cipher: () => (cipher ??= createFieldCipher(loadExemptionKey(db, keyVault))),
    retentionDays: config.retention.exemptionDays,
    now,
  });
  const retention = createRetention(db, audit, {
    assistedNoteDays: config.retention.assistedNoteDays,
    now,
    exemptions,
    exports: { dir: path.join(options.dataDir, 'exports'), days: config.retention.exemptionDays },
  });
  const stopRetention = startRetentionSchedule(retention);
  log.info('kiosk.services.started', { dataDir: options.dataDir, config: loaded.source ?? 'defaults' });

  return {
    config,
    configSource: loaded.source,
    staffNotices: [...loaded.notices, ...dbNotices, ...flows.notices],
    /** Only flows that are valid and enabled in config, in the config's order. */
    flows: config.flows.enabled.flatMap((id) => flows.flows.filter((f) => f.id === id)),
    localesDir,
    /** Where staff exports from the dashboard are written (IT collects them from here). */
    exportsDir: path.join(options.dataDir, 'exports'),
    db,
    citizenSessions,
    flowRuns: createFlowRuns(db, now),
    helpRequests,
    audit,
    staff,
    staffSession: createStaffSession(staff, audit, { idleMinutes: config.staff.idleMinutes, now }),
    assisted: createAssistedSessions(db, { terminalId: config.terminalId, helpRequests, audit, now }),
    statistics: createStatistics(db),
    /** The receipt's fonts as CSS, read once on first use (about 340 KB). */
    receiptFonts: (() => {
      let css: string | null = null;
      const appRoot = options.appRoot ?? path.join(options.resourcesDir, '..');
      return () => (css ??= loadReceiptFonts(receiptFontDirs(appRoot)));
    })(),
    exemptions,
    now,
    retention,
    /** The configuration screen's view of the config file; a save takes effect at the next start. */
    configEditor: createConfigEditor({
      db,
      audit,
      defaultsFile,
      dataDir: options.dataDir,
      env: options.env,
      running: loaded,
    }),
    close(): void {
      stopRetention();
      db.close();
    },
    /** The same services started again from their files (a saved config, say); close these first. */
    reopen: () => createKioskServices(options),
  };
}

export type KioskServices = ReturnType<typeof createKioskServices>;
