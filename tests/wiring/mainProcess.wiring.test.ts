import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { channelNames } from '../../electron/api/channels';
import { setLogSink } from '../../electron/services/log';
import { APP_URL } from '../../electron/window/appProtocol';
import * as electron from './electronStandIn';

/**
 * Wiring test: electron/main.ts loaded against the recording stand-in for 'electron', with real
 * services on a fresh data folder. Proves what main asks of Electron, not Electron itself.
 */
vi.mock('electron', () => import('./electronStandIn'));

const logged: { level: string; event: string; details: Record<string, unknown> }[] = [];
setLogSink((level, event, details) => logged.push({ level, event, details }));

const appFrame = { url: APP_URL, parent: null };

/** A temporary app folder shaped like the project: built renderer, resources, and a secret next to it. */
function fakeAppFolder(): string {
  const appPath = fs.mkdtempSync(path.join(os.tmpdir(), 'kiosk-app-'));
  fs.mkdirSync(path.join(appPath, 'dist', 'renderer', 'assets'), { recursive: true });
  fs.writeFileSync(path.join(appPath, 'dist', 'renderer', 'index.html'), '<!doctype html><title>kiosk</title>');
  fs.writeFileSync(path.join(appPath, 'dist', 'renderer', 'assets', 'app.js'), 'export {};');
  fs.writeFileSync(path.join(appPath, 'dist', 'secret.txt'), 'not for the page');
  fs.cpSync(path.resolve('resources'), path.join(appPath, 'resources'), { recursive: true });
  return appPath;
}

let appPath: string;
let userData: string;

beforeAll(async () => {
  delete process.env.KIOSK_DATA_DIR;
  delete process.env.KIOSK_DEV;
  appPath = fakeAppFolder();
  userData = fs.mkdtempSync(path.join(os.tmpdir(), 'kiosk-userdata-'));
  electron.app.appPath = appPath;
  electron.app.paths.userData = userData;
  await import('../../electron/main');
  await electron.app.becomeReady();
});

function kioskWindow(): electron.BrowserWindow {
  expect(electron.BrowserWindow.created).toHaveLength(1);
  return electron.BrowserWindow.created[0]!;
}

