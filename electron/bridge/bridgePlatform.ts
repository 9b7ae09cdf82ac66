import type { Platform } from '../platform/platform';
import { createBridgeSite, type BridgeSite } from './bridgeSite';
import { renderReceiptPdf } from './receiptPdf';

/**
 * The browser bridge's share of the privacy wipe. A server cannot reach into the browser, so the
 * wipe is asked of it by the web's own means: the answer to the call that reset the kiosk carries
 * Clear-Site-Data, and Chromium clears everything the origin (app and stand-in site) stored.
 */
export interface BridgePrivacy {
  wipe(): Promise<void>;
  /** The header to send with the answer to the call that asked for a wipe, once. */
  takeClearSiteData(): string | null;
}

export const CLEAR_SITE_DATA = '"cache", "cookies", "storage"';

function createBridgePrivacy(): BridgePrivacy {
  let requested = false;
  return {
    wipe: async () => {
      requested = true;
    },
    takeClearSiteData() {
      const header = requested ? CLEAR_SITE_DATA : null;
      requested = false;
      return header;
    },
  };
}

export type BridgePlatform = Platform & { site: BridgeSite; privacy: BridgePrivacy };

/**
 * What the browser bridge does in Electron's place: the site panel frames the stand-in site; the
 * receipt, with no printer to go to, comes back as a PDF rendered by headless Chromium; leaving
 * and restarting are the bridge's to handle (`onLeave`, `onRestart`), as it has no kiosk mode.
 */
export function createBridgePlatform(
  allowedDomains: readonly string[],
  kiosk: { onLeave?: () => void; onRestart?: () => void } = {},
): BridgePlatform {
  return {
    site: createBridgeSite(allowedDomains),
    receipts: {
      deliver: async (html) => ({ printed: false, pdf: await renderReceiptPdf(html) }),
      pdf: renderReceiptPdf,
    },
    privacy: createBridgePrivacy(),
    kiosk: {
      leave: () => kiosk.onLeave?.(),
      restart: () => kiosk.onRestart?.(),
    },
  };
}
