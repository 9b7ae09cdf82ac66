import path from 'node:path';
import type { Database } from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { connectKioskDatabase, DATABASE_FILE } from '../../electron/services/database';
import { createStatistics, dashboardCsv } from '../../electron/services/statistics';
import { dashboardSchema } from '../../electron/services/statisticsSchema';
import { freshDataDir } from '../helpers/kioskFixture';

// The kiosk's own zone, so that 30 March 2025, when summer time began, is a 23-hour day.
const zoneBefore = process.env.TZ;
process.env.TZ = 'Europe/Copenhagen';
afterAll(() => {
  if (zoneBefore === undefined) delete process.env.TZ;
  else process.env.TZ = zoneBefore;
});

/** A local time on a YYYY-MM-DD day, as the kiosk's clock would have stamped it. */
function local(day: string, time: string): number {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const [h, min, s = 0] = time.split(':').map(Number) as [number, number, number?];
  return new Date(y, m - 1, d, h, min, s).getTime();
}

interface Settings {
  textSize?: number;
  highContrast?: boolean;
  reducedMotion?: boolean;
  speech?: boolean;
}

/** A migrated kiosk database in a fresh data folder, and helpers that insert rows as the services would leave them. */
function kioskRecords() {
  const db: Database = connectKioskDatabase(path.join(freshDataDir('kiosk-stats-'), DATABASE_FILE));
  const staffId = Number(
    db
      .prepare(
        "INSERT INTO staff (name, role, pin_hash, pin_salt, pin_params, created_at) VALUES ('Mette', 'staff', x'00', x'00', '{}', 0)",
      )
      .run().lastInsertRowid,
  );
  const minutes = (n: number) => n * 60_000;
  return {
    db,
    session(startedAt: number, languages: string[], settings: Settings = {}): number {
      const id = Number(
        db
          .prepare(
            `INSERT INTO citizen_sessions (terminal_id, started_at, ended_at, end_reason, text_size_max,
               high_contrast_used, reduced_motion_used, speech_used) VALUES ('kiosk-1', ?, ?, 'finished', ?, ?, ?, ?)`,
          )
          .run(
            startedAt,
            startedAt + minutes(5),
            settings.textSize ?? 100,
            settings.highContrast ? 1 : 0,
            settings.reducedMotion ? 1 : 0,
            settings.speech ? 1 : 0,
          ).lastInsertRowid,
      );
      for (const language of languages) {
        db.prepare('INSERT INTO citizen_session_languages (session_id, language) VALUES (?, ?)').run(id, language);
      }
      return id;
    },
    flowRun(sessionId: number, flowId: string, startedAt: number, outcome: 'completed' | 'abandoned' | null): void {
      db.prepare(
        'INSERT INTO flow_runs (session_id, flow_id, language, started_at, ended_at, outcome) VALUES (?, ?, ?, ?, ?, ?)',
      ).run(sessionId, flowId, 'da', startedAt, outcome ? startedAt + minutes(2) : null, outcome);
    },
    helpRequest(sessionId: number, requestedAt: number, waitSeconds: number | null): void {
      db.prepare(
        "INSERT INTO help_requests (session_id, terminal_id, requested_at, acknowledged_at) VALUES (?, 'kiosk-1', ?, ?)",
      ).run(sessionId, requestedAt, waitSeconds === null ? null : requestedAt + waitSeconds * 1000);
    },
    assisted(
      citizenSessionId: number | null,
      startedAt: number,
      finished?: { seconds: number; outcome: string; topics: string[] },
    ): void {
      const id = Number(
        db
          .prepare(
            `INSERT INTO assisted_sessions (staff_id, citizen_session_id, terminal_id, started_at, ended_at, language,
               outcome, effort) VALUES (?, ?, 'kiosk-1', ?, ?, ?, ?, ?)`,
          )
          .run(
            staffId,
            citizenSessionId,
            startedAt,
            finished ? startedAt + finished.seconds * 1000 : null,
            finished ? 'da' : null,
            finished?.outcome ?? null,
            finished ? 2 : null,
          ).lastInsertRowid,
      );
      for (const topic of finished?.topics ?? []) {
        db.prepare('INSERT INTO assisted_session_topics (assisted_session_id, topic) VALUES (?, ?)').run(id, topic);
      }
    },
  };
}

/**
 * Friday 28 March to Monday 31 March 2025: an empty Saturday, summer time beginning on the Sunday,
 * and rows just before and just after the period that must not count. Inserted in time order.
 */