describe('main process start', () => {
  it('registers kiosk:// as a privileged scheme and enables the sandbox before ready', () => {
    expect(electron.protocol.privilegedSchemes).toEqual([
      { scheme: 'kiosk', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
    const ready = electron.calls.indexOf('app.ready');
    expect(electron.calls.indexOf('protocol.registerSchemesAsPrivileged')).toBeLessThan(ready);
    expect(electron.calls.indexOf('app.enableSandbox')).toBeLessThan(ready);
  });

  it('takes the single-instance lock and does not quit while holding it', () => {
    expect(electron.calls).toContain('app.requestSingleInstanceLock');
    expect(electron.app.quitCalls).toBe(0);
  });

  it('removes the application menu', () => {
    expect(electron.Menu.applicationMenus).toEqual([null]);
  });

  it('denies every permission request, check and device', () => {
    const ses = electron.session.defaultSession;
    const answers: boolean[] = [];
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) {
      ses.permissionRequestHandler?.({}, permission, (granted: boolean) => answers.push(granted), {});
      expect(ses.permissionCheckHandler?.(null, permission, APP_URL, {})).toBe(false);
    }
    expect(answers).toEqual([false, false, false, false, false]);
    expect(ses.devicePermissionHandler?.({ deviceType: 'usb', origin: APP_URL })).toBe(false);
  });

  it('creates services in the userData folder when KIOSK_DATA_DIR is unset', () => {
    expect(fs.readdirSync(userData).some((file) => file.endsWith('.db'))).toBe(true);
    expect(logged.some((l) => l.event === 'app.servicesFailed')).toBe(false);
  });
});

describe('the kiosk:// protocol', () => {
  const handler = () => electron.protocol.handlers.get('kiosk')!;

  it('serves the built renderer with the Content-Security-Policy header', async () => {
    const response = await handler()({ url: 'kiosk://app/index.html' });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(await response.text()).toContain('<title>kiosk</title>');
    expect((await handler()({ url: 'kiosk://app/assets/app.js' })).status).toBe(200);
  });

  it('refuses files outside dist/renderer and other hosts', async () => {
    for (const url of [
      'kiosk://app/..%2fsecret.txt',
      'kiosk://app/%2e%2e%2fsecret.txt',
      'kiosk://app/assets/..%5c..%5csecret.txt',
      'kiosk://other/index.html',
    ]) {
      expect((await handler()({ url })).status, url).toBe(404);
    }
  });
});

describe('IPC', () => {
  it('registers every channel of the API table with ipcMain.handle', () => {
    expect([...electron.ipcMain.handlers.keys()].sort()).toEqual([...channelNames].sort());
  });

  it('refuses calls from other origins, subframes and vanished frames', async () => {
    const senders = [{ url: 'https://evil.example/', parent: null }, { url: APP_URL, parent: appFrame }, null];
    for (const sender of senders) {
      expect(await electron.ipcMain.invoke('kiosk.start', sender, {})).toEqual({
        ok: false,
        error: { code: 'forbidden_sender', messageKey: 'errors.forbiddenSender' },
      });
    }
  });

  it('answers the app page from the real services', async () => {
    const result = (await electron.ipcMain.invoke('kiosk.start', appFrame, {})) as { ok: boolean; value: unknown };
    expect(result.ok).toBe(true);
    expect(result.value).toMatchObject({ config: { terminalId: 'kiosk-1' } });
  });
});

describe('the kiosk window', () => {
  it('is a locked-down kiosk window with the preload and no devTools', () => {
    const { options } = kioskWindow();
    expect(options).toMatchObject({ kiosk: true, fullscreen: true, show: false });
    expect(options.webPreferences).toMatchObject({
      preload: path.join(appPath, 'dist', 'electron', 'preload.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
      devTools: false,
    });
  });

  it('loads the app URL and shows itself only when ready to show', () => {
    const window = kioskWindow();
    expect(window.webContents.loadedUrls).toEqual([APP_URL]);
    expect(window.shown).toBe(0);
    window.emit('ready-to-show');
    expect(window.shown).toBe(1);
  });

  it('blocks navigation away from the app, window.open and webviews (guard from web-contents-created)', () => {
    const contents = kioskWindow().webContents;
    const away = electron.fakeEvent({ url: 'https://evil.example/', isMainFrame: true });
    contents.emit('will-navigate', away);
    expect(away.defaultPrevented).toBe(true);
    const inApp = electron.fakeEvent({ url: 'kiosk://app/index.html#/home', isMainFrame: true });
    contents.emit('will-navigate', inApp);
    expect(inApp.defaultPrevented).toBe(false);
    expect(contents.windowOpenHandler?.({ url: 'https://evil.example/' })).toEqual({ action: 'deny' });
    const webview = electron.fakeEvent();
    contents.emit('will-attach-webview', webview, {}, { src: 'https://evil.example/' });
    expect(webview.defaultPrevented).toBe(true);
  });

  it('guards web contents created later too', () => {
    const later = new electron.FakeWebContents();
    electron.app.emit('web-contents-created', electron.fakeEvent(), later);
    const away = electron.fakeEvent({ url: 'https://evil.example/' });
    later.emit('will-navigate', away);
    expect(away.defaultPrevented).toBe(true);
    expect(later.windowOpenHandler?.({ url: 'https://evil.example/' })).toEqual({ action: 'deny' });
  });

  it('reloads the app URL when the renderer process is gone', () => {
    const contents = kioskWindow().webContents;
    const before = contents.loadedUrls.length;
    contents.emit('render-process-gone', electron.fakeEvent(), { reason: 'crashed', exitCode: 11 });
    expect(contents.loadedUrls.slice(before)).toEqual([APP_URL]);
  });

  it('focuses the existing window when a second instance starts', () => {
    const window = kioskWindow();
    window.minimized = true;
    const focusedBefore = window.focused;
    electron.app.emit('second-instance', electron.fakeEvent(), [], process.cwd(), {});
    expect(window.minimized).toBe(false);
    expect(window.focused).toBe(focusedBefore + 1);
  });
});

describe('permissions of the kiosk page', () => {
  it('may read audio device names (to notice headphones) and nothing more', () => {
    const check = electron.session.defaultSession.permissionCheckHandler!;
    const page = { mediaType: 'audio', requestingUrl: APP_URL, isMainFrame: true };
    expect(check(null, 'media', 'kiosk://app', page)).toBe(true);
    expect(check(null, 'media', 'kiosk://app', { ...page, mediaType: 'video' })).toBe(false);
    expect(check(null, 'geolocation', 'kiosk://app', page)).toBe(false);
    const granted: boolean[] = [];
    electron.session.defaultSession.permissionRequestHandler!(null, 'media', (g: boolean) => granted.push(g), page);
    expect(granted).toEqual([false]);
  });
});

describe('the embedded official site through IPC', () => {
  it('opens in a view the app lockdown leaves alone, and is closed with the citizen session', async () => {
    const window = kioskWindow();
    const bounds = { x: 600, y: 80, width: 680, height: 640 };
    const shown = await electron.ipcMain.invoke('site.show', appFrame, { url: 'https://www.borger.dk/', bounds });
    expect(shown).toEqual({ ok: true, value: { display: 'view' } });
    const view = window.contentView.children.at(-1)!;
    const onSite = electron.fakeEvent({ url: 'https://www.borger.dk/flytning', isMainFrame: true });
    view.webContents.emit('will-navigate', onSite);
    expect(onSite.defaultPrevented).toBe(false);

    const refused = await electron.ipcMain.invoke('site.show', appFrame, { url: 'https://evil.example/', bounds });
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'site_not_allowed', messageKey: 'errors.siteNotAllowed' },
    });

    const started = (await electron.ipcMain.invoke('session.start', appFrame, { language: 'da' })) as {
      value: { sessionId: number };
    };
    await electron.ipcMain.invoke('session.end', appFrame, { sessionId: started.value.sessionId, reason: 'idle' });
    expect(window.contentView.children).toEqual([]);
    expect(view.webContents.closed).toBe(true);
  });
});

describe('quitting', () => {
  it('quits when the window is closed and closes the services on will-quit', async () => {
    electron.app.emit('window-all-closed');
    expect(electron.app.quitCalls).toBe(1);
    electron.app.emit('will-quit', electron.fakeEvent());
    expect(logged.some((l) => l.event === 'app.quitting')).toBe(true);
    // The services' database is closed: the app page now gets an internal error, not data.
    const result = (await electron.ipcMain.invoke('session.start', appFrame, { language: 'da' })) as { ok: boolean };
    expect(result.ok).toBe(false);
  });

  it('logged every lifecycle step, and no URL path or query', () => {
    const events = logged.map((l) => l.event);
    for (const event of ['app.starting', 'app.ready', 'app.ipcRegistered', 'window.created', 'window.shown']) {
      expect(events).toContain(event);
    }
    expect(JSON.stringify(logged)).not.toContain('evil.example/');
  });
});
