import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, it, vi } from 'vitest';
import { setLogSink } from '../../electron/services/log';
import { createKioskServices } from '../../electron/services/kioskServices';
import { resourcesDir } from '../helpers/kioskFixture';
import * as electron from './electronStandIn';

/**
 * Wiring test: `Borgerkiosk --admin …`, the installed kiosk's admin command line. The packaged
 * executable may not run as Node (the RunAsNode fuse is off), so main.ts runs the command itself,
 * then exits: no window, no single-instance lock (the kiosk may be running), no kiosk scheme.
 */
vi.mock('electron', () => import('./electronStandIn'));
setLogSink(() => {});

it('runs the admin command in the main process and exits with its code', async () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kiosk-admin-app-'));
  const kiosk = createKioskServices({ dataDir, resourcesDir, env: {} });
  kiosk.staff.createFirstAdmin('Mette Holm', '482913');
  kiosk.close();

  const printed: string[] = [];
  vi.spyOn(console, 'log').mockImplementation((line: string) => printed.push(line));
  process.argv = [process.execPath, '--ozone-platform=headless', '--admin', '--data-dir', dataDir, 'staff', 'list'];
  await import('../../electron/main');
  await vi.waitFor(() => expect(electron.app.exitCode).not.toBeNull());

  expect(electron.app.exitCode).toBe(0);
  expect(printed).toEqual(['1\tadmin\tactive\tMette Holm']);
  expect(electron.calls).not.toContain('app.requestSingleInstanceLock');
  expect(electron.calls).not.toContain('protocol.registerSchemesAsPrivileged');
  expect(electron.BrowserWindow.created).toHaveLength(0);
});

it('is what the wrapper scripts shipped beside the app run', () => {
  for (const wrapper of ['borgerkiosk-admin.cmd', 'borgerkiosk-admin.sh']) {
    const text = fs.readFileSync(path.join(resourcesDir, 'admin', wrapper), 'utf8');
    expect(text, wrapper).toMatch(/(Borgerkiosk\.exe"|borgerkiosk") .*--admin/);
    expect(text, wrapper).not.toMatch(/ELECTRON_RUN_AS_NODE/);
  }
});