function endOfMarch() {
  const r = kioskRecords();
  // Thursday evening: a session that runs past midnight, helped on Friday.
  const a0 = r.session(local('2025-03-27', '23:50'), ['pl'], { highContrast: true });
  r.flowRun(a0, 'mitid', local('2025-03-27', '23:52'), 'completed');
  r.helpRequest(a0, local('2025-03-27', '23:53'), 30);
  r.assisted(a0, local('2025-03-27', '23:55'), { seconds: 120, outcome: 'solved', topics: ['mitid'] });
  r.flowRun(a0, 'change-address', local('2025-03-28', '00:05'), 'abandoned');
  r.assisted(a0, local('2025-03-28', '00:10'), { seconds: 600, outcome: 'solved', topics: ['other'] });

  const s1 = r.session(local('2025-03-28', '09:00'), ['da'], { textSize: 150, speech: true });
  r.flowRun(s1, 'mitid', local('2025-03-28', '09:01'), 'completed');
  r.helpRequest(s1, local('2025-03-28', '09:05'), 90);
  r.flowRun(s1, 'change-address', local('2025-03-28', '09:10'), 'abandoned');
  // Helped twice: still one session that staff helped with.
  const s2 = r.session(local('2025-03-28', '10:00'), ['en', 'da'], { highContrast: true });
  r.helpRequest(s2, local('2025-03-28', '10:01'), 240);
  r.flowRun(s2, 'mitid', local('2025-03-28', '10:02'), null);
  r.assisted(s2, local('2025-03-28', '10:05'), { seconds: 900, outcome: 'solved', topics: ['mitid', 'other'] });
  r.assisted(s2, local('2025-03-28', '15:00'), { seconds: 300, outcome: 'referred', topics: ['mitid'] });
  r.session(local('2025-03-28', '23:59'), ['da']);

  // Saturday: nothing. Sunday: summer time began at 02:00.
  const s4 = r.session(local('2025-03-30', '00:30'), ['ar']);
  r.flowRun(s4, 'mitid', local('2025-03-30', '00:31'), 'completed');
  r.helpRequest(s4, local('2025-03-30', '00:35'), null);
  r.session(local('2025-03-30', '23:30'), ['da'], { textSize: 125, reducedMotion: true });

  // Monday 00:30 is 23 hours after Sunday's midnight, not 24: it belongs to Monday.
  const s6 = r.session(local('2025-03-31', '00:30'), ['uk']);
  r.helpRequest(s6, local('2025-03-31', '00:32'), 480);
  r.assisted(s6, local('2025-03-31', '00:40'), { seconds: 1800, outcome: 'not-solved', topics: ['change-address'] });
  r.assisted(null, local('2025-03-31', '14:00'));
  const s7 = r.session(local('2025-03-31', '23:59'), ['da', 'en']);
  r.helpRequest(s7, local('2025-03-31', '23:59:10'), 600);
  r.flowRun(s7, 'read-digital-post', local('2025-03-31', '23:59:30'), 'completed');

  // Tuesday's first moment is after the period.
  const s8 = r.session(local('2025-04-01', '00:00'), ['pl'], { highContrast: true });
  r.flowRun(s8, 'read-digital-post', local('2025-04-01', '00:01'), 'completed');
  r.helpRequest(s8, local('2025-04-01', '00:02'), 10);
  r.assisted(s8, local('2025-04-01', '00:05'), {
    seconds: 60,
    outcome: 'exemption-registered',
    topics: ['tax-assessment'],
  });
  return r;
}

const expectedEndOfMarch = {
  from: '2025-03-28',
  to: '2025-03-31',
  perDay: [
    { date: '2025-03-28', selfService: 2, assisted: 3 },
    { date: '2025-03-29', selfService: 0, assisted: 0 },
    { date: '2025-03-30', selfService: 2, assisted: 0 },
    { date: '2025-03-31', selfService: 1, assisted: 2 },
  ],
  totals: {
    sessions: 7,
    assistedSessions: 5,
    flowRuns: 6,
    helpRequests: 5,
    helpAnswered: 4,
    medianWaitSeconds: 360, // 90, 240, 480, 600
    medianAssistedSeconds: 750, // 300, 600, 900, 1800; the open one has no length yet
  },
  topTasks: [
    { task: 'mitid', count: 3 },
    { task: 'change-address', count: 2 },
    { task: 'read-digital-post', count: 1 },
  ],
  assistedTopics: [
    { topic: 'mitid', count: 2 },
    { topic: 'other', count: 2 },
    { topic: 'change-address', count: 1 },
  ],
  languages: [
    { language: 'da', sessions: 5 },
    { language: 'en', sessions: 2 },
    { language: 'ar', sessions: 1 },
    { language: 'uk', sessions: 1 },
  ],
  outcomes: [
    { outcome: 'solved', count: 2 },
    { outcome: 'not-solved', count: 1 },
    { outcome: 'referred', count: 1 },
  ],
  flows: [
    { flowId: 'mitid', started: 3, completed: 2, abandoned: 0 },
    { flowId: 'change-address', started: 2, completed: 0, abandoned: 2 },
    { flowId: 'read-digital-post', started: 1, completed: 1, abandoned: 0 },
  ],
  settings: { sessions: 7, largerText: 2, highContrast: 1, reducedMotion: 1, speech: 1 },
};

