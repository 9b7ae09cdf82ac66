import path from 'node:path';
import { app, clipboard, session, type BrowserWindow } from 'electron';
import type { KioskServices } from '../services/kioskServices';
import { createOfficialSiteView, openedSiteSessions } from '../window/officialSiteView';
import { wipePrivacy } from '../window/privacyWipe';
import { createReceiptPrinter } from '../window/receiptPrinter';
import type { Platform } from './platform';

export interface ElectronPlatformOptions {
  kioskWindow: () => BrowserWindow | null;
  services: KioskServices | null;
  /** The data folder's tmp/: downloads (when allowed) and anything else a citizen leaves. */
  tempDir: string;
  /** Closes the services and starts the app again. */
  restart: () => void;
}

/** The Platform as Electron provides it: the site view, the printer, the wipe, quitting and relaunching. */
export function createElectronPlatform({ kioskWindow, services, tempDir, restart }: ElectronPlatformOptions): Platform {
  const config = services?.config;
  const printer = createReceiptPrinter();
  return {
    site: createOfficialSiteView(kioskWindow, {
      allowedDomains: config?.officialSites.allowedDomains ?? [],
      allowedPermissions: config?.lockdown.allowedPermissions ?? [],
      downloadsDir: config?.lockdown.allowDownloads ? path.join(tempDir, 'downloads') : null,
    }),
    receipts: {
      // Printed silently to the centre's printer, as the citizen waits at the counter.
      deliver: async (html) => {
        await printer.print(html, config?.receipts.printer || undefined);
        return { printed: true, pdf: null };
      },
      pdf: (html) => printer.pdf(html),
    },
    privacy: {
      wipe: () =>
        wipePrivacy({ sessions: () => [session.defaultSession, ...openedSiteSessions()], clipboard, tempDir }),
    },
    kiosk: {
      // before-quit lets the window close (main.ts); nothing else does.
      leave: () => app.quit(),
      restart,
    },
  };
}
