import path from 'node:path';
import electronLog from 'electron-log/node';
import { looksLikeCpr } from './assistedSessions';
import type { LogDetails, LogSink } from './log';

/** The log folder in the data folder, and how large a file grows before it is rotated. */
export const LOG_FOLDER = 'logs';
export const LOG_FILE = 'main.log';
const ONE_MEGABYTE = 1024 * 1024;

/**
 * Call sites pass codes, counts and file names only (log.ts). This is the last guard, for the day
 * someone forgets: a detail that looks like a CPR number or carries a long run of digits (a phone
 * number, a case number) is replaced before it reaches the file.
 */
export function withoutPersonalData(details: LogDetails): LogDetails {
  const safe: LogDetails = {};
  for (const [key, value] of Object.entries(details)) {
    safe[key] = typeof value === 'string' && (looksLikeCpr(value) || /\d{8,}/.test(value)) ? '[removed]' : value;
  }
  return safe;
}

/**
 * Writes the log to logs/main.log in the data folder with electron-log; at 1 MB the file becomes
 * main.old.log and a new one starts, so the log never fills the disk.
 */
export function rotatingLogSink(dataDir: string, { maxBytes = ONE_MEGABYTE } = {}): LogSink {
  const logger = electronLog.create({ logId: `borgerkiosk-${dataDir}` });
  logger.transports.file.resolvePathFn = () => path.join(dataDir, LOG_FOLDER, LOG_FILE);
  logger.transports.file.maxSize = maxBytes;
  logger.transports.file.format = '{y}-{m}-{d} {h}:{i}:{s}.{ms} {level} {text}';
  // log.ts writes the console itself.
  logger.transports.console.level = false;
  return (level, event, details) => logger[level](`${event} ${JSON.stringify(withoutPersonalData(details))}`);
}
