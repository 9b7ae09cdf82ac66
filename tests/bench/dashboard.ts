import fs from 'node:fs';
import path from 'node:path';
import { createCitizenSessions } from '../../electron/services/citizenSessions';
import { connectKioskDatabase, DATABASE_FILE } from '../../electron/services/database';
import { createStatistics } from '../../electron/services/statistics';
import { freshDataDir } from '../helpers/kioskFixture';
import { fillTenYears, type GeneratedCounts } from './tenYearsOfData';

/**
 * The statistics dashboard on ten years of a busy centre: one million citizen sessions and about
 * 200,000 assisted sessions in a real kiosk database, built through the migrations. Measures the
 * dashboard for one-year periods, and what the indexes it needs cost the kiosk's commonest write.
 * Runs from `npm run bench`, or alone: npx tsx tests/bench/dashboard.ts
 */
export interface DashboardFigures {
  counts: GeneratedCounts;
  generationMs: number;
  /** Opening the big file as the kiosk does at start: integrity check and migrations. */
  openMs: number;
  dashboardYearMedianMs: number;
  dashboardYearP95Ms: number;
  sessionWriteMedianMs: number;
  /** Baselines on the same file: a bare count over the same years, and a bare one-row insert. */
  rawYearCountMedianMs: number;
  rawInsertMedianMs: number;
}

// First days of one-year periods spread over the data, two of them on a summer-time change.
const PERIOD_STARTS = [
  '2015-06-01',
  '2016-10-30',
  '2018-01-01',
  '2019-03-31',
  '2020-07-15',
  '2022-02-01',
  '2023-11-20',
];

function oneYearFrom(first: string): [string, string] {
  const [y, m, d] = first.split('-').map(Number) as [number, number, number];
  return [first, new Date(Date.UTC(y + 1, m - 1, d - 1)).toISOString().slice(0, 10)];
}

const sorted = (values: number[]) => [...values].sort((a, b) => a - b);
const median = (values: number[]) => {
  const s = sorted(values);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};
const p95 = (values: number[]) => sorted(values)[Math.ceil(values.length * 0.95) - 1]!;

function timed<T>(fn: () => T): [T, number] {
  const start = performance.now();
  const value = fn();
  return [value, performance.now() - start];
}

export function measureDashboard(options: { sessions?: number; rounds?: number; writes?: number } = {}) {
  const { sessions = 1_000_000, rounds = 3, writes = 2000 } = options;
  const dataDir = freshDataDir('kiosk-bench-dashboard-');
  const file = path.join(dataDir, DATABASE_FILE);
  try {
    const building = connectKioskDatabase(file);
    // A bigger page cache for building only; the kiosk runs with SQLite's default.
    building.pragma('cache_size = -64000');
    const [counts, generationMs] = timed(() => fillTenYears(building, sessions));
    building.pragma('wal_checkpoint(TRUNCATE)');
    building.close();
    // Opened again as the kiosk would find it at start, with SQLite's caches cold.
    const [db, openMs] = timed(() => connectKioskDatabase(file));

    const statistics = createStatistics(db);
    const periods = PERIOD_STARTS.map(oneYearFrom);
    for (const [from, to] of periods) statistics.dashboard(from, to); // warm: the kiosk's page cache and V8
    const dashboardMs: number[] = [];
    for (let round = 0; round < rounds; round++) {
      for (const [from, to] of periods) dashboardMs.push(timed(() => statistics.dashboard(from, to))[1]);
    }

    // The commonest write, on the same big file: a citizen's session from first touch to reset.
    const citizenSessions = createCitizenSessions(db, 'kiosk-bench');
    const recordOne = () => citizenSessions.end(citizenSessions.start('da'), 'finished');
    for (let i = 0; i < 50; i++) recordOne();
    const writeMs = Array.from({ length: writes }, () => timed(recordOne)[1]);

    // Baselines, so each figure reads as a ratio on any machine: what SQLite itself takes to count
    // the same year's sessions, and to insert one bare row, on this file and this disk.
    const countYear = db.prepare('SELECT count(*) FROM citizen_sessions WHERE started_at >= ? AND started_at < ?');
    const yearCountMs = periods.flatMap(([from, to]) => {
      const range = [Date.parse(`${from}T00:00:00`), Date.parse(`${to}T23:59:59`)];
      return Array.from({ length: rounds }, () => timed(() => countYear.get(...range))[1]);
    });
    db.exec('CREATE TABLE bench_baseline (id INTEGER PRIMARY KEY, at INTEGER NOT NULL)');
    const insertRaw = db.prepare('INSERT INTO bench_baseline (at) VALUES (?)');
    for (let i = 0; i < 50; i++) insertRaw.run(i);
    const rawInsertMs = Array.from({ length: writes }, (_, i) => timed(() => insertRaw.run(i))[1]);
    db.close();

    return {
      counts,
      generationMs,
      openMs,
      dashboardYearMedianMs: median(dashboardMs),
      dashboardYearP95Ms: p95(dashboardMs),
      sessionWriteMedianMs: median(writeMs),
      rawYearCountMedianMs: median(yearCountMs),
      rawInsertMedianMs: median(rawInsertMs),
    } satisfies DashboardFigures;
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

export function printDashboardFigures(f: DashboardFigures): void {
  const ms = (n: number) => `${n.toFixed(2)} ms`;
  console.log(
    `dashboard database: ${f.counts.sessions} sessions, ${f.counts.assistedSessions} assisted, ` +
      `${f.counts.flowRuns} flow runs, ${f.counts.helpRequests} help requests; built in ${ms(f.generationMs)}, ` +
      `opened (integrity check) in ${ms(f.openMs)}`,
  );
  console.log(
    `dashboard_year_ms median ${ms(f.dashboardYearMedianMs)}, p95 ${ms(f.dashboardYearP95Ms)}; ` +
      `session_write_median_ms ${ms(f.sessionWriteMedianMs)}`,
  );
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  printDashboardFigures(measureDashboard());
}
