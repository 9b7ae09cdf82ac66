import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, expect, it, vi } from 'vitest';
import { DATABASE_FILE, openKioskDatabase } from '../../electron/services/database';
import { setLogSink } from '../../electron/services/log';
import { APP_URL } from '../../electron/window/appProtocol';
import * as electron from './electronStandIn';

/**
 * Wiring test: the kiosk starts while another program holds its database. The page is told why,
 * in words for staff; the database is left as it was; and the kiosk restarts itself later to try
 * again, so it comes back once the lock, the full disk or the read-only folder has gone.
 */
vi.mock('electron', () => import('./electronStandIn'));
const logged: string[] = [];
setLogSink((_level, event) => logged.push(event));

const userData = fs.mkdtempSync(path.join(os.tmpdir(), 'kiosk-start-failure-'));
const saved = openKioskDatabase({ dataDir: userData }).db;
saved.prepare('INSERT INTO citizen_sessions (terminal_id, started_at) VALUES (?, ?)').run('t', 1);
saved.close();
const holder = new Database(path.join(userData, DATABASE_FILE));
holder.pragma('locking_mode = EXCLUSIVE');
holder.exec('BEGIN EXCLUSIVE');
afterAll(() => {
  if (holder.open) holder.close();
  vi.useRealTimers();
});

it('tells staff another program holds the database, keeps it, and restarts later to try again', async () => {
  delete process.env.KIOSK_DATA_DIR;
  electron.app.paths.userData = userData;
  vi.useFakeTimers({ toFake: ['setTimeout'] });
  const { START_RETRY_MS } = await import('../../electron/main');
  const ready = electron.app.becomeReady();
  await vi.advanceTimersByTimeAsync(0);
  await ready;

  // Every channel is registered, and answers with why the kiosk could not start.
  const appFrame = { url: APP_URL, parent: null };
  expect(await electron.ipcMain.invoke('kiosk.start', appFrame, {})).toMatchObject({
    ok: false,
    error: { code: 'storage_busy', messageKey: 'errors.startDatabaseBusy' },
  });
  expect(electron.BrowserWindow.created).toHaveLength(1);
  expect(fs.readdirSync(userData).filter((name) => name.includes('damaged'))).toEqual([]);
  expect(logged).toContain('app.startRetryScheduled');

  holder.exec('COMMIT');
  holder.close();
  expect(electron.calls).not.toContain('app.relaunch');
  await vi.advanceTimersByTimeAsync(START_RETRY_MS);
  expect(electron.calls.slice(-2)).toEqual(['app.relaunch', 'app.exit']);
  // What the next start will find: everything saved before.
  const after = openKioskDatabase({ dataDir: userData });
  expect(after.notices).toEqual([]);
  expect(after.db.prepare('SELECT count(*) FROM citizen_sessions').pluck().get()).toBe(1);
  after.db.close();
});
