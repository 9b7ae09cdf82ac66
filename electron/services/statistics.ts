import type { Database } from 'better-sqlite3';
import { spreadsheetSafe } from './csvTable';
import { stringify } from 'csv-stringify/sync';
import { KioskError } from './kioskError';
import { isoDay, type Dashboard } from './statisticsSchema';

/** The longest period the dashboard covers: ten years, leap days and a little more. */
const MAX_DAYS = 3700;
const DAY_MS = 86_400_000;

// Must be the WHERE of the partial index citizen_sessions_with_settings (migration 5), word for
// word, or SQLite will not use it.
const SETTINGS_USED = 'text_size_max > 100 OR high_contrast_used = 1 OR reduced_motion_used = 1 OR speech_used = 1';

const periodError = () => new KioskError('stats_period', 'staff:errors.statsPeriod');

/** A YYYY-MM-DD day as [year, month 1-12, day], refusing days the calendar lacks (2025-02-30). */
function calendarDay(day: string): [number, number, number] {
  if (!isoDay.safeParse(day).success) throw periodError();
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const check = new Date(Date.UTC(y, m - 1, d));
  if (check.getUTCFullYear() !== y || check.getUTCMonth() !== m - 1 || check.getUTCDate() !== d) throw periodError();
  return [y, m, d];
}

/**
 * The period's days and the local midnight each starts at, plus the one after the last day. Days
 * are counted on the calendar; their start comes from the local clock, so a day on which summer
 * time begins or ends is 23 or 25 hours long, as it was at the centre.
 */
function periodDays(from: string, to: string): { dates: string[]; starts: number[] } {
  const [y, m, d] = calendarDay(from);
  const [y2, m2, d2] = calendarDay(to);
  const days = Math.round((Date.UTC(y2, m2 - 1, d2) - Date.UTC(y, m - 1, d)) / DAY_MS) + 1;
  if (days < 1 || days > MAX_DAYS) throw periodError();
  const dates: string[] = [];
  const starts: number[] = [];
  for (let i = 0; i <= days; i++) {
    if (i < days) dates.push(new Date(Date.UTC(y, m - 1, d + i)).toISOString().slice(0, 10));
    starts.push(new Date(y, m - 1, d + i).getTime());
  }
  return { dates, starts };
}

/** Which day of the period a time falls on: the last day start at or before it (binary search). */
function dayOf(starts: number[], at: number): number {
  let low = 0;
  let high = starts.length - 2;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (starts[mid]! <= at) low = mid;
    else high = mid - 1;
  }
  return low;
}

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = Float64Array.from(values).sort();
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Most used first, ties by name, so the same figures always list the same way. */
function mostUsed(counts: Iterable<[string, number]>): [string, number][] {
  return [...counts].sort(([a, x], [b, y]) => y - x || (a < b ? -1 : a > b ? 1 : 0));
}

/**
 * The centre's statistics dashboard for a period of local calendar days. A year of a busy centre
 * is about 100,000 sessions, so they are counted in SQLite over index ranges (migration 5) rather
 * than read out; only the starts of helped sessions, assisted sessions and waits, a fifth as many
 * or fewer, come back as rows. All in one read transaction, so the figures agree with each other.
 */
