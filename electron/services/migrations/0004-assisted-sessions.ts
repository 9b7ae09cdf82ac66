import type { Database } from 'better-sqlite3';

/**
 * Sessions where staff helped a citizen at the terminal: who helped (a staff id, never the
 * citizen), linked to the anonymous citizen session and its help request, with the topics, the
 * language used with the citizen, the outcome, the effort on the READ scale (1-6) and an optional
 * note. Notes are the only free text; retention deletes them (note_deleted_at records when).
 * kiosk_state keeps small facts between starts, such as the config last seen and retention's last run.
 */
export function up(db: Database): void {
  db.exec(`
    CREATE TABLE assisted_sessions (
      id INTEGER PRIMARY KEY,
      staff_id INTEGER NOT NULL REFERENCES staff (id),
      citizen_session_id INTEGER REFERENCES citizen_sessions (id) ON DELETE SET NULL,
      help_request_id INTEGER REFERENCES help_requests (id) ON DELETE SET NULL,
      terminal_id TEXT NOT NULL,
      started_at INTEGER NOT NULL,
      ended_at INTEGER,
      language TEXT,
      outcome TEXT CHECK (outcome IN ('solved', 'partly-solved', 'referred', 'exemption-registered', 'not-solved')),
      effort INTEGER CHECK (effort BETWEEN 1 AND 6),
      note TEXT CHECK (length(note) <= 1000),
      note_deleted_at INTEGER,
      CHECK ((ended_at IS NULL) = (outcome IS NULL)),
      CHECK ((ended_at IS NULL) = (effort IS NULL)),
      CHECK ((ended_at IS NULL) = (language IS NULL))
    ) STRICT;
    CREATE INDEX assisted_sessions_by_start ON assisted_sessions (started_at);
    CREATE INDEX assisted_sessions_with_note ON assisted_sessions (ended_at) WHERE note IS NOT NULL;

    CREATE TABLE assisted_session_topics (
      assisted_session_id INTEGER NOT NULL REFERENCES assisted_sessions (id) ON DELETE CASCADE,
      topic TEXT NOT NULL,
      PRIMARY KEY (assisted_session_id, topic)
    ) STRICT, WITHOUT ROWID;

    CREATE TABLE kiosk_state (
      key TEXT PRIMARY KEY,
      value TEXT NOT NULL
    ) STRICT, WITHOUT ROWID;
  `);
}
