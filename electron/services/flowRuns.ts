import type { Database } from 'better-sqlite3';
import { KioskError } from './kioskError';

export type FlowOutcome = 'completed' | 'abandoned';

/**
 * Each run of a guided flow: which flow, in which language, how far the citizen got, and whether
 * they finished or left. Runs still open when their session ends count as abandoned.
 */
export function createFlowRuns(db: Database, now: () => number = Date.now) {
  const sessionOpen = db.prepare<[number], { ended_at: number | null }>(
    'SELECT ended_at FROM citizen_sessions WHERE id = ?',
  );
  const runState = db.prepare<[number], { ended_at: number | null }>('SELECT ended_at FROM flow_runs WHERE id = ?');
  const insert = db.prepare('INSERT INTO flow_runs (session_id, flow_id, language, started_at) VALUES (?, ?, ?, ?)');
  const reach = db.prepare('UPDATE flow_runs SET furthest_step = max(furthest_step, ?) WHERE id = ?');
  const end = db.prepare('UPDATE flow_runs SET ended_at = ?, outcome = ? WHERE id = ?');

  function requireOpenRun(runId: number): void {
    const row = runState.get(runId);
    if (!row) throw new KioskError('flow_run_not_found', 'errors.flowRunNotFound');
    if (row.ended_at !== null) throw new KioskError('flow_run_closed', 'errors.flowRunClosed');
  }

  return {
    start: db.transaction((sessionId: number, flowId: string, language: string): number => {
      const session = sessionOpen.get(sessionId);
      if (!session) throw new KioskError('session_not_found', 'errors.sessionNotFound');
      if (session.ended_at !== null) throw new KioskError('session_closed', 'errors.sessionClosed');
      return Number(insert.run(sessionId, flowId, language, now()).lastInsertRowid);
    }),

    /** The citizen reached step `step` (1 = the first); only the furthest is kept. */
    reach: db.transaction((runId: number, step: number): void => {
      requireOpenRun(runId);
      reach.run(step, runId);
    }),

    end: db.transaction((runId: number, outcome: FlowOutcome): void => {
      requireOpenRun(runId);
      end.run(now(), outcome, runId);
    }),

    get(runId: number) {
      return db.prepare('SELECT * FROM flow_runs WHERE id = ?').get(runId) as
        | {
            flow_id: string;
            language: string;
            furthest_step: number;
            outcome: FlowOutcome | null;
            help_requested: number;
          }
        | undefined;
    },
  };
}

export type FlowRuns = ReturnType<typeof createFlowRuns>;
