import { decideSiteRequest, hostOf, type SiteRefusal, type SiteRequestKind } from '../api/officialSites';

/**
 * What only some hosts can do, behind one small interface (architecture.md): Electron shows the
 * official site in a view of its own beside the guide; the browser bridge shows an iframe onto a
 * local stand-in site. Everything else is shared. Plain TypeScript: no 'electron' import here.
 */

/** Where the site panel sits in the kiosk window, in CSS pixels from the top left. */
export interface PanelBounds {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** How the renderer shows the site: Electron places a view over the panel; the bridge frames `src`. */
export type SiteDisplay = { display: 'view' } | { display: 'frame'; src: string };

export type SiteStatus =
  { state: 'closed' } | { state: 'open'; host: string } | { state: 'blocked'; host: string; refusal: SiteRefusal };

export interface SitePlatform {
  /** Opens an allowed address in the panel (the caller has checked it is allowed). */
  show(url: string, bounds: PanelBounds): SiteDisplay;
  /** Moves the panel; not visible while a dialog covers the screen, or off the site step. */
  place(bounds: PanelBounds, visible: boolean): void;
  status(): SiteStatus;
  /** From the "this address is not allowed" message back to the last allowed page. */
  back(): SiteDisplay;
  /** Closes the site and forgets everything it stored (cookies, logins, cache): on every reset. */
  close(): void;
}

/** The exemption receipt: printed where there is a printer, else handed back as a PDF. */
export interface ReceiptPlatform {
  /**
   * Electron prints the receipt silently to the configured printer; the browser bridge, which has
   * no printer, renders it as a PDF instead and hands it back.
   */
  deliver(html: string): Promise<{ printed: boolean; pdf: Buffer | null }>;
  /** The receipt (or several, one per page) as a PDF. */
  pdf(html: string): Promise<Buffer>;
}

/** Forgetting the citizen: everything a browser keeps, and the clipboard, cleared at every reset. */
export interface PrivacyPlatform {
  /**
   * Clears cookies, web storage, IndexedDB, cache storage, service workers, the HTTP and auth
   * caches of every session, the clipboard, and downloaded or printed temporary files.
   */
  wipe(): Promise<void>;
}

/** The kiosk itself, for administrators. */
export interface KioskPlatform {
  /** The staff exit: Electron quits to the desktop; the browser bridge has no kiosk mode to leave. */
  leave(): void;
  /** Starts the kiosk again on the saved config (Electron relaunches; the bridge reopens its services). */
  restart(): void;
}

export interface Platform {
  site: SitePlatform;
  receipts: ReceiptPlatform;
  privacy: PrivacyPlatform;
  kiosk: KioskPlatform;
}

/**
 * Follows one citizen's visit to the official site: the last allowed page (where Back returns to)
 * and whether the last request was refused. Both platforms feed it from their own events.
 */
export class SiteVisit {
  private lastAllowed: string | null = null;
  private refused: { host: string; refusal: SiteRefusal } | null = null;

  constructor(private readonly allowedDomains: readonly string[]) {}

  /** Decides a request and remembers the outcome; true when the request may go ahead. */
  check(kind: SiteRequestKind, url: string): boolean {
    const decision = decideSiteRequest(kind, url, this.allowedDomains);
    if (decision.allow) {
      // A new window is a request too; it opens in the panel, so it becomes the page.
      this.lastAllowed = url;
      this.refused = null;
      return true;
    }
    this.refused = { host: hostOf(url), refusal: decision.refusal };
    return false;
  }

  open(url: string): void {
    this.lastAllowed = url;
    this.refused = null;
  }

  /** Where Back leads after a refusal. */
  returnTo(): string | null {
    this.refused = null;
    return this.lastAllowed;
  }

  status(): SiteStatus {
    if (this.lastAllowed === null) return { state: 'closed' };
    if (this.refused) return { state: 'blocked', ...this.refused };
    return { state: 'open', host: hostOf(this.lastAllowed) };
  }

  forget(): void {
    this.lastAllowed = null;
    this.refused = null;
  }
}
