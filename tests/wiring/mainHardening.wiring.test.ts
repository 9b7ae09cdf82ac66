import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { setLogSink } from '../../electron/services/log';
import { APP_URL } from '../../electron/window/appProtocol';
import * as electron from './electronStandIn';

/**
 * Wiring test for issue 6: main.ts against the recording stand-in for 'electron', on a data folder
 * whose config allows one permission and downloads, starts at login, and keeps the centre open
 * around the clock. Proves what main asks of Electron; the decisions themselves have unit tests.
 */
vi.mock('electron', () => import('./electronStandIn'));
setLogSink(() => {});

const appFrame = { url: APP_URL, parent: null };
// The answers are read loosely here; their shapes are checked in tests/unit/api.test.ts.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Answer = { ok: boolean; value?: any; error?: { code: string } };
const invoke = (channel: string, input: unknown = {}) =>
  electron.ipcMain.invoke(channel, appFrame, input) as Promise<Answer>;
const keyDown = (code: string, mods: Partial<Record<'control' | 'alt' | 'shift' | 'meta', boolean>> = {}) => ({
  type: 'keyDown',
  key: code,
  code,
  control: false,
  alt: false,
  shift: false,
  meta: false,
  ...mods,
});

let dataDir: string;
const allDay = '00:00-23:59';

beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kiosk-hardening-'));
  process.env.KIOSK_DATA_DIR = dataDir;
  fs.writeFileSync(
    path.join(dataDir, 'config.json'),
    JSON.stringify({
      lockdown: { allowedPermissions: ['fullscreen'], allowDownloads: true },
      operations: {
        startAtLogin: true,
        dailyRestart: '',
        openingHours: Object.fromEntries(
          ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'].map((d) => [d, allDay]),
        ),
      },
    }),
  );
  electron.app.appPath = path.resolve('.');
  electron.app.paths.userData = fs.mkdtempSync(path.join(os.tmpdir(), 'kiosk-unused-'));
  await import('../../electron/main');
  await electron.app.becomeReady();
});

const kioskWindow = () => electron.BrowserWindow.created[0]!;

describe('keys', () => {
  it.each([
    ['KeyR', { control: true }],
    ['KeyW', { control: true }],
    ['KeyQ', { meta: true }],
    ['KeyP', { control: true }],
    ['KeyI', { control: true, shift: true }],
    ['F4', { alt: true }],
    ['F5', {}],
    ['F11', {}],
    ['F12', {}],
    ['Equal', { control: true }],
  ])('refuses %s %j before the page sees it', (code, mods) => {
    const event = electron.fakeEvent();
    kioskWindow().webContents.emit('before-input-event', event, keyDown(code, mods));
    expect(event.defaultPrevented).toBe(true);
  });

  it('lets typing, copying and the staff exit keys through to the page', () => {
    for (const input of [
      keyDown('KeyA'),
      keyDown('KeyC', { control: true }),
      keyDown('KeyE', { control: true, alt: true, shift: true }),
    ]) {
      const event = electron.fakeEvent();
      kioskWindow().webContents.emit('before-input-event', event, input);
      expect(event.defaultPrevented, input.code).toBe(false);
    }
  });

  it('shows no context menu', () => {
    const event = electron.fakeEvent();
    kioskWindow().webContents.emit('context-menu', event, {});
    expect(event.defaultPrevented).toBe(true);
  });
});

describe('file pickers', () => {
  it('intercepts every file chooser on the page and on frames in processes of their own', async () => {
    const { debugger: client } = kioskWindow().webContents;
    await vi.waitFor(() => expect(client.commands.map((c) => c.method)).toContain('Target.setAutoAttach'));
    expect(client.attached).toBe(true);
    expect(client.commands[0]).toEqual({
      method: 'Page.setInterceptFileChooserDialog',
      params: { enabled: true },
      sessionId: undefined,
    });
    expect(client.commands.find((c) => c.method === 'Target.setAutoAttach')?.params).toMatchObject({
      autoAttach: true,
      waitForDebuggerOnStart: true,
      flatten: true,
    });
    client.emit('message', electron.fakeEvent(), 'Target.attachedToTarget', { sessionId: 'frame-1' });
    await vi.waitFor(() =>
      expect(client.commands.filter((c) => c.sessionId === 'frame-1').map((c) => c.method)).toEqual([
        'Page.setInterceptFileChooserDialog',
        'Page.addScriptToEvaluateOnNewDocument',
        'Page.enable',
        'Target.setAutoAttach',
        'Runtime.runIfWaitingForDebugger',
      ]),
    );
  });
});

describe('closing the window', () => {
  it('is refused: Alt+F4 or a close from the system menu does nothing', () => {
    const event = electron.fakeEvent();
    kioskWindow().emit('close', event);
    expect(event.defaultPrevented).toBe(true);
  });
});

