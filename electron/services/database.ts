import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { log } from './log';
import { migrate } from './migrations';
import type { StaffNotice } from './staffNotices';

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
    db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    // NORMAL is durable across application crashes in WAL mode; only an OS crash can lose the
    // last commits, which is the trade-off SQLite recommends for WAL.
    db.pragma('synchronous = NORMAL');
    db.pragma('busy_timeout = 2000');
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

/**
 * Opens the kiosk's one database in the data folder. A file that is not a database, fails the
 * integrity check or cannot be migrated is moved aside and a fresh one created, so the kiosk
 * still starts; staff are told where the damaged file went.
 */
export function openKioskDatabase(options: OpenDatabaseOptions): OpenedDatabase {
  fs.mkdirSync(options.dataDir, { recursive: true });
  const file = path.join(options.dataDir, DATABASE_FILE);
  try {
    return { db: connectKioskDatabase(file, options.nativeBinding), notices: [] };
  } catch (error) {
    const damaged = quarantine(file, options.now?.() ?? new Date());
    log.error('database.quarantined', { file: path.basename(damaged), cause: (error as Error).message });
    return {
      db: connectKioskDatabase(file, options.nativeBinding),
      notices: [
        {
          code: 'database_quarantined',
          messageKey: 'notices.databaseQuarantined',
          params: { file: damaged },
        },
      ],
    };
  }
}
