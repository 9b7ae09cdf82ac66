import path from 'node:path';
import { session, WebContentsView, type BrowserWindow, type Session, type WebContents } from 'electron';
import { describeUrlForLog, denyAllPermissions } from './lockdown';
import { log } from '../services/log';
import { decideSiteRequest } from '../api/officialSites';
import { SiteVisit, type PanelBounds, type SitePlatform } from '../platform/platform';

/**
 * Electron's embedded official site: a WebContentsView laid over the page's site panel, beside
 * the guide, in an in-memory session partition of its own. Every navigation, redirect, frame,
 * new window and download is judged by the same rule as in the browser bridge (SiteVisit). Thin
 * wiring only; tested against the recording stand-in for 'electron'.
 */

/**
 * Sessions that belong to an official-site view; the app-wide lockdown leaves their pages alone.
 * Electron keeps a partition's session for the life of the app anyway, so holding them costs
 * nothing, and the privacy wipe clears every one at each reset.
 */
const siteSessions = new Set<Session>();
export const isSiteSession = (candidate: Session) => siteSessions.has(candidate);
export const openedSiteSessions = (): readonly Session[] => [...siteSessions];

/** No "persist:" prefix: the partition lives in memory only, and each visit gets a new one. */
let visits = 0;
const nextPartition = () => `official-site-${++visits}`;

function guardSiteContents(contents: WebContents, visit: SiteVisit, onRefused: () => void) {
  const judge = (kind: 'navigation' | 'redirect' | 'frame-navigation', event: Electron.Event, url: string) => {
    if (visit.check(kind, url)) return;
    event.preventDefault();
    log.warn('site.refused', { kind, target: describeUrlForLog(url) });
    onRefused();
  };
  contents.on('will-navigate', (event) => judge('navigation', event, event.url));
  contents.on('will-redirect', (event) => judge('redirect', event, event.url));
  // Frames inside the site (a login box, say) are held to the same list; the top frame is done above.
  contents.on('will-frame-navigate', (event) => {
    if (!event.isMainFrame) judge('frame-navigation', event, event.url);
  });
  // A new window would cover the kiosk: an allowed page opens in the panel instead.
  contents.setWindowOpenHandler(({ url }) => {
    if (visit.check('new-window', url)) void contents.loadURL(url);
    else {
      log.warn('site.refused', { kind: 'new-window', target: describeUrlForLog(url) });
      onRefused();
    }
    return { action: 'deny' };
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

export interface SiteViewPolicy {
  allowedDomains: readonly string[];
  /** config lockdown.allowedPermissions; usually none. */
  allowedPermissions: readonly string[];
  /** Where allowed downloads go (emptied at every reset), or null when downloads are refused. */
  downloadsDir: string | null;
}

/** A downloaded file's own name, kept to plain characters so it cannot point outside the folder. */
export function downloadFileName(suggested: string): string {
  const base = suggested.split(/[\\/]/).pop() ?? '';
  const plain = base
    .replace(/[^\p{L}\p{N}._ -]/gu, '_')
    .replace(/^\.+/, '')
    .slice(0, 120);
  return plain || 'download';
}

export function createOfficialSiteView(kioskWindow: () => BrowserWindow | null, policy: SiteViewPolicy): SitePlatform {
  const { allowedDomains } = policy;
  const visit = new SiteVisit(allowedDomains);
  let view: WebContentsView | null = null;
  let siteSession: Session | null = null;
  // Whether the page wants the site seen (no dialog over it); a refusal hides it until Back.
  let wanted = false;

  const setVisible = (visible: boolean) => view?.setVisible(visible && wanted);

  function open(url: string) {
    const window = kioskWindow();
    if (!window) return;
    siteSession = session.fromPartition(nextPartition());
    siteSessions.add(siteSession);
    denyAllPermissions(siteSession, { allowed: policy.allowedPermissions });
    siteSession.on('will-download', (event, item) => {
      const { downloadsDir } = policy;
      // Allowed only from the allowed sites; a download is not a page, so Back is left alone.
      if (downloadsDir && decideSiteRequest('navigation', item.getURL(), allowedDomains).allow) {
        // Saved without a dialog into the kiosk's temporary folder, which every reset empties.
        item.setSavePath(path.join(downloadsDir, downloadFileName(item.getFilename())));
        log.info('site.download', { target: describeUrlForLog(item.getURL()) });
        return;
      }
      event.preventDefault();
      visit.check('download', item.getURL());
      log.warn('site.refused', { kind: 'download', target: describeUrlForLog(item.getURL()) });
      setVisible(false);
    });
    view = new WebContentsView({
      webPreferences: {
        session: siteSession,
        sandbox: true,
        contextIsolation: true,
        nodeIntegration: false,
        webviewTag: false,
        devTools: false,
        safeDialogs: true,
        spellcheck: false,
        navigateOnDragDrop: false,
      },
    });
    guardSiteContents(view.webContents, visit, () => setVisible(false));
    window.contentView.addChildView(view);
    void view.webContents.loadURL(url);
  }

  function close() {
    visit.forget();
    if (view) {
      kioskWindow()?.contentView.removeChildView(view);
      view.webContents.close();
      view = null;
    }
    if (siteSession) {
      // The partition's name is never used again; clearing it frees what the citizen left in memory.
      void siteSession.clearStorageData();
      void siteSession.clearCache();
      siteSession = null;
    }
  }

  function place(at: PanelBounds, visible: boolean) {
    wanted = visible;
    view?.setBounds({
      x: Math.round(at.x),
      y: Math.round(at.y),
      width: Math.round(at.width),
      height: Math.round(at.height),
    });
    setVisible(visit.status().state === 'open');
  }

  return {
    show(url, at) {
      close();
      visit.open(url);
      open(url);
      place(at, true);
      return { display: 'view' };
    },
    place,
    status: () => visit.status(),
    back() {
      const url = visit.returnTo();
      if (view && url && view.webContents.getURL() !== url) void view.webContents.loadURL(url);
      setVisible(true);
      return { display: 'view' };
    },
    close,
  };
}