describe('the statistics dashboard', () => {
  it('counts a period of local days, summer time included, and nothing outside it', () => {
    expect(local('2025-03-31', '00:00') - local('2025-03-30', '00:00')).toBe(23 * 3_600_000);
    const { db } = endOfMarch();
    const dashboard = createStatistics(db).dashboard('2025-03-28', '2025-03-31');
    expect(dashboard).toEqual(expectedEndOfMarch);
    expect(dashboardSchema.parse(dashboard)).toEqual(dashboard);
  });

  it('counts the same when a session was stamped out of order, by a clock set back', () => {
    const r = endOfMarch();
    // Recorded after Tuesday's session, stamped Saturday noon.
    r.session(local('2025-03-29', '12:00'), ['so'], { speech: true });
    const dashboard = createStatistics(r.db).dashboard('2025-03-28', '2025-03-31');
    expect(dashboard.perDay[1]).toEqual({ date: '2025-03-29', selfService: 1, assisted: 0 });
    expect(dashboard.languages).toEqual([
      { language: 'da', sessions: 5 },
      { language: 'en', sessions: 2 },
      { language: 'ar', sessions: 1 },
      { language: 'so', sessions: 1 },
      { language: 'uk', sessions: 1 },
    ]);
    expect(dashboard.settings).toEqual({ ...expectedEndOfMarch.settings, sessions: 8, speech: 2 });
  });

  it('shows a period with nothing in it as zeros, empty lists and unknown medians', () => {
    const { db } = endOfMarch();
    const dashboard = createStatistics(db).dashboard('2025-03-29', '2025-03-29');
    expect(dashboard).toEqual({
      from: '2025-03-29',
      to: '2025-03-29',
      perDay: [{ date: '2025-03-29', selfService: 0, assisted: 0 }],
      totals: {
        sessions: 0,
        assistedSessions: 0,
        flowRuns: 0,
        helpRequests: 0,
        helpAnswered: 0,
        medianWaitSeconds: null,
        medianAssistedSeconds: null,
      },
      topTasks: [],
      assistedTopics: [],
      languages: [],
      outcomes: [],
      flows: [],
      settings: { sessions: 0, largerText: 0, highContrast: 0, reducedMotion: 0, speech: 0 },
    });
  });

  it('takes the middle value of an odd count, and the mean of the middle two of an even one', () => {
    const { db } = endOfMarch();
    expect(createStatistics(db).dashboard('2025-03-28', '2025-03-30').totals).toMatchObject({
      helpRequests: 3,
      helpAnswered: 2,
      medianWaitSeconds: 165, // 90 and 240
      medianAssistedSeconds: 600, // 300, 600, 900
    });
  });

  it('refuses a period that ends before it starts, is over 3700 days, or names a day that does not exist', () => {
    const { dashboard } = createStatistics(kioskRecords().db);
    const refused = expect.objectContaining({ code: 'stats_period', messageKey: 'staff:errors.statsPeriod' });
    expect(() => dashboard('2025-04-01', '2025-03-31')).toThrow(refused);
    expect(() => dashboard('2015-01-01', '2025-02-17')).toThrow(refused); // 3701 days
    expect(dashboard('2015-01-01', '2025-02-16').perDay).toHaveLength(3700);
    expect(() => dashboard('2025-02-29', '2025-03-01')).toThrow(refused);
    expect(() => dashboard('last week', '2025-03-01')).toThrow(refused);
  });
});

describe('the dashboard as CSV', () => {
  it('is one long table of section, item and value that reads back to the same figures', () => {
    const { db } = endOfMarch();
    const dashboard = createStatistics(db).dashboard('2025-03-29', '2025-03-31');
    const rows = dashboardCsv(dashboard)
      .trimEnd()
      .split('\n')
      .map((line) => line.split(','));
    expect(rows[0]).toEqual(['section', 'item', 'value']);
    expect(rows.slice(1, 7)).toEqual([
      ['perDay.selfService', '2025-03-29', '0'],
      ['perDay.selfService', '2025-03-30', '2'],
      ['perDay.selfService', '2025-03-31', '1'],
      ['perDay.assisted', '2025-03-29', '0'],
      ['perDay.assisted', '2025-03-30', '0'],
      ['perDay.assisted', '2025-03-31', '2'],
    ]);
    const value = (section: string, item: string) => rows.find((r) => r[0] === section && r[1] === item)?.[2];
    expect(value('totals', 'sessions')).toBe('4');
    expect(value('totals', 'medianWaitSeconds')).toBe('540');
    expect(value('totals', 'medianAssistedSeconds')).toBe('1800');
    expect(value('languages', 'da')).toBe('2');
    expect(value('flows.completed', 'mitid')).toBe('1');
    expect(value('settings', 'reducedMotion')).toBe('1');
    expect(rows.every((r) => r.length === 3)).toBe(true);
  });

  it('leaves an unknown median empty', () => {
    const { db } = endOfMarch();
    const csv = dashboardCsv(createStatistics(db).dashboard('2025-03-29', '2025-03-29'));
    expect(csv).toContain('totals,medianWaitSeconds,\n');
  });
});
