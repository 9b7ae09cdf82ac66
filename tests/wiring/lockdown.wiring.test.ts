import type { Session, WebContents } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { setLogSink } from '../../electron/services/log';
import { APP_URL } from '../../electron/window/appProtocol';
import { denyAllPermissions, guardWebContents, keepKioskAlive, type BlockedKind } from '../../electron/window/lockdown';
import { fakeEvent, FakeWebContents, session } from './electronStandIn';

/** Wiring test: the lockdown's event handlers on a recording stand-in for WebContents and Session. */
setLogSink(() => {});

const asWebContents = (contents: FakeWebContents) => contents as unknown as WebContents;

function guarded() {
  const contents = new FakeWebContents();
  const blocked: [BlockedKind, string][] = [];
  guardWebContents(asWebContents(contents), { onBlocked: (kind, url) => blocked.push([kind, url]) });
  return { contents, blocked };
}

describe('guardWebContents', () => {
  it.each(['will-navigate', 'will-redirect', 'will-frame-navigate'])('%s: prevents leaving kiosk://app', (name) => {
    const { contents, blocked } = guarded();
    for (const url of [
      'https://evil.example/',
      'file:///etc/passwd',
      'kiosk://other/',
      'about:blank',
      'javascript:alert(1)',
    ]) {
      const event = fakeEvent({ url, isMainFrame: name !== 'will-frame-navigate' });
      contents.emit(name, event);
      expect(event.defaultPrevented, url).toBe(true);
    }
    expect(blocked).toHaveLength(5);
  });

  it.each(['will-navigate', 'will-redirect', 'will-frame-navigate'])("%s: allows the app's own pages", (name) => {
    const { contents, blocked } = guarded();
    for (const url of [APP_URL, 'kiosk://app/index.html#/welcome']) {
      const event = fakeEvent({ url, isMainFrame: true });
      contents.emit(name, event);
      expect(event.defaultPrevented).toBe(false);
    }
    expect(blocked).toEqual([]);
  });

  it('denies every window.open, even to the app itself', () => {
    const { contents, blocked } = guarded();
    expect(contents.windowOpenHandler?.({ url: 'https://evil.example/' })).toEqual({ action: 'deny' });
    expect(contents.windowOpenHandler?.({ url: APP_URL })).toEqual({ action: 'deny' });
    expect(blocked.map(([kind]) => kind)).toEqual(['window-open', 'window-open']);
  });

  it('prevents attaching a webview', () => {
    const { contents, blocked } = guarded();
    const event = fakeEvent();
    contents.emit('will-attach-webview', event, {}, { src: 'https://evil.example/' });
    expect(event.defaultPrevented).toBe(true);
    expect(blocked).toEqual([['webview', 'https://evil.example/']]);
  });
});

describe('denyAllPermissions', () => {
  it('denies requests, checks and devices', () => {
    denyAllPermissions(session.defaultSession as unknown as Session);
    const granted: boolean[] = [];
    session.defaultSession.permissionRequestHandler?.({}, 'media', (g: boolean) => granted.push(g), {});
    expect(granted).toEqual([false]);
    expect(session.defaultSession.permissionCheckHandler?.(null, 'geolocation', APP_URL, {})).toBe(false);
    expect(session.defaultSession.devicePermissionHandler?.({})).toBe(false);
  });
});

describe('keepKioskAlive', () => {
  let contents: FakeWebContents;
  beforeEach(() => {
    vi.useFakeTimers();
    contents = new FakeWebContents();
    keepKioskAlive(asWebContents(contents), { appUrl: APP_URL, unresponsiveGraceMs: 5_000 });
  });
  afterEach(() => vi.useRealTimers());

  it('reloads the app URL (welcome screen) when the renderer process is gone', () => {
    contents.emit('render-process-gone', fakeEvent(), { reason: 'oom', exitCode: 0 });
    expect(contents.loadedUrls).toEqual([APP_URL]);
  });

  it('does not reload a destroyed window', () => {
    contents.destroyed = true;
    contents.emit('render-process-gone', fakeEvent(), { reason: 'crashed', exitCode: 1 });
    expect(contents.loadedUrls).toEqual([]);
  });

  it('kills and reloads a renderer still unresponsive after the grace period', () => {
    contents.emit('unresponsive');
    vi.advanceTimersByTime(4_999);
    expect(contents.loadedUrls).toEqual([]);
    contents.emit('unresponsive'); // repeated reports do not restart the grace period
    vi.advanceTimersByTime(1);
    expect(contents.forcedCrashes).toBe(1);
    expect(contents.loadedUrls).toEqual([APP_URL]);
  });

  it('leaves a renderer alone that becomes responsive within the grace period', () => {
    contents.emit('unresponsive');
    vi.advanceTimersByTime(3_000);
    contents.emit('responsive');
    vi.advanceTimersByTime(60_000);
    expect(contents.forcedCrashes).toBe(0);
    expect(contents.loadedUrls).toEqual([]);
  });
});
