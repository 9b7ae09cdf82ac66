import type { Session, WebContents } from 'electron';
import { log } from '../services/log';
import { APP_HOST, APP_SCHEME } from './appProtocol';
import { refuseFileChoosers } from './fileChoosers';
import { blockKioskKeys } from './kioskKeys';

/**
 * What a public terminal must never do: leave the app's own pages, open windows, embed webviews
 * or grant the page any permission. Pure policy functions first, then the thin wiring onto
 * Electron objects (typed against electron.d.ts, tested against a recording stand-in).
 */

/** True only for the app's own pages, kiosk://app/... (no other host, no user info). */
export function isAppUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return (
    parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST && parsed.username === '' && parsed.password === ''
  );
}

/** IPC may only come from the app's page itself, never from a frame inside it. */
export function isAppSender(frameUrl: string, isMainFrame: boolean): boolean {
  return isMainFrame && isAppUrl(frameUrl);
}

/** The part of a WebFrameMain the sender check needs; event.senderFrame is null once the frame is gone. */
export type SenderFrame = { readonly url: string; readonly parent: object | null } | null;

export function isAppFrame(frame: SenderFrame): boolean {
  try {
    return frame !== null && isAppSender(frame.url, frame.parent === null);
  } catch {
    // Reading a disposed frame throws in Electron; a frame we cannot read is not trusted.
    return false;
  }
}

/** Scheme and host only: paths and queries can carry what a citizen typed, and logs never do. */
export function describeUrlForLog(url: string | undefined): string {
  if (!url) return 'none';
  try {
    const parsed = new URL(url);
    return parsed.host ? `${parsed.protocol}//${parsed.host}` : parsed.protocol;
  } catch {
    return 'invalid';
  }
}

export type BlockedKind = 'navigation' | 'redirect' | 'frame-navigation' | 'window-open' | 'webview';
export type OnBlocked = (kind: BlockedKind, url: string) => void;

export const logBlocked: OnBlocked = (kind, url) =>
  log.warn('lockdown.blocked', { kind, target: describeUrlForLog(url) });

type GuardedContents = Pick<WebContents, 'on' | 'setWindowOpenHandler'>;

/**
 * On every web contents, the app's page and the official site alike: no keys that leave or break
 * the kiosk, no file pickers, no context menu. (Dropped files are never opened: navigateOnDragDrop
 * is off and navigation away from the app is refused below.)
 */
export function lockDownContents(contents: Pick<WebContents, 'on' | 'debugger'>): void {
  blockKioskKeys(contents);
  refuseFileChoosers(contents.debugger).catch((error: unknown) =>
    log.error('lockdown.fileChoosersNotRefused', { error: error instanceof Error ? error.message : 'unknown' }),
  );
  // Electron shows no menu of its own; this also keeps a long press on a touch screen quiet.
  contents.on('context-menu', (event) => event.preventDefault());
}

/** Applied to every web contents the app creates (app 'web-contents-created'). */
export function guardWebContents(contents: GuardedContents, { onBlocked }: { onBlocked: OnBlocked }): void {
  contents.on('will-navigate', (event) => {
    if (isAppUrl(event.url)) return;
    event.preventDefault();
    onBlocked('navigation', event.url);
  });
  contents.on('will-redirect', (event) => {
    if (isAppUrl(event.url)) return;
    event.preventDefault();
    onBlocked('redirect', event.url);
  });
  // Also fires for subframes, which will-navigate does not see.
  contents.on('will-frame-navigate', (event) => {
    if (isAppUrl(event.url)) return;
    event.preventDefault();
    onBlocked('frame-navigation', event.url);
  });
  contents.setWindowOpenHandler(({ url }) => {
    onBlocked('window-open', url);
    return { action: 'deny' };
  });
  contents.on('will-attach-webview', (event, _webPreferences, params) => {
    event.preventDefault();
    onBlocked('webview', params.src ?? '');
  });
}

type PermissionSession = Pick<
  Session,
  'setPermissionRequestHandler' | 'setPermissionCheckHandler' | 'setDevicePermissionHandler'
