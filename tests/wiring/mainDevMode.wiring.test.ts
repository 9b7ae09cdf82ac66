import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, expect, it, vi } from 'vitest';
import { setLogSink } from '../../electron/services/log';
import * as electron from './electronStandIn';

/** Wiring test: KIOSK_DEV=1 is the only way to get developer tools; KIOSK_DATA_DIR picks the data folder. */
vi.mock('electron', () => import('./electronStandIn'));
setLogSink(() => {});

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kiosk-dev-data-'));

afterAll(() => {
  delete process.env.KIOSK_DEV;
  delete process.env.KIOSK_DATA_DIR;
});

it('opens the window with devTools and uses KIOSK_DATA_DIR', async () => {
  process.env.KIOSK_DEV = '1';
  process.env.KIOSK_DATA_DIR = dataDir;
  electron.app.appPath = path.resolve('.');
  electron.app.paths.userData = fs.mkdtempSync(path.join(os.tmpdir(), 'kiosk-unused-userdata-'));
  await import('../../electron/main');
  await electron.app.becomeReady();
  const [window] = electron.BrowserWindow.created;
  expect(window?.options.webPreferences).toMatchObject({ devTools: true, contextIsolation: true, sandbox: true });
  expect(fs.readdirSync(dataDir).some((file) => file.endsWith('.db'))).toBe(true);
  expect(fs.readdirSync(electron.app.paths.userData!)).toEqual([]);
});
