import { stringify } from 'csv-stringify/sync';

/** A table for a spreadsheet: the command line's exports and staff's export of exemption requests. */
type Cell = string | number | null;
export interface ExportTable {
  header: string[];
  rows: Cell[][];
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
