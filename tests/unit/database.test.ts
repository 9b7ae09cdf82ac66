import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { DATABASE_FILE, openKioskDatabase } from '../../electron/services/database';
import { migrate, migrations, type Migration } from '../../electron/services/migrations';
import { setLogSink, type LogLevel } from '../../electron/services/log';
import { freshDataDir } from '../helpers/kioskFixture';
import { canMount, readOnlyView } from '../helpers/readOnlyView';

const quiet = () => setLogSink(() => {});
afterEach(() => setLogSink((level: LogLevel, event) => void [level, event]));

describe('the kiosk database', () => {
  it('opens in WAL mode with foreign keys on and every migration applied', () => {
    const { db, notices } = openKioskDatabase({ dataDir: freshDataDir() });
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('user_version', { simple: true })).toBe(migrations.at(-1)!.version);
    expect(notices).toEqual([]);
    const tables = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name").pluck().all();
    expect(tables).toEqual([
      'assisted_session_topics',
      'assisted_sessions',
      'audit_head',
      'audit_log',
      'citizen_session_languages',
      'citizen_sessions',
      'exemption_requests',
      'flow_runs',
      'help_requests',
      'kiosk_state',
      'staff',
    ]);
    db.close();
  });

  it('keeps what was saved when opened again', () => {
    const dataDir = freshDataDir();
    const first = openKioskDatabase({ dataDir }).db;
    first.prepare('INSERT INTO citizen_sessions (terminal_id, started_at) VALUES (?, ?)').run('t', 1);
    first.close();
    const again = openKioskDatabase({ dataDir });
    expect(again.db.prepare('SELECT count(*) FROM citizen_sessions').pluck().get()).toBe(1);
    expect(again.notices).toEqual([]);
    again.db.close();
  });

  it('moves a file that is not a database aside, starts fresh and tells staff', () => {
    quiet();
    const dataDir = freshDataDir();
    const file = path.join(dataDir, DATABASE_FILE);
    fs.writeFileSync(file, 'this is not an SQLite database, just some text that fills the header'.repeat(100));
    const { db, notices } = openKioskDatabase({ dataDir, now: () => new Date('2026-01-02T03:04:05Z') });
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatchObject({ code: 'database_quarantined', messageKey: 'notices.databaseQuarantined' });
    const moved = String(notices[0]!.params.file);
    expect(moved).toBe(`${file}.damaged-2026-01-02T03-04-05-000Z`);
    expect(fs.readFileSync(moved, 'utf8')).toContain('not an SQLite database');
    expect(db.prepare('SELECT count(*) FROM citizen_sessions').pluck().get()).toBe(0);
    db.close();
  });

  it('quarantines a database whose pages are damaged', () => {
    quiet();
    const dataDir = freshDataDir();
    const file = path.join(dataDir, DATABASE_FILE);
    const setup = new Database(file);
    setup.pragma('journal_mode = DELETE');
    setup.exec('CREATE TABLE filler (x TEXT); CREATE INDEX filler_x ON filler (x);');
    const insert = setup.prepare('INSERT INTO filler VALUES (?)');
    for (let i = 0; i < 2000; i++) insert.run(`row ${i} ${'x'.repeat(50)}`);
    setup.close();
    // Overwrite a stretch in the middle of the file: pages of the table and index no longer agree.
    const bytes = fs.readFileSync(file);
    bytes.fill(0x5a, 4096 * 3, 4096 * 6);
    fs.writeFileSync(file, bytes);

    const { db, notices } = openKioskDatabase({ dataDir });
    expect(notices.map((n) => n.code)).toEqual(['database_quarantined']);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.close();
  });

  it('leaves a database another program holds where it is, tells staff why, and opens it once released', () => {
    quiet();
    const dataDir = freshDataDir();
    const first = openKioskDatabase({ dataDir }).db;
    first.prepare('INSERT INTO citizen_sessions (terminal_id, started_at) VALUES (?, ?)').run('t', 1);
    first.close();
    // A backup tool or an administrator's SQLite shell that keeps the file locked.
    const holder = new Database(path.join(dataDir, DATABASE_FILE));
    holder.pragma('locking_mode = EXCLUSIVE');
    holder.exec('BEGIN EXCLUSIVE');
    try {
      expect(() => openKioskDatabase({ dataDir })).toThrow(
        expect.objectContaining({ name: 'KioskError', code: 'storage_busy', messageKey: 'errors.startDatabaseBusy' }),
      );
    } finally {
      holder.exec('COMMIT');
      holder.close();
    }
    // Nothing was moved aside: a held database is not a damaged one.
    expect(fs.readdirSync(dataDir).filter((name) => name.includes('damaged'))).toEqual([]);
    const again = openKioskDatabase({ dataDir });
    expect(again.notices).toEqual([]);
    expect(again.db.prepare('SELECT count(*) FROM citizen_sessions').pluck().get()).toBe(1);
    again.db.close();
  });

  // File permissions do not bind root (as in CI), so the folder is made read-only by a read-only
  // bind mount of it, which binds everyone; where mounting is not allowed, the test cannot run.
  it.skipIf(!canMount())('leaves a database in a read-only folder untouched and tells staff why', () => {
    quiet();
    const dataDir = freshDataDir();
    const first = openKioskDatabase({ dataDir }).db;
    first.prepare('INSERT INTO citizen_sessions (terminal_id, started_at) VALUES (?, ?)').run('t', 1);
    first.close();
    const readOnly = readOnlyView(dataDir);
    try {
      expect(() => openKioskDatabase({ dataDir: readOnly.dir })).toThrow(
        expect.objectContaining({ code: 'storage_unwritable', messageKey: 'errors.startStorageUnwritable' }),
      );
    } finally {
      readOnly.release();
    }
    expect(fs.readdirSync(dataDir).filter((name) => name.includes('damaged'))).toEqual([]);
    const again = openKioskDatabase({ dataDir });
    expect(again.db.prepare('SELECT count(*) FROM citizen_sessions').pluck().get()).toBe(1);
    again.db.close();
  });

  it('applies migrations in one transaction: a failing one leaves the schema untouched', () => {
    const db = new Database(':memory:');
    const broken: Migration[] = [
      ...migrations,
      {
        version: 99,
        name: 'broken',
        up: (d) => {
          d.exec('CREATE TABLE half_done (x INTEGER)');
          throw new Error('boom');
        },
      },
    ];
    expect(() => migrate(db, broken)).toThrow('boom');
    expect(db.pragma('user_version', { simple: true })).toBe(0);
    expect(db.prepare("SELECT count(*) FROM sqlite_schema WHERE type = 'table'").pluck().get()).toBe(0);
    expect(migrate(db)).toEqual({ from: 0, to: migrations.at(-1)!.version });
    const latest = migrations.at(-1)!.version;
    expect(migrate(db)).toEqual({ from: latest, to: latest });
  });
});
