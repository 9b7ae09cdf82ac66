import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser } from '@playwright/test';
import { chromiumArgs, findChromium } from '../../electron/bridge/chromium';
import type { QuietChromium } from './quietChromium';

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

/** `jsFlags` go to V8 (the soak's diagnostic run uses them; see run.ts). */
export async function launchBrowser(jsFlags?: string): Promise<Browser> {
  const args = jsFlags ? [...chromiumArgs, `--js-flags=${jsFlags}`] : chromiumArgs;
  return chromium.launch({ executablePath: findChromium(), args });
}

/**
 * The same welcome text as a static HTML page with the kiosk's own style sheet, served from
 * 127.0.0.1 too: the baseline for start-up.
 */
export async function serveStaticWelcome(rendererDir: string, welcomeText: string[]) {
  const css = fs.readdirSync(path.join(rendererDir, 'assets')).find((f) => /^index-.*\.css$/.test(f));
  const html = `<!doctype html><html lang="da"><head><meta charset="utf-8"><title>Borgerkiosk</title>
<link rel="stylesheet" href="/assets/${css}"></head><body><main>${welcomeText.map((t) => `<p>${t}</p>`).join('')}
<button type="button">Start</button></main></body></html>`;
  const server = http.createServer((req, res) => {
    if (req.url === '/') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      return res.end(html);
    }
    const file = path.join(rendererDir, path.normalize(req.url ?? '').replace(/^(\.\.[/\\])+/, ''));
    if (!fs.existsSync(file)) return res.writeHead(404).end();
    res.writeHead(200, { 'content-type': file.endsWith('.css') ? 'text/css' : 'application/octet-stream' });
    res.end(fs.readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/**
 * Start-up against the static page, one load of each in turn so that a busy moment on the machine
 * falls on both: from navigation start to the welcome screen's `kiosk:welcome-interactive` mark,
 * and to the end of the static page's load event. Each load is in a fresh context, in a Chromium
 * that runs nothing in the page while it starts (quietChromium.ts). Medians in ms.
 */
export async function measureStartup(chromium: QuietChromium, kioskUrl: string, staticUrl: string, runs: number) {
  const kiosk: number[] = [];
  const staticPage: number[] = [];
  for (let i = 0; i < runs; i++) {
    const mark = `performance.getEntriesByName('kiosk:welcome-interactive')[0]?.startTime`;
    kiosk.push(Number(await chromium.readAfterLoad(kioskUrl, mark)));
    const loaded = `performance.getEntriesByType('navigation')[0]?.loadEventEnd || undefined`;
    staticPage.push(Number(await chromium.readAfterLoad(staticUrl, loaded)));
  }
  return { kiosk: median(kiosk), staticPage: median(staticPage) };
}

/** From the `kiosk:reset-start` mark (Finish touched) to the welcome screen's next interactive mark. */
export async function measureReset(browser: Browser, url: string, runs: number): Promise<number> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForSelector('main[data-screen="welcome"]');
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    await page.locator('main button[data-language="en"]').click();
    await page.waitForSelector('main[data-screen="home"]');
    await page.evaluate(() => performance.clearMarks());
    await page.locator('.icon--finish').click();
    const handle = await page.waitForFunction(() => {
      const start = performance.getEntriesByName('kiosk:reset-start')[0];
      const ready = performance.getEntriesByName('kiosk:welcome-interactive')[0];
      return start && ready ? ready.startTime - start.startTime : undefined;
    });
    times.push(Number(await handle.jsonValue()));
  }
  await context.close();
  return median(times);
}
