import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser } from '@playwright/test';
import { chromiumArgs, findChromium } from '../../electron/bridge/chromium';

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: findChromium(), args: chromiumArgs });
}

/** Navigation start to the welcome screen's `kiosk:welcome-interactive` mark, in a fresh context each time. */
export async function measureStartup(browser: Browser, url: string, runs: number): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(url);
    const handle = await page.waitForFunction(
      () => performance.getEntriesByName('kiosk:welcome-interactive')[0]?.startTime,
    );
    times.push(Number(await handle.jsonValue()));
    await context.close();
  }
  return median(times);
}

/**
 * The same welcome text as a static HTML page with the kiosk's own style sheet, served from
 * 127.0.0.1 too: navigation start to the end of its load event, in a fresh context each time.
 */
export async function measureStaticPage(browser: Browser, rendererDir: string, welcomeText: string[], runs: number) {
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
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'load' });
    times.push(
      await page.evaluate(
        () => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).loadEventEnd,
      ),
    );
    await context.close();
  }
  server.close();
  return median(times);
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
