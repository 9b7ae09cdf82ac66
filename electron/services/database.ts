import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { KioskError } from './kioskError';
import { log } from './log';
import { migrate } from './migrations';
import type { StaffNotice } from './staffNotices';
import { storageCause, type StorageCause } from './storageCause';

export const DATABASE_FILE = 'kiosk.db';

export interface OpenedDatabase {
  db: Database.Database;
  notices: StaffNotice[];
}

export interface OpenDatabaseOptions {
  dataDir: string;
  /** Path to a better_sqlite3.node built for the running runtime (Electron needs its own build). */
  nativeBinding?: string;
  now?: () => Date;
}

/**
 * Opens (creating if need be) and migrates one database file, throwing if it is damaged. The
 * kiosk goes through openKioskDatabase, which moves a damaged file aside; the admin command line
 * uses this directly, so checking a database never moves it.
 */
export function connectKioskDatabase(file: string, nativeBinding?: string): Database.Database {
  const db = new Database(file, nativeBinding ? { nativeBinding } : {});
  try {
    // First, so that a moment's lock by another program (a backup) is waited out, not a failure.
    db.pragma('busy_timeout = 2000');
    db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    // NORMAL is durable across application crashes in WAL mode; only an OS crash can lose the
    // last commits, which is the trade-off SQLite recommends for WAL.
    db.pragma('synchronous = NORMAL');
    const result = db.pragma('integrity_check', { simple: true });
    if (result !== 'ok') throw new Error(`integrity_check: ${String(result)}`);
    migrate(db);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

/** Moves a damaged database (and its WAL and shared-memory files) aside, keeping it for IT staff. */
function quarantine(file: string, now: Date): string {
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  const damaged = `${file}.damaged-${stamp}`;
  for (const suffix of ['', '-wal', '-shm']) {
    if (fs.existsSync(file + suffix)) fs.renameSync(file + suffix, damaged + suffix);
  }
  return damaged;
}

/** What staff read on the start-failed screen when the storage, not the database, is the cause. */
const START_FAILURES: Record<StorageCause, [code: string, messageKey: string]> = {
  full: ['storage_full', 'errors.startStorageFull'],
  unwritable: ['storage_unwritable', 'errors.startStorageUnwritable'],
  busy: ['storage_busy', 'errors.startDatabaseBusy'],
};

/**
 * The storage's failures as the KioskError staff are shown; anything else as it was. Only the
 * cause and SQLite's code are logged: a message can quote a path with a person's user name in it.
 */
function asStartFailure<T>(attempt: () => T): T {
  try {
    return attempt();
  } catch (error) {
    const cause = storageCause(error);
    if (!cause) throw error;
    log.error('database.unavailable', { cause, code: String((error as { code?: unknown }).code) });
    throw new KioskError(...START_FAILURES[cause]);
  }
}

/**
 * Opens the kiosk's one database in the data folder. A file that is not a database, fails the
 * integrity check or cannot be migrated is moved aside and a fresh one created, so the kiosk
 * still starts; staff are told where the damaged file went. A database the storage will not let
 * it open or write (a full disk, a read-only folder, another program's lock) is not damaged:
 * it stays where it is, untouched, and the start fails with a KioskError telling staff why, so
 * that the next start, once the cause is gone, finds everything that was saved.
 */
export function openKioskDatabase(options: OpenDatabaseOptions): OpenedDatabase {
  const file = path.join(options.dataDir, DATABASE_FILE);
  asStartFailure(() => fs.mkdirSync(options.dataDir, { recursive: true }));
  try {
    return { db: asStartFailure(() => connectKioskDatabase(file, options.nativeBinding)), notices: [] };
  } catch (error) {
    if (error instanceof KioskError) throw error;
    const damaged = asStartFailure(() => quarantine(file, options.now?.() ?? new Date()));
    log.error('database.quarantined', { file: path.basename(damaged), cause: (error as Error).message });
    return {
      db: asStartFailure(() => connectKioskDatabase(file, options.nativeBinding)),
      notices: [{ code: 'database_quarantined', messageKey: 'notices.databaseQuarantined', params: { file: damaged } }],
    };
  }
}
