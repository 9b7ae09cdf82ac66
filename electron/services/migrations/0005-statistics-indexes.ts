import type { Database } from 'better-sqlite3';

/**
 * Indexes that let the statistics dashboard count a year of a busy centre (about 100,000 sessions)
 * by index ranges instead of reading and sorting rows, and one that keeps ending a session fast
 * once there are millions of flow runs.
 */
export function up(db: Database): void {
  db.exec(`
    -- Only sessions that used a setting, with the settings, so the dashboard reads a quarter of a
    -- period's sessions instead of all of them. The WHERE must match statistics.ts word for word.
    CREATE INDEX citizen_sessions_with_settings
      ON citizen_sessions (started_at, text_size_max, high_contrast_used, reduced_motion_used, speech_used)
      WHERE text_size_max > 100 OR high_contrast_used = 1 OR reduced_motion_used = 1 OR speech_used = 1;

    -- Counting one language's sessions in a range of session ids, without sorting by language.
    CREATE INDEX citizen_session_languages_by_language ON citizen_session_languages (language, session_id);

    -- Which citizen sessions staff helped with (also what deleting a citizen session looks up).
    CREATE INDEX assisted_sessions_by_citizen_session ON assisted_sessions (citizen_session_id);

    -- Counting one flow's runs and outcomes in a period, without sorting by flow.
    CREATE INDEX flow_runs_by_flow ON flow_runs (flow_id, started_at, outcome);

    -- Ending a session closes its open runs; without this it read every run ever recorded.
    CREATE INDEX flow_runs_open ON flow_runs (session_id) WHERE ended_at IS NULL;
  `);
}
