import type { Database } from 'better-sqlite3';
import { localTimestamp, toCsv, type ExportTable } from '../services/csvTable';

export const exportKinds = ['sessions', 'assisted', 'exemptions'] as const;
export type ExportKind = (typeof exportKinds)[number];

/** Whole local-time days, both included: records started at or after `startMs` and before `endMs`. */
export interface ExportPeriod {
  from: string;
  to: string;
  startMs: number;
  endMs: number;
}

export { localTimestamp, toCsv, type ExportTable };
export type Exporter = (db: Database, period: ExportPeriod) => ExportTable;

/** A YYYY-MM-DD that names a real day, as local midnight; null otherwise (2025-02-30, 25-1-1). */
function localMidnight(text: string, addDays = 0): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]) - 1, Number(match[3])];
  const date = new Date(year, month, day);
  const real = date.getFullYear() === year && date.getMonth() === month && date.getDate() === day;
  // Built from the day's fields rather than by adding 24 h, so days of 23 or 25 hours (DST) come out right.
  return real ? new Date(year, month, day + addDays).getTime() : null;
}

/** The period from --from to --to, or why it is not one. */
export function parsePeriod(from: string, to: string): ExportPeriod | string {
  const startMs = localMidnight(from);
  const endMs = localMidnight(to, 1);
  if (startMs === null) return `--from must be a real date as YYYY-MM-DD, not "${from}"`;
  if (endMs === null) return `--to must be a real date as YYYY-MM-DD, not "${to}"`;
  if (endMs <= startMs) return `--from ${from} is after --to ${to}`;
  return { from, to, startMs, endMs };
}

// Named as in the database, so a spreadsheet and the schema use the same words.
const SESSION_COLUMNS = [
  'id',
  'terminal_id',
  'started_at',
  'ended_at',
  'end_reason',
  'languages',
  'text_size_max',
  'high_contrast_used',
  'reduced_motion_used',
  'speech_used',
] as const;
const ASSISTED_COLUMNS = [
  'id',
  'staff_id',
  'citizen_session_id',
  'help_request_id',
  'terminal_id',
  'started_at',
  'ended_at',
  'duration_seconds',
  'language',
  'topics',
  'outcome',
  'effort',
  'note',
] as const;

const sessions: Exporter = (db, period) => {
  const rows = db
    .prepare<[number, number], Record<string, number | string | null>>(
      `SELECT s.*, (SELECT group_concat(language, ' ' ORDER BY language)
                    FROM citizen_session_languages WHERE session_id = s.id) AS languages
       FROM citizen_sessions s WHERE started_at >= ? AND started_at < ? ORDER BY started_at, id`,
    )
    .all(period.startMs, period.endMs);
  const header = [...SESSION_COLUMNS];
  return {
    header,
    rows: rows.map((r) =>
      header.map((column) =>
        column.endsWith('_at') ? localTimestamp(r[column] as number | null) : (r[column] ?? null),
      ),
    ),
  };
};

const assisted: Exporter = (db, period) => {
  const rows = db
    .prepare<[number, number], Record<string, number | string | null>>(
      `SELECT a.*, (SELECT group_concat(topic, ' ' ORDER BY topic)
                    FROM assisted_session_topics WHERE assisted_session_id = a.id) AS topics
       FROM assisted_sessions a WHERE started_at >= ? AND started_at < ? ORDER BY started_at, id`,
    )
    .all(period.startMs, period.endMs);
  const header = [...ASSISTED_COLUMNS];
  return {
    header,
    rows: rows.map((r) => {
      const started = r.started_at as number;
      const ended = r.ended_at as number | null;
      // Measured the same way as when the session was finished: rounded whole seconds.
      const duration = ended === null ? null : Math.round((ended - started) / 1000);
      return header.map((column) => {
        if (column === 'duration_seconds') return duration;
        if (column.endsWith('_at')) return localTimestamp(r[column] as number | null);
        return r[column] ?? null;
      });
    }),
  };
};

// Exemption requests for tracking, never their personal data: that stays sealed in the database,
// and the one export with it (for the caseworker) is a staff action on the kiosk, audited there.
const EXEMPTION_COLUMNS = [
  'id',
  'reference',
  'kind',
  'status',
  'terminal_id',
  'language',
  'applicant',
  'requested_at',
  'verified_by',
  'id_document',
  'power_of_attorney_seen',
  'signed_on_paper',
  'entered_at',
  'entered_by',
  'withdrawn_at',
  'withdrawn_by',
  'deleted_at',
] as const;

const exemptions: Exporter = (db, period) => {
  const header = [...EXEMPTION_COLUMNS];
  const rows = db
    .prepare<[number, number], Record<string, number | string | null>>(
      `SELECT ${header.join(', ')} FROM exemption_requests
       WHERE requested_at >= ? AND requested_at < ? ORDER BY requested_at, id`,
    )
    .all(period.startMs, period.endMs);
  return {
    header,
    rows: rows.map((r) =>
      header.map((column) =>
        column.endsWith('_at') ? localTimestamp(r[column] as number | null) : (r[column] ?? null),
      ),
    ),
  };
};

/** One exporter per kind of record. */
export const exporters: Record<ExportKind, Exporter> = { sessions, assisted, exemptions };