export function createStatistics(db: Database) {
  const inPeriod = 'started_at >= @from AND started_at < @to';
  const sessionsStarted = db.prepare(`SELECT count(*) FROM citizen_sessions WHERE ${inPeriod}`).pluck();
  const sessionIds = db.prepare(`SELECT min(id), max(id) FROM citizen_sessions WHERE ${inPeriod}`).raw();
  const helpedSessionStarts = db
    .prepare(
      `SELECT started_at FROM citizen_sessions
       WHERE id IN (SELECT citizen_session_id FROM assisted_sessions WHERE citizen_session_id BETWEEN @low AND @high)
         AND ${inPeriod}`,
    )
    .pluck();
  const settings = db
    .prepare(
      `SELECT sum(text_size_max > 100), sum(high_contrast_used), sum(reduced_motion_used), sum(speech_used)
       FROM citizen_sessions WHERE (${SETTINGS_USED}) AND ${inPeriod}`,
    )
    .raw();
  const nextLanguage = db.prepare('SELECT min(language) FROM citizen_session_languages WHERE language > ?').pluck();
  const languageInIds = db
    .prepare('SELECT count(*) FROM citizen_session_languages WHERE language = ? AND session_id BETWEEN @low AND @high')
    .pluck();
  const languagesByStart = db
    .prepare(
      `SELECT l.language, count(*) FROM citizen_session_languages l JOIN citizen_sessions c ON c.id = l.session_id
       WHERE l.session_id BETWEEN @low AND @high AND c.${inPeriod} GROUP BY l.language`,
    )
    .raw();
  const nextFlow = db.prepare('SELECT min(flow_id) FROM flow_runs WHERE flow_id > ?').pluck();
  const flowRuns = db
    .prepare(
      `SELECT count(*), count(*) FILTER (WHERE outcome = 'completed'), count(*) FILTER (WHERE outcome = 'abandoned')
       FROM flow_runs WHERE flow_id = ? AND ${inPeriod}`,
    )
    .raw();
  const helpRequested = db
    .prepare('SELECT count(*) FROM help_requests WHERE requested_at >= @from AND requested_at < @to')
    .pluck();
  const waits = db
    .prepare(
      `SELECT acknowledged_at - requested_at FROM help_requests
       WHERE requested_at >= @from AND requested_at < @to AND acknowledged_at IS NOT NULL`,
    )
    .pluck();
  const assisted = db.prepare(`SELECT started_at, ended_at, outcome FROM assisted_sessions WHERE ${inPeriod}`).raw();
  const topics = db
    .prepare(
      `SELECT t.topic, count(*) FROM assisted_sessions a JOIN assisted_session_topics t ON t.assisted_session_id = a.id
       WHERE a.${inPeriod} GROUP BY t.topic`,
    )
    .raw();

  /** Every value of an indexed text column, one index seek each, however many rows there are. */
  function distinct(next: typeof nextFlow): string[] {
    const values: string[] = [];
    for (let v = next.get('') as string | null; v !== null; v = next.get(v) as string | null) values.push(v);
    return values;
  }

  /** Sessions started in the period in which each language was shown; `ids` are their lowest and highest id. */
  function languagesOf(ids: { from: number; to: number; low: number; high: number }, sessions: number) {
    // Sessions are numbered as they start, so a period's sessions are usually exactly the ids low
    // to high and their languages can be counted by id. When not (the clock was set back, or
    // sessions were deleted), each language row is checked against its session's start.
    if (ids.high - ids.low + 1 !== sessions) return mostUsed(languagesByStart.all(ids) as [string, number][]);
    const counts = distinct(nextLanguage).map((language): [string, number] => [
      language,
      languageInIds.get(language, ids) as number,
    ]);
    return mostUsed(counts.filter(([, n]) => n > 0));
  }

  function dashboard(from: string, to: string): Dashboard {
    const { dates, starts } = periodDays(from, to);
    const period = { from: starts[0]!, to: starts.at(-1)! };
    // Every session started that day, to begin with; those staff helped with are taken off below.
    const perDay = dates.map((date, i) => ({
      date,
      selfService: sessionsStarted.get({ from: starts[i], to: starts[i + 1] }) as number,
      assisted: 0,
    }));
    const sessions = perDay.reduce((sum, day) => sum + day.selfService, 0);

    const [low, high] = sessionIds.get(period) as [number | null, number | null];
    const ids = low === null || high === null ? null : { ...period, low, high };
    if (ids) {
      for (const at of helpedSessionStarts.all(ids) as number[]) perDay[dayOf(starts, at)]!.selfService--;
    }

    const outcomes = new Map<string, number>();
    const assistedDurations: number[] = [];
    const assistedRows = assisted.all(period) as [number, number | null, string | null][];
    for (const [startedAt, endedAt, outcome] of assistedRows) {
      perDay[dayOf(starts, startedAt)]!.assisted++;
      if (endedAt === null || outcome === null) continue;
      outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);
      assistedDurations.push(Math.max(0, endedAt - startedAt) / 1000);
    }

    const flows = distinct(nextFlow)
      .map((flowId) => {
        const [started, completed, abandoned] = flowRuns.get(flowId, period) as [number, number, number];
        return { flowId, started, completed, abandoned };
      })
      .filter((flow) => flow.started > 0)
      .sort((a, b) => b.started - a.started || (a.flowId < b.flowId ? -1 : 1));

    // A clock set back between the call and the answer must not make a negative wait.
    const waited = (waits.all(period) as number[]).map((ms) => Math.max(0, ms) / 1000);
    const [largerText, highContrast, reducedMotion, speech] = (settings.get(period) as (number | null)[]).map(
      (n) => n ?? 0,
    ) as [number, number, number, number];

    return {
      from,
      to,
      perDay,
      totals: {
        sessions,
        assistedSessions: assistedRows.length,
        flowRuns: flows.reduce((sum, flow) => sum + flow.started, 0),
        helpRequests: helpRequested.get(period) as number,
        helpAnswered: waited.length,
        medianWaitSeconds: median(waited),
        medianAssistedSeconds: median(assistedDurations),
      },
      topTasks: flows.map((flow) => ({ task: flow.flowId, count: flow.started })),
      assistedTopics: mostUsed(topics.all(period) as [string, number][]).map(([topic, count]) => ({ topic, count })),
      languages: (ids ? languagesOf(ids, sessions) : []).map(([language, n]) => ({ language, sessions: n })),
      outcomes: mostUsed(outcomes).map(([outcome, count]) => ({ outcome, count })),
      flows,
      settings: { sessions, largerText, highContrast, reducedMotion, speech },
    };
  }

  return { dashboard: db.transaction(dashboard) };
}

export type Statistics = ReturnType<typeof createStatistics>;

/**
 * The dashboard as one long table, section,item,value, which any spreadsheet can filter or pivot:
 * the days first, then the totals, then each list in the order shown. An unknown median is empty.
 */
export function dashboardCsv(d: Dashboard): string {
  const rows: (string | number | null)[][] = [['section', 'item', 'value']];
  for (const day of d.perDay) rows.push(['perDay.selfService', day.date, day.selfService]);
  for (const day of d.perDay) rows.push(['perDay.assisted', day.date, day.assisted]);
  for (const [item, value] of Object.entries(d.totals)) rows.push(['totals', item, value]);
  for (const t of d.topTasks) rows.push(['topTasks', t.task, t.count]);
  for (const t of d.assistedTopics) rows.push(['assistedTopics', t.topic, t.count]);
  for (const l of d.languages) rows.push(['languages', l.language, l.sessions]);
  for (const o of d.outcomes) rows.push(['outcomes', o.outcome, o.count]);
  for (const f of d.flows) {
    rows.push(['flows.started', f.flowId, f.started]);
    rows.push(['flows.completed', f.flowId, f.completed]);
    rows.push(['flows.abandoned', f.flowId, f.abandoned]);
  }
  for (const [item, value] of Object.entries(d.settings)) rows.push(['settings', item, value]);
  // Every cell comes from a fixed list today; formula-safe all the same, like every export.
  return stringify(rows, { cast: { string: spreadsheetSafe } });
}
