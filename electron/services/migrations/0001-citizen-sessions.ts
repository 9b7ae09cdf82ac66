import type { Database } from 'better-sqlite3';

/**
 * Anonymous record of each use of the kiosk, first touch to reset. No personal data: only times,
 * how it ended, which languages were shown and which accessibility settings were used.
 */
export function up(db: Database): void {
  db.exec(`
    CREATE TABLE citizen_sessions (
      id INTEGER PRIMARY KEY,
      terminal_id TEXT NOT NULL,
      started_at INTEGER NOT NULL,
      ended_at INTEGER,
      end_reason TEXT CHECK (end_reason IN ('idle', 'finished', 'interrupted')),
      text_size_max INTEGER NOT NULL DEFAULT 100 CHECK (text_size_max BETWEEN 100 AND 200),
      high_contrast_used INTEGER NOT NULL DEFAULT 0 CHECK (high_contrast_used IN (0, 1)),
      reduced_motion_used INTEGER NOT NULL DEFAULT 0 CHECK (reduced_motion_used IN (0, 1)),
      speech_used INTEGER NOT NULL DEFAULT 0 CHECK (speech_used IN (0, 1)),
      CHECK ((ended_at IS NULL) = (end_reason IS NULL))
    ) STRICT;
    CREATE INDEX citizen_sessions_by_start ON citizen_sessions (started_at);
    CREATE INDEX citizen_sessions_open ON citizen_sessions (id) WHERE ended_at IS NULL;

    CREATE TABLE citizen_session_languages (
      session_id INTEGER NOT NULL REFERENCES citizen_sessions (id) ON DELETE CASCADE,
      language TEXT NOT NULL,
      PRIMARY KEY (session_id, language)
    ) STRICT, WITHOUT ROWID;
  `);
}
