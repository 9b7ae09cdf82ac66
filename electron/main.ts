import fs from 'node:fs';
import path from 'node:path';
import { app, BrowserWindow, ipcMain, Menu, protocol, session } from 'electron';
import { channelNames } from './api/channels';
import type { Handlers } from './api/dispatch';
import { createHandlers } from './api/handlers';
import { adminArguments } from './admin/adminArguments';
import { runAdminAtTerminal } from './admin/adminTerminal';
import { createElectronPlatform } from './platform/electronPlatform';
import { applyStartAtLogin, followWorkingDay } from './platform/operations';
import { safeStorageKeyVault } from './platform/safeStorageKeyVault';
import { registerIpc } from './ipc';
import { resolveDataDir } from './services/dataDir';
import { createKioskServices, type KioskServices } from './services/kioskServices';
import { KioskError } from './services/kioskError';
import { log, setLogFile } from './services/log';
import { rotatingLogSink } from './services/logFile';
import { APP_SCHEME, APP_SCHEME_PRIVILEGES, APP_URL, serveAppFile } from './window/appProtocol';
import { devToolsAllowed, kioskWindowOptions } from './window/kioskWindow';
import { isSiteSession } from './window/officialSiteView';
import {
  denyAllPermissions,
  guardWebContents,
  isAppFrame,
  keepKioskAlive,
  lockDownContents,
  logBlocked,
} from './window/lockdown';

/**
 * The kiosk's main process: one instance, one locked-down window onto kiosk://app/, and the API
 * table over IPC; or, with --admin, the admin command line and nothing else. Everything with
 * behaviour lives in services/, platform/ and window/; this file only wires.
 */

/** In development, the Electron-ABI build from scripts/electron-native.mjs; packaged apps use electron-builder's. */
function devNativeBinding(appPath: string): string | undefined {
  if (app.isPackaged) return undefined;
  const file = path.join(appPath, 'build', 'native', 'electron', 'better_sqlite3.node');
  return fs.existsSync(file) ? file : undefined;
}

/** How long a kiosk whose services could not start waits before it restarts to try again. */
export const START_RETRY_MS = 5 * 60 * 1000;

/** The services, or why not: a full disk, a read-only folder or a held database says so to staff. */
function startServices(appPath: string, dataDir: string): KioskServices | KioskError {
  try {
    return createKioskServices({
      dataDir,
      resourcesDir: app.isPackaged ? path.join(process.resourcesPath, 'resources') : path.join(appPath, 'resources'),
      env: process.env,
      nativeBinding: devNativeBinding(appPath),
      keyVault: safeStorageKeyVault(dataDir),
      appRoot: appPath,
    });
  } catch (error) {
    log.error('app.servicesFailed', { error: error instanceof Error ? error.name : 'unknown' });
    return error instanceof KioskError ? error : new KioskError('services_unavailable', 'errors.unreachable');
  }
}

/** Without services the page still loads and shows staff why on its start-failed screen instead of hanging. */
function unavailableHandlers(failure: KioskError): Handlers {
  const refuse = () => {
    throw failure;
  };
  return Object.fromEntries(channelNames.map((channel) => [channel, refuse])) as unknown as Handlers;
}

function createKioskWindow(appPath: string): BrowserWindow {
  // Electronegativity cannot see into kioskWindowOptions() (window/kioskWindow.ts), which sets
  // contextIsolation and sandbox to true; tests/wiring/mainProcess.wiring.test.ts holds this window
  // to both. A middle click opens nothing: every new window is refused (lockdown.ts), and the
  // check's remedy, disableBlinkFeatures: 'Auxclick', names a feature Chromium no longer has.
  const window = /* eng-disable CONTEXT_ISOLATION_JS_CHECK SANDBOX_JS_CHECK AUXCLICK_JS_CHECK */ new BrowserWindow(
    kioskWindowOptions({
      preloadPath: path.join(appPath, 'dist', 'electron', 'preload.cjs'),
      devTools: devToolsAllowed(process.env),
    }),
  );
  keepKioskAlive(window.webContents, { appUrl: APP_URL });
  window.once('ready-to-show', () => {
    window.show();
    log.info('window.shown');
  });
  window.loadURL(APP_URL).catch((error: unknown) => {
    log.error('window.loadFailed', { error: error instanceof Error ? error.name : 'unknown' });
  });
  log.info('window.created', { devTools: devToolsAllowed(process.env) });
  return window;
}

