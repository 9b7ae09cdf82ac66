import fs from 'node:fs';
import path from 'node:path';
import type { Database } from 'better-sqlite3';
import type { AuditTrail } from './auditTrail';
import { log } from './log';

const DAY_MS = 24 * 60 * 60 * 1000;
const LAST_RUN_KEY = 'retention.lastRun';

export interface RetentionResult {
  /** Notes deleted by this run. */
  count: number;
  /** Exemption requests whose personal data this run deleted. */
  exemptionsDeleted: number;
  /** Files in the exports folder this run deleted. */
  exportsDeleted: number;
  ranAt: number;
}

/**
 * Deletes what the kiosk must not keep: assisted-session notes (the only free text) once the
 * session ended more than `assistedNoteDays` days ago. The session rows stay, anonymous, for the
 * statistics. A run that deletes something appends one audit entry with the count; a run that
 * deletes nothing is not audited (a daily "0" would bury the entries that matter) but still
 * records its time in kiosk_state, which is what `runIfDue` reads.
 */
export function createRetention(
  db: Database,
  audit: AuditTrail,
  options: {
    assistedNoteDays: number;
    now?: () => number;
    /** Exemption requests' personal data, deleted on their own schedule (and audited there). */
    exemptions?: { deleteExpired(): number };
    /**
     * The exports folder: a hand-over point for IT and caseworkers, not an archive. Its files (a
     * caseworker's list holds CPR numbers) are deleted after `exportDays`.
     */
    exports?: { dir: string; days: number };
  },
) {
  const now = options.now ?? Date.now;
  const { assistedNoteDays } = options;
  const deleteNotes = db.prepare(
    'UPDATE assisted_sessions SET note = NULL, note_deleted_at = ? WHERE note IS NOT NULL AND ended_at < ?',
  );
  const readLastRun = db.prepare<[string], { value: string }>('SELECT value FROM kiosk_state WHERE key = ?');
  const writeLastRun = db.prepare(
    'INSERT INTO kiosk_state (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
  );

  const run = db.transaction((): RetentionResult => {
    const ranAt = now();
    const count = deleteNotes.run(ranAt, ranAt - assistedNoteDays * DAY_MS).changes;
    if (count > 0) audit.append(null, 'retention.notesDeleted', { count, olderThanDays: assistedNoteDays });
    const exemptionsDeleted = options.exemptions?.deleteExpired() ?? 0;
    const exportsDeleted = options.exports
      ? deleteOldExports(options.exports.dir, ranAt - options.exports.days * DAY_MS)
      : 0;
    if (exportsDeleted > 0) audit.append(null, 'retention.exportsDeleted', { count: exportsDeleted });
    writeLastRun.run(LAST_RUN_KEY, String(ranAt));
    return { count, exemptionsDeleted, exportsDeleted, ranAt };
  });

  const lastRun = (): number | null => {
    const value = Number(readLastRun.get(LAST_RUN_KEY)?.value);
    return Number.isFinite(value) ? value : null;
  };

  return {
    run,
    lastRun,
    /** Runs when it never ran, or 24 hours have passed; a last run in the future means the clock was wrong. */
    runIfDue(): RetentionResult | null {
      const last = lastRun();
      const at = now();
      if (last !== null && at >= last && at - last < DAY_MS) return null;
      return run();
    },
  };
}

export type Retention = ReturnType<typeof createRetention>;

/** Deletes the exports written before `before`; a folder that does not exist yet holds nothing. */
function deleteOldExports(dir: string, before: number): number {
  if (!fs.existsSync(dir)) return 0;
  let deleted = 0;
  for (const name of fs.readdirSync(dir)) {
    const file = path.join(dir, name);
    const stat = fs.statSync(file);
    if (stat.isFile() && stat.mtimeMs < before) {
      fs.rmSync(file);
      deleted++;
    }
  }
  return deleted;
}

/**
 * Runs retention now and then checks every `checkEveryMs` (an hour by default) whether a day has
 * passed, so a kiosk left on for weeks still deletes on time. The timer is unref'd so it never
 * keeps a process (a test, the admin tools) alive. A failed run is logged, never thrown: the
 * kiosk must keep serving citizens, and the next check tries again. Returns a stop function.
 */
export function startRetentionSchedule(
  retention: { run(): RetentionResult; runIfDue(): RetentionResult | null },
  options: { checkEveryMs?: number } = {},
): () => void {
  const attempt = (what: () => RetentionResult | null) => {
    try {
      const result = what();
      if (result)
        log.info('retention.ran', {
          notesDeleted: result.count,
          exemptionsDeleted: result.exemptionsDeleted,
          exportsDeleted: result.exportsDeleted,
        });
    } catch (error) {
      log.error('retention.failed', { cause: (error as Error).message });
    }
  };
  attempt(() => retention.run());
  const timer = setInterval(() => attempt(() => retention.runIfDue()), options.checkEveryMs ?? 60 * 60 * 1000);
  timer.unref();
  return () => clearInterval(timer);
}
