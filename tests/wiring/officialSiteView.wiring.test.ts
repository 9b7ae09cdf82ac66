import type { BrowserWindow } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { setLogSink } from '../../electron/services/log';
import * as electron from './electronStandIn';

/**
 * Wiring test: the Electron embedded site (window/officialSiteView.ts) against the recording
 * stand-in for 'electron'. Proves which view, partition and guards it asks Electron for.
 */
vi.mock('electron', () => import('./electronStandIn'));
setLogSink(() => {});

const { createOfficialSiteView, isSiteSession } = await import('../../electron/window/officialSiteView');
const bounds = { x: 600.4, y: 80, width: 679.6, height: 640 };

let window: electron.BrowserWindow;
let site: ReturnType<typeof createOfficialSiteView>;
beforeEach(() => {
  window = new electron.BrowserWindow({});
  site = createOfficialSiteView(() => window as unknown as BrowserWindow, {
    allowedDomains: ['borger.dk', 'mitid.dk'],
    allowedPermissions: [],
    downloadsDir: null,
  });
});

const shownView = () => {
  const view = window.contentView.children.at(-1);
  if (!view) throw new Error('no view shown');
  return view;
};

describe('the embedded official site in Electron', () => {
  it('opens the address in a sandboxed view over the panel, in an in-memory partition of its own', () => {
    expect(site.show('https://www.borger.dk/flytning', bounds)).toEqual({ display: 'view' });
    const view = shownView();
    const prefs = view.options.webPreferences!;
    expect(prefs).toMatchObject({ sandbox: true, contextIsolation: true, nodeIntegration: false, devTools: false });
    expect(prefs.preload).toBeUndefined();
    const partition = (prefs.session as electron.FakeSession).partition;
    expect(partition).toMatch(/^official-site-\d+$/); // no "persist:": memory only
    expect(isSiteSession(prefs.session as never)).toBe(true);
    expect(view.webContents.loadedUrls).toEqual(['https://www.borger.dk/flytning']);
    expect(view.bounds).toEqual({ x: 600, y: 80, width: 680, height: 640 });
    expect(view.visible).toBe(true);
    // Its session grants nothing: no camera, microphone or location for the site.
    expect((prefs.session as electron.FakeSession).permissionCheckHandler?.()).toBe(false);
  });

  it('lets allowed pages load and refuses the rest: navigation, redirect, frames, windows, downloads', () => {
    site.show('https://www.borger.dk/', bounds);
    const view = shownView();
    const contents = view.webContents;

    const inside = electron.fakeEvent({ url: 'https://www.borger.dk/flytning', isMainFrame: true });
    contents.emit('will-navigate', inside);
    expect(inside.defaultPrevented).toBe(false);
    const login = electron.fakeEvent({ url: 'https://mitid.dk/login', isMainFrame: false });
    contents.emit('will-frame-navigate', login);
    expect(login.defaultPrevented).toBe(false);

    for (const [event, details] of [
      ['will-navigate', { url: 'https://evil.example/', isMainFrame: true }],
      ['will-redirect', { url: 'https://borger.dk.evil.example/', isMainFrame: true }],
      ['will-frame-navigate', { url: 'https://ads.example/', isMainFrame: false }],
    ] as const) {
      view.visible = true;
      const refused = electron.fakeEvent(details);
      contents.emit(event, refused);
      expect(refused.defaultPrevented, event).toBe(true);
      expect(site.status()).toMatchObject({ state: 'blocked', refusal: 'address' });
      expect(view.visible, 'the view steps aside so the explanation shows').toBe(false);
    }

    // A new window never opens; an allowed one loads in the panel instead.
    expect(contents.windowOpenHandler?.({ url: 'https://www.borger.dk/hjaelp' })).toEqual({ action: 'deny' });
    expect(contents.loadedUrls.at(-1)).toBe('https://www.borger.dk/hjaelp');
    expect(contents.windowOpenHandler?.({ url: 'https://evil.example/' })).toEqual({ action: 'deny' });
    expect(contents.loadedUrls.at(-1)).toBe('https://www.borger.dk/hjaelp');
    expect(site.status()).toEqual({ state: 'blocked', host: 'evil.example', refusal: 'address' });

    const download = electron.fakeEvent();
    (view.options.webPreferences!.session as electron.FakeSession).emit('will-download', download, {
      getURL: () => 'https://www.borger.dk/brev.pdf',
    });
    expect(download.defaultPrevented).toBe(true);
    expect(site.status()).toEqual({ state: 'blocked', host: 'www.borger.dk', refusal: 'download' });
  });

  it('goes back to the last allowed page and shows the view again', () => {
    site.show('https://www.borger.dk/', bounds);
    const view = shownView();
    view.webContents.emit('will-navigate', electron.fakeEvent({ url: 'https://www.borger.dk/a', isMainFrame: true }));
    view.webContents.emit('will-navigate', electron.fakeEvent({ url: 'https://evil.example/', isMainFrame: true }));
    expect(view.visible).toBe(false);
    site.back();
    expect(site.status()).toEqual({ state: 'open', host: 'www.borger.dk' });
    expect(view.webContents.loadedUrls.at(-1)).toBe('https://www.borger.dk/a');
    expect(view.visible).toBe(true);
  });

  it('hides the view while a dialog covers the page and follows the panel when it moves', () => {
    site.show('https://www.borger.dk/', bounds);
    const view = shownView();
    site.place({ x: 10, y: 20, width: 300, height: 400 }, false);
    expect(view.visible).toBe(false);
    expect(view.bounds).toEqual({ x: 10, y: 20, width: 300, height: 400 });
    site.place(bounds, true);
    expect(view.visible).toBe(true);
  });

  it('on close removes the view, closes its page and clears its partition; the next visit gets a new one', () => {
    site.show('https://www.borger.dk/', bounds);
    const view = shownView();
    const first = view.options.webPreferences!.session as electron.FakeSession;
    site.close();
    expect(window.contentView.children).toEqual([]);
    expect(view.webContents.closed).toBe(true);
    expect(first.storageCleared).toBe(1);
    expect(first.cacheCleared).toBe(1);
    expect(site.status()).toEqual({ state: 'closed' });

    site.show('https://mitid.dk/', bounds);
    const second = shownView().options.webPreferences!.session as electron.FakeSession;
    expect(second.partition).not.toBe(first.partition);
  });
});
