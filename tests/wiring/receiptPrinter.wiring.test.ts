import { beforeEach, describe, expect, it, vi } from 'vitest';
import * as electron from './electronStandIn';

/**
 * Wiring test: the Electron receipt printer (window/receiptPrinter.ts) against the recording
 * stand-in for 'electron'. Proves the window it asks for, what it loads, what it asks Chromium
 * to print, and that the window is gone afterwards whatever happened.
 */
vi.mock('electron', () => import('./electronStandIn'));

const { createReceiptPrinter, receiptDataUrl } = await import('../../electron/window/receiptPrinter');

// Characters a plain data: URL would mangle (#, %) and text in two scripts.
const html = '<!doctype html><p>Kvittering #1 · 100% · Søren · طلب</p>';

const lastWindow = () => {
  const window = electron.BrowserWindow.created.at(-1);
  if (!window) throw new Error('no window created');
  return window;
};

const decode = (url: string) => {
  const prefix = 'data:text/html;charset=utf-8;base64,';
  expect(url.startsWith(prefix)).toBe(true);
  return Buffer.from(url.slice(prefix.length), 'base64').toString('utf8');
};

let printer: ReturnType<typeof createReceiptPrinter>;
beforeEach(() => {
  printer = createReceiptPrinter();
});

describe('the receipt printer in Electron', () => {
  it('lays the receipt out in a hidden, sandboxed window with no script, no preload and a memory-only session', async () => {
    await printer.pdf(html);
    const { options } = lastWindow();
    expect(options).toMatchObject({ show: false });
    const prefs = options.webPreferences as Record<string, unknown>;
    expect(prefs).toMatchObject({
      sandbox: true,
      javascript: false,
      contextIsolation: true,
      nodeIntegration: false,
      devTools: false,
    });
    expect(prefs.preload).toBeUndefined();
    expect(String(prefs.partition)).not.toMatch(/^persist:/);
  });

  it('makes an A4 PDF of the loaded receipt and destroys the window', async () => {
    const pdf = await printer.pdf(html);
    const window = lastWindow();
    expect(pdf.toString()).toBe('%PDF-stand-in');
    expect(window.webContents.loadedUrls).toHaveLength(1);
    expect(decode(window.webContents.loadedUrls[0]!)).toBe(html);
    expect(receiptDataUrl(html)).toBe(window.webContents.loadedUrls[0]);
    expect(window.webContents.pdfRequests).toEqual([
      { options: { pageSize: 'A4', printBackground: true }, url: receiptDataUrl(html) },
    ]);
    expect(window.destroyed).toBe(true);
  });

  it('prints silently to the named printer, or the default one, and resolves when the job is spooled', async () => {
    await printer.print(html, 'Borgerservice-HP');
    const named = lastWindow();
    expect(named.webContents.printRequests).toEqual([
      {
        options: { silent: true, deviceName: 'Borgerservice-HP', printBackground: true, pageSize: 'A4' },
        url: receiptDataUrl(html),
      },
    ]);
    expect(named.destroyed).toBe(true);

    await printer.print(html);
    expect(lastWindow().webContents.printRequests[0]!.options).toMatchObject({ silent: true, deviceName: undefined });
  });

  it('rejects with the reason when printing fails, and still destroys the window', async () => {
    const created = electron.BrowserWindow.created.length;
    const answerFailure = (window: electron.BrowserWindow) => {
      window.webContents.printAnswer = { success: false, failureReason: 'Print job failed' };
    };
    // The window is created inside print(); the failure is set as soon as it exists.
    const printing = printer.print(html);
    answerFailure(electron.BrowserWindow.created[created]!);
    await expect(printing).rejects.toThrow(/Print job failed/);
    expect(lastWindow().destroyed).toBe(true);
  });

  it('destroys the window when making the PDF fails', async () => {
    const created = electron.BrowserWindow.created.length;
    const making = printer.pdf(html);
    electron.BrowserWindow.created[created]!.webContents.pdfAnswer = new Error('render failed');
    await expect(making).rejects.toThrow(/render failed/);
    expect(lastWindow().destroyed).toBe(true);
  });
});