describe('the official site under the centre’s config', () => {
  it('gets only the permission config names, and keeps allowed downloads in the data folder’s tmp', async () => {
    const bounds = { x: 600, y: 80, width: 680, height: 640 };
    await invoke('site.show', { url: 'https://www.borger.dk/', bounds });
    const siteSession = [...electron.session.partitions.values()].at(-1)!;
    const answers: boolean[] = [];
    siteSession.permissionRequestHandler!(null, 'fullscreen', (g: boolean) => answers.push(g), {});
    siteSession.permissionRequestHandler!(null, 'media', (g: boolean) => answers.push(g), {});
    siteSession.permissionRequestHandler!(null, 'clipboard-read', (g: boolean) => answers.push(g), {});
    expect(answers).toEqual([true, false, false]);
    expect(siteSession.devicePermissionHandler!({ deviceType: 'usb' })).toBe(false);

    let savedTo = '';
    const item = {
      getURL: () => 'https://www.borger.dk/blanket.pdf',
      getFilename: () => '../../blanket.pdf',
      setSavePath: (to: string) => (savedTo = to),
    };
    const download = electron.fakeEvent();
    siteSession.emit('will-download', download, item);
    expect(download.defaultPrevented).toBe(false);
    expect(savedTo).toBe(path.join(dataDir, 'tmp', 'downloads', 'blanket.pdf'));

    const elsewhere = electron.fakeEvent();
    siteSession.emit('will-download', elsewhere, { ...item, getURL: () => 'https://evil.example/x.exe' });
    expect(elsewhere.defaultPrevented).toBe(true);
  });
});

describe('the privacy wipe at the end of each citizen session', () => {
  it('clears every session, both clipboards and the temporary folder', async () => {
    const sessions = [electron.session.defaultSession, ...electron.session.partitions.values()];
    const before = sessions.map((s) => [s.storageCleared, s.cacheCleared, s.authCacheCleared, s.hostCacheCleared]);
    electron.clipboard.writeText('050346-1234');
    electron.clipboard.selection.writeText('Karen Test');
    fs.mkdirSync(path.join(dataDir, 'tmp', 'downloads'), { recursive: true });
    fs.writeFileSync(path.join(dataDir, 'tmp', 'downloads', 'blanket.pdf'), 'citizen file');

    const started = await invoke('session.start', { language: 'ar' });
    await invoke('session.end', { sessionId: started.value.sessionId, reason: 'finished' });

    // Each counter moved on (closing the site view clears its own session too).
    sessions.forEach((s, i) => {
      const after = [s.storageCleared, s.cacheCleared, s.authCacheCleared, s.hostCacheCleared];
      after.forEach((n, k) => expect(n, `${s.partition || 'default'} ${k}`).toBeGreaterThan(before[i]![k]!));
    });
    expect(electron.clipboard.readText()).toBe('');
    expect(electron.clipboard.selection.readText()).toBe('');
    expect(fs.readdirSync(path.join(dataDir, 'tmp'))).toEqual([]);
  });
});

describe('the working day', () => {
  it('keeps the display awake while the centre is open', () => {
    expect([...electron.powerSaveBlocker.running.values()]).toEqual(['prevent-display-sleep']);
  });

  it('starts at login (on Linux an autostart entry for the kiosk account)', () => {
    if (process.platform === 'linux') {
      const entry = fs.readFileSync(path.join(electron.app.paths.appData!, 'autostart', 'borgerkiosk.desktop'), 'utf8');
      expect(entry).toContain(`Exec="${process.execPath}"`);
    } else {
      expect(electron.app.loginItem).toEqual({ openAtLogin: true });
    }
  });
});

describe('the staff exit and restart', () => {
  it('needs an administrator’s PIN to leave; a wrong one leaves the kiosk running', async () => {
    const setUp = await invoke('staff.setup', { name: 'Anna Andersen', pin: '246810' });
    const adminId = setUp.value.staff.id;
    await invoke('staff.add', { name: 'Bo Lund', role: 'staff', pin: '135790' });
    await invoke('staff.logOut');

    expect((await invoke('kiosk.leave', { staffId: adminId, pin: '111111' })).error?.code).toBe('staff_wrong_pin');
    const staffId = (await invoke('staff.names')).value.staff.find((s: { name: string }) => s.name === 'Bo Lund').id;
    expect((await invoke('kiosk.leave', { staffId, pin: '135790' })).error?.code).toBe('staff_not_allowed');
    expect(electron.app.quitCalls).toBe(0);

    expect(await invoke('kiosk.leave', { staffId: adminId, pin: '246810' })).toEqual({ ok: true, value: {} });
    expect(electron.app.quitCalls).toBe(1);
    // Quitting lets the window close.
    const close = electron.fakeEvent();
    kioskWindow().emit('close', close);
    expect(close.defaultPrevented).toBe(false);
  });

  it('restarts on an administrator’s word: relaunch, then exit', async () => {
    const names = (await invoke('staff.names')).value.staff;
    await invoke('staff.logIn', { staffId: names[0].id, pin: '246810' });
    expect(await invoke('kiosk.restart')).toEqual({ ok: true, value: {} });
    expect(electron.calls.slice(-2)).toEqual(['app.relaunch', 'app.exit']);
    expect(electron.app.exitCode).toBe(0);
  });
});
