import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser, type CDPSession } from '@playwright/test';
import { chromiumArgs, findChromium } from '../../electron/bridge/chromium';
import { setLogSink } from '../../electron/services/log';
import { NO_PRINT_DIALOG, refuseFileChoosers, type ProtocolClient } from '../../electron/window/fileChoosers';

/**
 * The file-chooser interception that main.ts arms through Electron's webContents.debugger, run
 * here against real Chromium through a DevTools protocol session: proof that the commands and
 * their parameters are the ones Chromium obeys. (A headless browser never draws the dialog, so
 * the proof is the protocol's own "intercepted" event, which only an armed page sends.)
 */

/** Electron's debugger shape over a Playwright CDP session (no child sessions: the page has no frames). */
function asProtocolClient(cdp: CDPSession): ProtocolClient {
  const client = {
    attach: () => {},
    isAttached: () => true,
    sendCommand: (method: string, params?: object, sessionId?: string) =>
      sessionId ? Promise.reject(new Error('no child sessions here')) : cdp.send(method as never, params as never),
    on(_event: 'message', listener: (event: unknown, method: string, params: object) => void) {
      cdp.on('Page.fileChooserOpened', (params) => listener({}, 'Page.fileChooserOpened', params));
      return client;
    },
  };
  return client as unknown as ProtocolClient;
}

const PAGE = '<!doctype html><title>form</title><label>Upload <input id="file" type="file"></label>';

let browser: Browser;
const logged: string[] = [];

beforeAll(async () => {
  setLogSink((_level, event) => logged.push(event));
  browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs });
}, 60_000);
afterAll(() => browser?.close());

async function clickFileInput(arm: boolean): Promise<string[]> {
  const page = await browser.newPage();
  await page.setContent(PAGE);
  const cdp = await page.context().newCDPSession(page);
  const seen: string[] = [];
  cdp.on('Page.fileChooserOpened', (params) => seen.push(params.mode));
  if (arm) await refuseFileChoosers(asProtocolClient(cdp));
  else await cdp.send('Page.enable');
  await page.click('#file');
  // The event, when there is one, comes back within a few frames.
  await page.waitForTimeout(300);
  await page.close();
  return seen;
}

describe('file choosers on the kiosk', () => {
  it('are intercepted once armed: the chooser is never shown, and the log says a page tried', async () => {
    logged.length = 0;
    expect(await clickFileInput(true)).toEqual(['selectSingle']);
    expect(logged).toContain('lockdown.fileChooserRefused');
  });

  it('take window.print() with them: a page cannot open the print dialog, in any new document', async () => {
    const page = await browser.newPage();
    await refuseFileChoosers(asProtocolClient(await page.context().newCDPSession(page)));
    await page.setContent('<!doctype html><title>site</title><iframe srcdoc="<p>frame</p>"></iframe>');
    const printers = await page.evaluate(() => [
      window.print.toString(),
      document.querySelector('iframe')!.contentWindow!.print.toString(),
    ]);
    expect(printers).toEqual([
      NO_PRINT_DIALOG.slice('window.print = '.length, -1),
      expect.stringContaining('print() {}'),
    ]);
    await page.close();
  });

  it('are not intercepted by anything else (the check above can fail)', async () => {
    logged.length = 0;
    expect(await clickFileInput(false)).toEqual([]);
    expect(logged).not.toContain('lockdown.fileChooserRefused');
  });
});
