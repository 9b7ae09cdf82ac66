import type { Database } from 'better-sqlite3';
import { taskIds } from '../api/tasks';
import type { AuditTrail } from './auditTrail';
import type { HelpRequests } from './helpRequests';
import { KioskError } from './kioskError';

export const assistedOutcomes = ['solved', 'partly-solved', 'referred', 'exemption-registered', 'not-solved'] as const;
export type AssistedOutcome = (typeof assistedOutcomes)[number];

/** What an assisted session was about: the guided tasks, plus anything else. */
export const assistedTopics = [...taskIds, 'other'] as const;
export type AssistedTopic = (typeof assistedTopics)[number];

export interface AssistedRecord {
  topics: AssistedTopic[];
  /** The language staff used with the citizen. */
  language: string;
  outcome: AssistedOutcome;
  /** Effort on the READ scale, 1 (answered at once) to 6 (specialist work over a long time). */
  effort: number;
  note?: string;
}

// Six digits that could be a date (DDMMYY), then four more, with or without a dash or space
// between: how a CPR number is written.
const CPR_LIKE = /(?<!\d)(\d{2})(\d{2})\d{2}[\s-]?\d{4}(?!\d)/;

// Arabic-Indic (Arabic) and extended Arabic-Indic (Persian, Urdu) digits, as the flows accept them.
const ZEROS = [0x0660, 0x06f0];

function asciiDigits(text: string): string {
  return text.replace(/[\u0660-\u0669\u06f0-\u06f9]/g, (d) => {
    const code = d.codePointAt(0)!;
    const zero = ZEROS.find((z) => code >= z && code <= z + 9)!;
    return String(code - zero);
  });
}

/** True when the text contains something written like a CPR number (a plausible date and 4 digits). */
export function looksLikeCpr(text: string): boolean {
  const match = CPR_LIKE.exec(asciiDigits(text));
  if (!match) return false;
  const day = Number(match[1]);
  const month = Number(match[2]);
  return day >= 1 && day <= 31 && month >= 1 && month <= 12;
}

/**
 * Staff helping a citizen at the terminal. Started by staff (linked to the citizen's anonymous
 * session and, when there is one, the help request that called them, which it answers), finished
 * with what it was about and how it went. The duration is measured from start to finish, never
 * typed. The optional note must not hold personal data: one that looks like a CPR number is refused.
 */
export function createAssistedSessions(
  db: Database,
  options: { terminalId: string; helpRequests: HelpRequests; audit: AuditTrail; now?: () => number },
) {
  const { terminalId, helpRequests, audit } = options;
  const now = options.now ?? Date.now;
  const helpRequest = db.prepare<[number], { session_id: number | null; acknowledged_at: number | null }>(
    'SELECT session_id, acknowledged_at FROM help_requests WHERE id = ?',
  );
  const latestRequestOf = db.prepare<[number], { id: number; acknowledged_at: number | null }>(
    'SELECT id, acknowledged_at FROM help_requests WHERE session_id = ? ORDER BY requested_at DESC, id DESC LIMIT 1',
  );
  const sessionExists = db.prepare<[number], { id: number }>('SELECT id FROM citizen_sessions WHERE id = ?');
  const insert = db.prepare(
    `INSERT INTO assisted_sessions (staff_id, citizen_session_id, help_request_id, terminal_id, started_at)
     VALUES (?, ?, ?, ?, ?)`,
  );
  const byId = db.prepare<[number], { started_at: number; ended_at: number | null }>(
    'SELECT started_at, ended_at FROM assisted_sessions WHERE id = ?',
  );
  const finishRow = db.prepare(
    'UPDATE assisted_sessions SET ended_at = ?, language = ?, outcome = ?, effort = ?, note = ? WHERE id = ?',
  );
  const addTopic = db.prepare(
    'INSERT OR IGNORE INTO assisted_session_topics (assisted_session_id, topic) VALUES (?, ?)',
  );

  return {
    start: db.transaction((staffId: number, link: { sessionId?: number; helpRequestId?: number }) => {
      let sessionId = link.sessionId ?? null;
      let requestId: number | null = null;
      if (link.helpRequestId !== undefined) {
        const row = helpRequest.get(link.helpRequestId);
        if (!row) throw new KioskError('help_request_not_found', 'errors.helpRequestNotFound');
        requestId = link.helpRequestId;
        sessionId ??= row.session_id;
        if (row.acknowledged_at === null) helpRequests.acknowledge(requestId);
      } else if (sessionId !== null) {
        // Staff who come to a citizen's call without the list still answer it.
        const latest = latestRequestOf.get(sessionId);
        if (latest) {
          requestId = latest.id;
          if (latest.acknowledged_at === null) helpRequests.acknowledge(latest.id);
        }
      }
      if (sessionId !== null && !sessionExists.get(sessionId)) {
        throw new KioskError('session_not_found', 'errors.sessionNotFound');
      }
      const startedAt = now();
      const assistedId = Number(insert.run(staffId, sessionId, requestId, terminalId, startedAt).lastInsertRowid);
      audit.append(staffId, 'assisted.started', { assistedId, ...(requestId ? { helpRequestId: requestId } : {}) });
      return { assistedId, startedAt, helpRequestId: requestId };
    }),

    /** Records what the session was about; returns its measured length in seconds. */
    finish: db.transaction((staffId: number, assistedId: number, record: AssistedRecord): number => {
      const row = byId.get(assistedId);
      if (!row) throw new KioskError('assisted_not_found', 'staff:errors.assistedNotFound');
      if (row.ended_at !== null) throw new KioskError('assisted_finished', 'staff:errors.assistedFinished');
      const note = record.note?.trim() ? record.note.trim() : null;
      if (note !== null && looksLikeCpr(note)) throw new KioskError('note_looks_like_cpr', 'staff:errors.noteCpr');
      const endedAt = Math.max(now(), row.started_at);
      finishRow.run(endedAt, record.language, record.outcome, record.effort, note, assistedId);
      for (const topic of new Set(record.topics)) addTopic.run(assistedId, topic);
      audit.append(staffId, 'assisted.finished', { assistedId });
      return Math.round((endedAt - row.started_at) / 1000);
    }),
  };
}

export type AssistedSessions = ReturnType<typeof createAssistedSessions>;
