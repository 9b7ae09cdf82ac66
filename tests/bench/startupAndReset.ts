import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser } from '@playwright/test';
import { chromiumArgs, findChromium } from '../../electron/bridge/chromium';
import { escapeHtml } from '../../electron/services/receipt/receiptHtml';
import { CONTENT_TYPES } from '../../electron/window/appProtocol';
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
 * The baselines for start-up, served from 127.0.0.1 as the kiosk is, with the kiosk's own files:
 * `/text` is the welcome screen's text as a static HTML page with the kiosk's style sheet (the
 * baseline the target is set against); `/markup` is the welcome screen's own markup, as the
 * kiosk draws it, in the kiosk's page with its scripts taken out, which tells what the screen
 * itself costs the browser from what the app adds.
 */
export async function serveStaticWelcome(rendererDir: string, welcome: { markup: string; text: string[] }) {
  const css = fs.readdirSync(path.join(rendererDir, 'assets')).find((f) => /^index-.*\.css$/.test(f));
  const pages: Record<string, string> = {
    '/text': `<!doctype html><html lang="da"><head><meta charset="utf-8"><title>Borgerkiosk</title>
<link rel="stylesheet" href="/assets/${css}"></head><body><main>${welcome.text.map((t) => `<p>${escapeHtml(t)}</p>`).join('')}
<button type="button">Start</button></main></body></html>`,
    '/markup': fs
      .readFileSync(path.join(rendererDir, 'index.html'), 'utf8')
      .replace(/<script type="module"[^>]*><\/script>|<link rel="modulepreload"[^>]*>/g, '')
      .replace('<div id="root"></div>', () => `<div id="root">${welcome.markup}</div>`),
  };
  const server = http.createServer((req, res) => {
    const page = pages[req.url ?? ''];
    if (page) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      return res.end(page);
    }
    const file = path.join(rendererDir, path.normalize(req.url ?? '').replace(/^(\.\.[/\\])+/, ''));
    if (!fs.existsSync(file)) return res.writeHead(404).end();
    res.writeHead(200, { 'content-type': CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream' });
    res.end(fs.readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    textUrl: `${origin}/text`,
    markupUrl: `${origin}/markup`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/**
 * The welcome screen as the kiosk draws it on a fresh start: its markup, for the `/markup`
 * baseline, and every line of text it shows, in order, for the `/text` baseline.
 */
export async function welcomeScreen(browser: Browser, url: string): Promise<{ markup: string; text: string[] }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForSelector('main[data-screen="welcome"]');
  const screen = await page.locator('#root').evaluate((root: HTMLElement) => ({
    markup: root.innerHTML,
    text: root.innerText
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line !== ''),
  }));
  await context.close();
  return screen;
}

/**
 * Start-up against the static pages, one load of each in turn so that a busy moment on the
 * machine falls on all, each in a fresh context, in a Chromium that runs nothing in the page while
 * it starts (quietChromium.ts). All are timed from navigation start to the moment the screen is on
 * show and takes a touch: for the kiosk, the later of the welcome screen's
 * `kiosk:welcome-interactive` mark (committed, handlers attached) and its first contentful paint
 * (there is nothing to paint before the welcome screen); for a static page, the later of its load
 * event's end and its first contentful paint. Medians in ms; `kioskHandlers` is the mark alone,
 * which comes before the browser has laid out and painted the screen.
 */
export async function measureStartup(
  chromium: QuietChromium,
  kioskUrl: string,
  staticPages: { text: string; markup: string },
  runs: number,
) {
  const kiosk: number[] = [];
  const kioskHandlers: number[] = [];
  const text: number[] = [];
  const markup: number[] = [];
  const painted = `performance.getEntriesByName('first-contentful-paint')[0]?.startTime`;
  const mark = `performance.getEntriesByName('kiosk:welcome-interactive')[0]?.startTime`;
  const loaded = `(performance.getEntriesByType('navigation')[0]?.loadEventEnd || undefined)`;
  const staticLoad = async (url: string) =>
    Math.max(...((await chromium.readAfterLoad(url, both(loaded, painted))) as number[]));
  for (let i = 0; i < runs; i++) {
    const [handlers, paint] = (await chromium.readAfterLoad(kioskUrl, both(mark, painted))) as [number, number];
    kioskHandlers.push(handlers);
    kiosk.push(Math.max(handlers, paint));
    text.push(await staticLoad(staticPages.text));
    markup.push(await staticLoad(staticPages.markup));
  }
  return {
    kiosk: median(kiosk),
    kioskHandlers: median(kioskHandlers),
    staticText: median(text),
    staticMarkup: median(markup),
  };
}

/** A page expression giving [a, b] once both are defined, and undefined until then. */
const both = (a: string, b: string) =>
  `((a, b) => (a === undefined || b === undefined ? undefined : [a, b]))(${a}, ${b})`;

/**
 * From the `kiosk:reset-start` mark (Finish touched) to the new welcome screen on show and taking
 * a touch: the later of its `kiosk:welcome-interactive` mark and the paint of its heading, which
 * the browser reports through Element Timing (the heading's `elementtiming`). Medians in ms;
 * `handlers` is the mark alone.
 */
export async function measureReset(browser: Browser, url: string, runs: number) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForSelector('main[data-screen="welcome"]');
  await page.evaluate(() => {
    const painted: number[] = [];
    Object.assign(window, { welcomePainted: painted });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { identifier: string; renderTime: number })[])
        if (entry.identifier === 'welcome') painted.push(entry.renderTime);
    }).observe({ type: 'element', buffered: true });
  });
  const shown: number[] = [];
  const handlers: number[] = [];
  for (let i = 0; i < runs; i++) {
    await page.locator('main button[data-language="en"]').click();
    await page.waitForSelector('main[data-screen="home"]');
    await page.evaluate(() => performance.clearMarks());
    await page.locator('.icon--finish').click();
    const handle = await page.waitForFunction(() => {
      const start = performance.getEntriesByName('kiosk:reset-start')[0]?.startTime;
      const ready = performance.getEntriesByName('kiosk:welcome-interactive')[0]?.startTime;
      const painted = (window as unknown as { welcomePainted: number[] }).welcomePainted.at(-1);
      if (start === undefined || ready === undefined || painted === undefined || painted < start) return undefined;
      return [Math.max(ready, painted) - start, ready - start];
    });
    const [onShow, committed] = (await handle.jsonValue()) as [number, number];
    shown.push(onShow);
    handlers.push(committed);
  }
  await context.close();
  return { shown: median(shown), handlers: median(handlers) };
}
