/**
 * The services' log. Lines are short English sentences for IT staff with an event name and
 * non-personal details only: callers pass codes, counts and file names, never what a citizen typed.
 * Lines also go to a rotating file in the data folder (logFile.ts) once the kiosk knows where that is.
 */
export type LogLevel = 'info' | 'warn' | 'error';
export type LogDetails = Record<string, string | number | boolean | undefined>;
export type LogSink = (level: LogLevel, event: string, details: LogDetails) => void;

const consoleSink: LogSink = (level, event, details) => {
  const line = `${new Date().toISOString()} ${level} ${event} ${JSON.stringify(details)}`;
  if (level === 'info') console.log(line);
  else console.error(line);
};

let sink: LogSink = consoleSink;
let fileSink: LogSink | null = null;

/** Where lines go first: the console by default; tests make it silent or capture it. */
export function setLogSink(next: LogSink): void {
  sink = next;
}

/** The kiosk's log file, written as well as the console (logFile.ts; the main process and preview set it). */
export function setLogFile(next: LogSink | null): void {
  fileSink = next;
}

const write = (level: LogLevel, event: string, details: LogDetails) => {
  sink(level, event, details);
  fileSink?.(level, event, details);
};

export const log = {
  info: (event: string, details: LogDetails = {}) => write('info', event, details),
  warn: (event: string, details: LogDetails = {}) => write('warn', event, details),
  error: (event: string, details: LogDetails = {}) => write('error', event, details),
};
