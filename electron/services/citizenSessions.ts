import type { Database } from 'better-sqlite3';
import { KioskError } from './kioskError';

export type SessionEndReason = 'idle' | 'finished' | 'interrupted';

/** The accessibility settings a citizen chose; recorded as "used at some point in the session". */
export interface SettingsInUse {
  textSize: number;
  highContrast: boolean;
  reducedMotion: boolean;
  speech: boolean;
}

export interface CitizenSessionRow {
  id: number;
  terminalId: string;
  startedAt: number;
  endedAt: number | null;
  endReason: SessionEndReason | null;
  textSizeMax: number;
  highContrastUsed: boolean;
  reducedMotionUsed: boolean;
  speechUsed: boolean;
  languages: string[];
}

/**
 * Each use of the kiosk, first touch to reset, recorded anonymously for the centre's statistics.
 * Nothing here can identify a citizen: no names, no input, only times, languages and settings.
 */
export function createCitizenSessions(db: Database, terminalId: string, now: () => number = Date.now) {
  const insert = db.prepare('INSERT INTO citizen_sessions (terminal_id, started_at) VALUES (?, ?)');
  const addLanguage = db.prepare(
    'INSERT OR IGNORE INTO citizen_session_languages (session_id, language) VALUES (?, ?)',
  );
  const openState = db.prepare<[number], { ended_at: number | null }>(
    'SELECT ended_at FROM citizen_sessions WHERE id = ?',
  );
  const noteSettings = db.prepare(`
    UPDATE citizen_sessions SET
      text_size_max = max(text_size_max, @textSize),
      high_contrast_used = high_contrast_used | @highContrast,
      reduced_motion_used = reduced_motion_used | @reducedMotion,
      speech_used = speech_used | @speech
    WHERE id = @id`);
  const close = db.prepare('UPDATE citizen_sessions SET ended_at = ?, end_reason = ? WHERE id = ?');
  const closeAllOpen = db.prepare(
    "UPDATE citizen_sessions SET ended_at = ?, end_reason = 'interrupted' WHERE ended_at IS NULL",
  );
  // A flow still open when its session ends was left unfinished.
  const abandonRuns = db.prepare(
    "UPDATE flow_runs SET ended_at = @at, outcome = 'abandoned' WHERE ended_at IS NULL AND (@id IS NULL OR session_id = @id)",
  );

  function requireOpen(id: number): void {
    const row = openState.get(id);
    if (!row) throw new KioskError('session_not_found', 'errors.sessionNotFound');
    if (row.ended_at !== null) throw new KioskError('session_closed', 'errors.sessionClosed');
  }

  return {
    /** Starts a session at the citizen's first touch, in the language on screen at that moment. */
    start: db.transaction((language: string): number => {
      const id = Number(insert.run(terminalId, now()).lastInsertRowid);
      addLanguage.run(id, language);
      return id;
    }),

    useLanguage: db.transaction((id: number, language: string): void => {
      requireOpen(id);
      addLanguage.run(id, language);
    }),

    useSettings: db.transaction((id: number, settings: SettingsInUse): void => {
      requireOpen(id);
      noteSettings.run({
        id,
        textSize: settings.textSize,
        highContrast: settings.highContrast ? 1 : 0,
        reducedMotion: settings.reducedMotion ? 1 : 0,
        speech: settings.speech ? 1 : 0,
      });
    }),

    end: db.transaction((id: number, reason: SessionEndReason): void => {
      requireOpen(id);
      const at = now();
      abandonRuns.run({ at, id });
      close.run(at, reason, id);
    }),

    /** Sessions left open by a crash, a reload or a power cut end as "interrupted". */
    /** Whether someone is using the kiosk now (a session started and not yet ended). */
    anyOpen: (): boolean =>
      db.prepare('SELECT 1 FROM citizen_sessions WHERE ended_at IS NULL LIMIT 1').get() !== undefined,

    closeInterrupted: db.transaction((): number => {
      const at = now();
      abandonRuns.run({ at, id: null });
      return closeAllOpen.run(at).changes;
    }),

    get(id: number): CitizenSessionRow | undefined {
      const row = db
        .prepare<[number], Record<string, number | string | null>>('SELECT * FROM citizen_sessions WHERE id = ?')
        .get(id);
      if (!row) return undefined;
      const langs = db
        .prepare<[number], { language: string }>(
          'SELECT language FROM citizen_session_languages WHERE session_id = ? ORDER BY language',
        )
        .all(id)
        .map((r) => r.language);
      return {
        id: Number(row.id),
        terminalId: String(row.terminal_id),
        startedAt: Number(row.started_at),
        endedAt: row.ended_at === null ? null : Number(row.ended_at),
        endReason: row.end_reason as SessionEndReason | null,
        textSizeMax: Number(row.text_size_max),
        highContrastUsed: row.high_contrast_used === 1,
        reducedMotionUsed: row.reduced_motion_used === 1,
        speechUsed: row.speech_used === 1,
        languages: langs,
      };
    },
  };
}

export type CitizenSessions = ReturnType<typeof createCitizenSessions>;
