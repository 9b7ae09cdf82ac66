import type { KioskConfig } from './config';
import { weekdays } from './config';

/**
 * The kiosk's day, from config.operations: when the centre is open (the display is kept awake)
 * and when the daily restart is due. Pure functions of the local clock; the main process asks
 * them once a minute, which also follows clock changes and summer time without arithmetic.
 */

type Operations = KioskConfig['operations'];

const minutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
const minuteOfDay = (at: Date) => at.getHours() * 60 + at.getMinutes();

/** Whether `at` falls within that weekday's opening hours ("" is a closed day). */
export function isOpenAt(at: Date, openingHours: Operations['openingHours']): boolean {
  // getDay() counts from Sunday; the config's week starts on Monday, as a Danish week does.
  const hours = openingHours[weekdays[(at.getDay() + 6) % 7]!];
  if (!hours) return false;
  const now = minuteOfDay(at);
  return now >= minutes(hours.slice(0, 5)) && now < minutes(hours.slice(6));
}

/**
 * Whether the kiosk, started at `startedAt`, should restart now: a restart time has come since it
 * started. A kiosk started after today's restart time waits for tomorrow's, and one that was busy
 * at the time restarts as soon as it is free (the caller checks that it is free).
 */
export function isRestartDue(now: Date, startedAt: Date, dailyRestart: string): boolean {
  if (!dailyRestart) return false;
  const latest = new Date(now);
  latest.setHours(Number(dailyRestart.slice(0, 2)), Number(dailyRestart.slice(3, 5)), 0, 0);
  // Not yet today: the last one was yesterday, at the same wall-clock time (summer time included).
  if (latest > now) latest.setDate(latest.getDate() - 1);
  return startedAt < latest;
}
