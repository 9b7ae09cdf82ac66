import type { Database } from 'better-sqlite3';
import * as citizenSessions from './0001-citizen-sessions';
import * as flowRunsAndHelp from './0002-flow-runs-and-help-requests';
import * as staffAndAudit from './0003-staff-and-audit';
import * as assistedSessions from './0004-assisted-sessions';
import * as statisticsIndexes from './0005-statistics-indexes';
import * as exemptionRequests from './0006-exemption-requests';

export interface Migration {
  version: number;
  name: string;
  up: (db: Database) => void;
}

/** Every schema change in order. Add a file NNNN-what-it-does.ts and list it here; never edit a shipped one. */
export const migrations: readonly Migration[] = [
  { version: 1, name: 'citizen-sessions', up: citizenSessions.up },
  { version: 2, name: 'flow-runs-and-help-requests', up: flowRunsAndHelp.up },
  { version: 3, name: 'staff-and-audit', up: staffAndAudit.up },
  { version: 4, name: 'assisted-sessions', up: assistedSessions.up },
  { version: 5, name: 'statistics-indexes', up: statisticsIndexes.up },
  { version: 6, name: 'exemption-requests', up: exemptionRequests.up },
];

/**
 * Applies every pending migration in one transaction and records the schema version in
 * PRAGMA user_version, so a failure part-way leaves the database exactly as it was.
 */
export function migrate(db: Database, all: readonly Migration[] = migrations): { from: number; to: number } {
  const from = db.pragma('user_version', { simple: true }) as number;
  const pending = all.filter((m) => m.version > from);
  const latest = all.at(-1)?.version ?? 0;
  if (from > latest) {
    throw new Error(`database schema ${from} is newer than this kiosk understands (${latest})`);
  }
  db.transaction(() => {
    for (const m of pending) m.up(db);
    if (pending.length > 0) db.pragma(`user_version = ${latest}`);
  })();
  return { from, to: pending.length > 0 ? latest : from };
}
