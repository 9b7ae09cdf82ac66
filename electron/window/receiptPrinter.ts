import { BrowserWindow, type WebContents } from 'electron';

/**
 * Electron's receipt output: the receipt HTML (services/receipt/receiptHtml.ts) laid out by
 * Chromium in a hidden window of its own, printed silently or saved as an A4 PDF. The window
 * runs no script, has no preload and keeps its session in memory: the page holds a CPR number.
 * Thin wiring only; tested against the recording stand-in for 'electron'.
 */

export interface ReceiptPrinter {
  /** The receipt as PDF bytes, to save. */
  pdf(html: string): Promise<Buffer>;
  /** Prints without a dialog to deviceName, or to the system's default printer. */
  print(html: string, deviceName?: string): Promise<void>;
}

/** In memory (no "persist:"), apart from the kiosk's own session. */
const RECEIPT_PARTITION = 'receipt';

function receiptWindow(): BrowserWindow {
  // Never shown, so nothing in it is ever clicked, and every new window is refused (lockdown.ts);
  // the check's remedy, disableBlinkFeatures: 'Auxclick', names a feature Chromium no longer has.
  return /* eng-disable AUXCLICK_JS_CHECK */ new BrowserWindow({
    show: false,
    // An A4 page at 96 dpi, so the layout matches the paper.
    width: 794,
    height: 1123,
    webPreferences: {
      partition: RECEIPT_PARTITION,
      sandbox: true,
      javascript: false,
      contextIsolation: true,
      nodeIntegration: false,
      webviewTag: false,
      devTools: false,
      spellcheck: false,
      navigateOnDragDrop: false,
    },
  });
}

/** A data: URL in base64, so no character in the HTML (#, %, Arabic) can change its meaning. */
export const receiptDataUrl = (html: string) =>
  `data:text/html;charset=utf-8;base64,${Buffer.from(html, 'utf8').toString('base64')}`;

/** Loads the receipt in a fresh window, hands its page to use, and destroys the window after. */
async function withReceiptPage<T>(html: string, use: (contents: WebContents) => Promise<T>): Promise<T> {
  const window = receiptWindow();
  try {
    await window.loadURL(receiptDataUrl(html));
    return await use(window.webContents);
  } finally {
    window.destroy();
  }
}

function printSilently(contents: WebContents, deviceName: string | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    contents.print({ silent: true, deviceName, printBackground: true, pageSize: 'A4' }, (success, failureReason) =>
      success ? resolve() : reject(new Error(`receipt: printing failed (${failureReason})`)),
    );
  });
}

export function createReceiptPrinter(): ReceiptPrinter {
  return {
    pdf: (html) => withReceiptPage(html, (contents) => contents.printToPDF({ pageSize: 'A4', printBackground: true })),
    print: (html, deviceName) => withReceiptPage(html, (contents) => printSilently(contents, deviceName)),
  };
}
