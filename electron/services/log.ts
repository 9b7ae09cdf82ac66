/**
 * The services' log. Lines are short English sentences for IT staff with an event name and
 * non-personal details only: callers pass codes, counts and file names, never what a citizen typed.
 * Issue 6 swaps the sink for a rotating file; the call sites stay as they are.
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

export function setLogSink(next: LogSink): void {
  sink = next;
}

export const log = {
  info: (event: string, details: LogDetails = {}) => sink('info', event, details),
  warn: (event: string, details: LogDetails = {}) => sink('warn', event, details),
  error: (event: string, details: LogDetails = {}) => sink('error', event, details),
};
