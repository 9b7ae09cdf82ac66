import type { Platform } from '../platform/platform';
import { createBridgeSite, type BridgeSite } from './bridgeSite';
import { renderReceiptPdf } from './receiptPdf';

/**
 * What the browser bridge does in Electron's place: the site panel frames the stand-in site, and
 * the receipt, with no printer to go to, comes back as a PDF rendered by headless Chromium.
 */
export function createBridgePlatform(allowedDomains: readonly string[]): Platform & { site: BridgeSite } {
  return {
    site: createBridgeSite(allowedDomains),
    receipts: {
      deliver: async (html) => ({ printed: false, pdf: await renderReceiptPdf(html) }),
      pdf: renderReceiptPdf,
    },
  };
}
