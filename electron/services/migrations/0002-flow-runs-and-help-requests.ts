import type { Database } from 'better-sqlite3';

/**
 * Each run of a guided flow (how far the citizen got, whether they finished) and each call for
 * staff help, for the centre's statistics. Anonymous like the sessions they belong to.
 */
export function up(db: Database): void {
  db.exec(`
    CREATE TABLE flow_runs (
      id INTEGER PRIMARY KEY,
      session_id INTEGER NOT NULL REFERENCES citizen_sessions (id) ON DELETE CASCADE,
      flow_id TEXT NOT NULL,
      language TEXT NOT NULL,
      started_at INTEGER NOT NULL,
      ended_at INTEGER,
      furthest_step INTEGER NOT NULL DEFAULT 1 CHECK (furthest_step >= 1),
      outcome TEXT CHECK (outcome IN ('completed', 'abandoned')),
      help_requested INTEGER NOT NULL DEFAULT 0 CHECK (help_requested IN (0, 1)),
      CHECK ((ended_at IS NULL) = (outcome IS NULL))
    ) STRICT;
    CREATE INDEX flow_runs_by_start ON flow_runs (started_at);
    CREATE INDEX flow_runs_by_session ON flow_runs (session_id);

    CREATE TABLE help_requests (
      id INTEGER PRIMARY KEY,
      session_id INTEGER REFERENCES citizen_sessions (id) ON DELETE SET NULL,
      terminal_id TEXT NOT NULL,
      flow_id TEXT,
      step_id TEXT,
      requested_at INTEGER NOT NULL,
      acknowledged_at INTEGER
    ) STRICT;
    CREATE INDEX help_requests_by_time ON help_requests (requested_at);
    CREATE INDEX help_requests_open ON help_requests (requested_at) WHERE acknowledged_at IS NULL;
  `);
}
