import type { Database } from 'better-sqlite3';
import { KioskError } from './kioskError';

export interface HelpRequestPlace {
  sessionId?: number;
  flowId?: string;
  stepId?: string;
}

export interface OpenHelpRequest {
  id: number;
  terminalId: string;
  flowId: string | null;
  stepId: string | null;
  requestedAt: number;
}

/**
 * "Get help from staff": when and where a citizen asked (terminal, flow, step), never who. Staff
 * acknowledge a request when they come; the wait is the difference, for the statistics.
 */
export function createHelpRequests(db: Database, terminalId: string, now: () => number = Date.now) {
  const insert = db.prepare(
    'INSERT INTO help_requests (session_id, terminal_id, flow_id, step_id, requested_at) VALUES (?, ?, ?, ?, ?)',
  );
  const markRun = db.prepare(
    'UPDATE flow_runs SET help_requested = 1 WHERE session_id = ? AND flow_id = ? AND ended_at IS NULL',
  );
  const sessionExists = db.prepare<[number], { id: number }>('SELECT id FROM citizen_sessions WHERE id = ?');
  const find = db.prepare<[number], { requested_at: number; acknowledged_at: number | null }>(
    'SELECT requested_at, acknowledged_at FROM help_requests WHERE id = ?',
  );
  const acknowledge = db.prepare('UPDATE help_requests SET acknowledged_at = ? WHERE id = ?');

  return {
    request: db.transaction((place: HelpRequestPlace): number => {
      if (place.sessionId !== undefined && !sessionExists.get(place.sessionId)) {
        throw new KioskError('session_not_found', 'errors.sessionNotFound');
      }
      const id = Number(
        insert.run(place.sessionId ?? null, terminalId, place.flowId ?? null, place.stepId ?? null, now())
          .lastInsertRowid,
      );
      if (place.sessionId !== undefined && place.flowId) markRun.run(place.sessionId, place.flowId);
      return id;
    }),

    open(): OpenHelpRequest[] {
      return db
        .prepare<[], OpenHelpRequest>(
          `SELECT id, terminal_id AS terminalId, flow_id AS flowId, step_id AS stepId, requested_at AS requestedAt
           FROM help_requests WHERE acknowledged_at IS NULL ORDER BY requested_at`,
        )
        .all();
    },

    /** Returns how long the citizen waited, in seconds. */
    acknowledge: db.transaction((id: number): number => {
      const row = find.get(id);
      if (!row) throw new KioskError('help_request_not_found', 'errors.helpRequestNotFound');
      if (row.acknowledged_at !== null) throw new KioskError('help_request_answered', 'errors.helpRequestAnswered');
      const at = now();
      acknowledge.run(at, id);
      return Math.max(0, Math.round((at - row.requested_at) / 1000));
    }),
  };
}

export type HelpRequests = ReturnType<typeof createHelpRequests>;