function startKiosk(dataDir: string): void {
  // Both must happen before 'ready'.
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { ...APP_SCHEME_PRIVILEGES } }]);
  app.enableSandbox();

  let kioskWindow: BrowserWindow | null = null;
  let services: KioskServices | null = null;
  // The window closes only when the app quits: the staff exit, a restart, or the system shutting
  // down. Alt+F4 and the like close nothing (keys are also blocked in kioskKeys.ts).
  let quitting = false;
  app.on('before-quit', () => {
    quitting = true;
  });

  app.on('second-instance', () => {
    log.info('app.secondInstanceFocused');
    if (!kioskWindow) return;
    if (kioskWindow.isMinimized()) kioskWindow.restore();
    kioskWindow.focus();
  });
  // Every web contents, including any created later, gets the same keys, pickers and navigation
  // lockdown; the official-site view has its own navigation rules (officialSiteView.ts).
  app.on('web-contents-created', (_event, contents) => {
    lockDownContents(contents);
    if (!isSiteSession(contents.session)) guardWebContents(contents, { onBlocked: logBlocked });
  });
  app.on('window-all-closed', () => {
    log.info('app.windowsClosed');
    app.quit();
  });
  app.on('will-quit', () => {
    services?.close();
    services = null;
    log.info('app.quitting');
  });

  /** An administrator's restart (a saved config) or the daily one: close cleanly, start again. */
  const restart = () => {
    log.info('app.restarting');
    services?.close();
    services = null;
    app.relaunch();
    app.exit(0);
  };

  app
    .whenReady()
    .then(() => {
      log.info('app.ready', { version: app.getVersion(), packaged: app.isPackaged });
      const appPath = app.getAppPath();
      Menu.setApplicationMenu(null);
      denyAllPermissions(session.defaultSession, { audioDeviceNames: true });
      const started = startServices(appPath, dataDir);
      services = started instanceof KioskError ? null : started;
      const defaultLanguage = services?.config.languages.default;
      protocol.handle(APP_SCHEME, (request) =>
        serveAppFile(path.join(appPath, 'dist', 'renderer'), request.url, defaultLanguage),
      );
      const platform = createElectronPlatform({
        kioskWindow: () => kioskWindow,
        services,
        tempDir: path.join(dataDir, 'tmp'),
        restart,
      });
      const handlers = started instanceof KioskError ? unavailableHandlers(started) : createHandlers(started, platform);
      const channels = registerIpc(ipcMain, handlers, isAppFrame);
      log.info('app.ipcRegistered', { channels: channels.length });
      if (!services) {
        // Whatever stopped the services (a full disk, a folder made read-only, a lock) may pass:
        // start again now and then, so the kiosk comes back by itself once the cause is gone.
        setTimeout(restart, START_RETRY_MS);
        log.info('app.startRetryScheduled', { minutes: START_RETRY_MS / 60_000 });
      } else {
        const running = services;
        applyStartAtLogin(running.config.operations.startAtLogin);
        followWorkingDay({
          operations: running.config.operations,
          busy: () => running.citizenSessions.anyOpen() || running.staffSession.active(),
          restart,
        });
      }
      kioskWindow = createKioskWindow(appPath);
      kioskWindow.on('close', (event) => {
        if (quitting) return;
        event.preventDefault();
        log.warn('lockdown.closeRefused');
      });
      // Windows is logging off or shutting down: let the window go.
      kioskWindow.on('session-end', () => {
        quitting = true;
      });
      kioskWindow.on('closed', () => {
        kioskWindow = null;
      });
    })
    .catch((error: unknown) => {
      log.error('app.startFailed', { error: error instanceof Error ? error.name : 'unknown' });
      app.quit();
    });
}

const adminArgs = adminArguments(process.argv);
if (adminArgs) {
  // `Borgerkiosk --admin …`: the admin command line in the app's own process, then exit.
  runAdminAtTerminal(adminArgs, (code) => app.exit(code));
} else {
  const dataDir = resolveDataDir(process.env, app.getPath('userData'));
  // Every line from here on also goes to logs/main.log in the data folder (rotated at 1 MB).
  setLogFile(rotatingLogSink(dataDir));
  // The last word on anything no handler caught: its kind only, never its message (it could
  // quote what a citizen typed). The kiosk keeps running; the page recovers on its own.
  process.on('uncaughtException', (error) => log.error('app.uncaughtException', { error: error.name }));
  process.on('unhandledRejection', (reason) =>
    log.error('app.unhandledRejection', { error: reason instanceof Error ? reason.name : typeof reason }),
  );
  log.info('app.starting', { pid: process.pid });
  if (app.requestSingleInstanceLock()) {
    startKiosk(dataDir);
  } else {
    // Another kiosk is already running; it focuses its window (see 'second-instance').
    log.info('app.alreadyRunning');
    app.quit();
  }
}