>;

/**
 * The one permission check the kiosk's own page passes: reading the names of audio devices, so it
 * notices headphones being plugged in and turns on reading aloud. Chromium shows those names only
 * to a page that "has" audio permission; the request handler still refuses any actual capture.
 */
export function mayReadAudioDeviceNames(permission: string, details: { mediaType?: string; requestingUrl?: string }) {
  return permission === 'media' && details.mediaType === 'audio' && isAppUrl(details.requestingUrl ?? '');
}

export interface PermissionPolicy {
  /** Lets the app's own page through mayReadAudioDeviceNames (never a site). */
  audioDeviceNames?: boolean;
  /** What the centre chose to allow in config (lockdown.allowedPermissions); usually nothing. */
  allowed?: readonly string[];
}

/**
 * The kiosk needs no camera, microphone, location, notifications, clipboard reading, USB, HID,
 * serial or MIDI: every request is refused unless config names the permission.
 */
export function denyAllPermissions(session: PermissionSession, policy: PermissionPolicy = {}): void {
  const allowed = new Set(policy.allowed ?? []);
  session.setPermissionRequestHandler((_contents, permission, callback) => {
    const granted = allowed.has(permission);
    if (!granted) log.warn('lockdown.permissionDenied', { permission });
    callback(granted);
  });
  session.setPermissionCheckHandler(
    (_contents, permission, _origin, details) =>
      allowed.has(permission) || (policy.audioDeviceNames === true && mayReadAudioDeviceNames(permission, details)),
  );
  session.setDevicePermissionHandler((details) => allowed.has(details.deviceType));
}

type RecoverableContents = Pick<WebContents, 'on' | 'loadURL' | 'forcefullyCrashRenderer' | 'isDestroyed'>;

export interface KeepAliveOptions {
  /** Where a recovered window starts again: the welcome screen. */
  appUrl: string;
  /** How long a hung page may take to recover on its own before it is restarted. */
  unresponsiveGraceMs?: number;
}

/**
 * A public terminal must never be left on a dead or frozen page: a crashed renderer is reloaded
 * at once; a hung one gets a short grace and is then killed and reloaded. Reloading starts a new
 * citizen session; kiosk.start closes the interrupted one.
 */
export function keepKioskAlive(contents: RecoverableContents, options: KeepAliveOptions): void {
  const graceMs = options.unresponsiveGraceMs ?? 10_000;
  let hangTimer: ReturnType<typeof setTimeout> | undefined;

  const reloadApp = (why: string) => {
    if (contents.isDestroyed()) return;
    log.info('window.reloading', { why });
    contents.loadURL(options.appUrl).catch((error: unknown) => {
      // A second reload aborts the first (ERR_ABORTED); only the last one matters.
      const code = (error as { code?: unknown } | null)?.code;
      log.warn('window.reloadFailed', { code: typeof code === 'string' ? code : 'unknown' });
    });
  };
  const clearHangTimer = () => {
    if (hangTimer !== undefined) clearTimeout(hangTimer);
    hangTimer = undefined;
  };

  contents.on('render-process-gone', (_event, details) => {
    clearHangTimer();
    log.error('renderer.gone', { reason: details.reason, exitCode: details.exitCode });
    reloadApp('render-process-gone');
  });
  contents.on('unresponsive', () => {
    log.warn('renderer.unresponsive', { graceMs });
    if (hangTimer !== undefined) return;
    hangTimer = setTimeout(() => {
      hangTimer = undefined;
      log.error('renderer.stillUnresponsive', { graceMs });
      if (contents.isDestroyed()) return;
      // A hung renderer would not run a navigation; killing it makes the reload use a fresh process.
      contents.forcefullyCrashRenderer();
      reloadApp('unresponsive');
    }, graceMs);
  });
  contents.on('responsive', () => {
    clearHangTimer();
    log.info('renderer.responsive');
  });
  contents.on('destroyed', clearHangTimer);
}
