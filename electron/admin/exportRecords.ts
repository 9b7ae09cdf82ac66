import type { Database } from 'better-sqlite3';
import { stringify } from 'csv-stringify/sync';

export const exportKinds = ['sessions', 'assisted', 'exemptions'] as const;
export type ExportKind = (typeof exportKinds)[number];

/** Whole local-time days, both included: records started at or after `startMs` and before `endMs`. */
export interface ExportPeriod {
  from: string;
  to: string;
  startMs: number;
  endMs: number;
}

type Cell = string | number | null;
export interface ExportTable {
  header: string[];
  rows: Cell[][];
}
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

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * Local time as "YYYY-MM-DD HH:MM:SS", which spreadsheets read as a date and time. Without an
 * offset, the hour repeated when clocks go back in October is ambiguous; the ids keep the order.
 */
export function localTimestamp(ms: number | null): string {
  if (ms === null) return '';
  const d = new Date(ms);
  const date = `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
  return `${date} ${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;
}

/**
 * Spreadsheets run a cell that begins with = + - @ (or a tab or carriage return before one) as a
 * formula: a note typed as "=HYPERLINK(...)" would become a link. A leading apostrophe makes it text.
 */
export function spreadsheetSafe(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** UTF-8 with a byte order mark, so Excel shows æ, ø, å and Arabic script as written. */
export function toCsv(table: ExportTable): string {
  return stringify([table.header, ...table.rows], { bom: true, cast: { string: spreadsheetSafe } });
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

/**
 * One exporter per kind. Exemption requests have no table yet (a later issue adds them); their
 * exporter is the one function to add here, and until then the command line says there are none.
 */
export const exporters: Partial<Record<ExportKind, Exporter>> = { sessions, assisted };
