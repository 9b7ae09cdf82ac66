import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, it, vi } from 'vitest';
import { setLogSink } from '../../electron/services/log';
import * as electron from './electronStandIn';

/** Wiring test: a second kiosk started while one runs quits at once and touches nothing. */
vi.mock('electron', () => import('./electronStandIn'));
setLogSink(() => {});

it('quits without creating services, IPC handlers or a window when the lock is held elsewhere', async () => {
  electron.app.holdsSingleInstanceLock = false;
  electron.app.paths.userData = fs.mkdtempSync(path.join(os.tmpdir(), 'kiosk-second-'));
  await import('../../electron/main');
  await electron.app.becomeReady();
  expect(electron.app.quitCalls).toBe(1);
  expect(electron.ipcMain.handlers.size).toBe(0);
  expect(electron.BrowserWindow.created).toHaveLength(0);
  expect(electron.protocol.handlers.size).toBe(0);
  // No database either: only the log says it was here.
  expect(fs.readdirSync(electron.app.paths.userData!)).toEqual(['logs']);
});
